/**
 * The core in a browser: bundled by esbuild for platform "browser" and run in a bare V8
 * context (node:vm) that has what a browser Web Worker has — TextDecoder, TextEncoder, URL,
 * console — and none of Node's globals (process, Buffer, require, global), nor a DOM
 * (`document`), so it also proves the core runs off the main thread. A Node built-in anywhere
 * in the core fails the bundle; a use of a Node global fails the run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { build, type Metafile } from 'esbuild';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, toCsv, toMarkdown, toNdjson } from '../../src';
import { project, seed } from './run-cli';

// Each test runs the built CLI or a bundler; under a full parallel run on 2 cores that takes seconds.
const SLOW = 60_000;

const seedText = readFileSync(seed, 'utf8');

interface Bundle {
  code: string;
  inputs: string[];
}

/**
 * esbuild for platform "browser". `core`: the sources (src/index.ts, plus unified to drive the
 * plugins), resolved as tsup.config.ts builds dist/browser.js — "worker" before "browser", so no
 * dependency's DOM-only file is taken. `package`: what a user's bundler makes of `fengong`.
 */
async function bundle(entry: 'core' | 'package'): Promise<Bundle> {
  const source =
    entry === 'core'
      ? "export * from './src/index'; export { unified } from 'unified';"
      : "export { parse } from 'fengong';";
  const result = await build({
    stdin: { contents: source, resolveDir: project, loader: 'ts', sourcefile: `${entry}-entry.ts` },
    absWorkingDir: project,
    bundle: true,
    platform: 'browser',
    conditions: entry === 'core' ? ['worker'] : [],
    format: 'iife',
    globalName: 'fengong',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]!.text, inputs: Object.keys((result.metafile as Metafile).inputs) };
}

/** A fresh realm with only what a browser (a Worker) offers besides the language itself. */
function browserContext(): vm.Context {
  return vm.createContext({
    TextDecoder,
    TextEncoder,
    URL,
    URLSearchParams,
    console,
    atob,
    btoa,
    structuredClone,
    queueMicrotask,
    setTimeout,
    clearTimeout,
  });
}

/** Run the IIFE bundle in the bare context, then `script` there; a JSON string comes back. */
function runInBrowser(code: string, script: string, globals: Record<string, unknown> = {}): string {
  const context = browserContext();
  Object.assign(context, globals);
  vm.runInContext(code, context, { filename: 'fengong.browser.js' });
  return vm.runInContext(script, context) as string;
}

/** The model as JSON, for comparing across realms. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('browser context: no Node globals', { timeout: SLOW }, () => {
  it('has none of process, Buffer, require, global, module, nor a document', () => {
    const seen = vm.runInContext(
      'JSON.stringify([typeof process, typeof Buffer, typeof require, typeof global, typeof module, typeof setImmediate, typeof document])',
      browserContext(),
    );
    expect(JSON.parse(seen)).toEqual(Array(7).fill('undefined'));
  });
});

describe('browser bundle of the core (src/index.ts)', { timeout: SLOW }, () => {
  let iife: Bundle;
  beforeAll(async () => {
    iife = await bundle('core');
  }, 60_000);

  it('bundles for platform browser without any Node built-in or the Node-only decoder', () => {
    expect(iife.inputs.filter((input) => /^node:|iconv-lite|src\/node\//.test(input))).toEqual([]);
    expect(iife.code).not.toMatch(/\brequire\(["'](node:)?[a-z_/]+["']\)|from ["']node:/);
  });

  it('parses the seed text as Node does', () => {
    const json = runInBrowser(iife.code, 'JSON.stringify(fengong.parse(seedText, { name: "seed.txt" }).notice)', { seedText });
    const notice = JSON.parse(json);
    expect(notice.tasks).toHaveLength(99);
    expect(notice.meta.docNumber).toBe('明政办发明电〔2023〕16号');
    expect(notice).toEqual(plain(parse(seedText, { name: 'seed.txt' }).notice));
  });

  it('decodes GB18030 bytes with the browser TextDecoder and parses them alike', () => {
    const bytes = [...iconv.encode(seedText, 'gb18030')];
    const json = runInBrowser(iife.code, 'JSON.stringify(fengong.parse(new Uint8Array(bytes), { name: "seed.txt" }).notice)', { bytes });
    const notice = JSON.parse(json);
    expect(notice.source.encoding).toBe('gb18030');
    expect(notice.tasks).toEqual(plain(parse(seedText).notice.tasks));
  });

  it('emits CSV, NDJSON and Markdown in the browser as in Node', () => {
    const json = runInBrowser(
      iife.code,
      `const { notice } = fengong.parse(seedText, { name: "seed.txt" });
       JSON.stringify([fengong.toCsv(notice, { table: "assignments" }), fengong.toNdjson(notice), fengong.toMarkdown(notice)])`,
      { seedText },
    );
    const notice = parse(seedText, { name: 'seed.txt' }).notice;
    expect(JSON.parse(json)).toEqual([toCsv(notice, { table: 'assignments' }), toNdjson(notice), toMarkdown(notice)]);
  });

  it('runs the unified plugins, with a file path, as in Node', () => {
    const json = runInBrowser(
      iife.code,
      `const file = fengong.unified().use(fengong.fengongParse).use(fengong.fengongCsv, { table: "assignments" })
         .processSync({ path: "notices/seed.txt", value: seedText });
       JSON.stringify({ csv: String(file), messages: file.messages.map((m) => [m.ruleId, m.line, m.column, m.file]) })`,
      { seedText },
    );
    const { notice } = parse(seedText, { name: 'notices/seed.txt' });
    const result = JSON.parse(json);
    expect(result.csv).toBe(toCsv(notice, { table: 'assignments' }));
    expect(result.messages).toEqual(notice.diagnostics.map((d) => [d.ruleId, d.line, d.column, 'notices/seed.txt']));
  });
});

describe('the package as a browser bundler resolves it (the "browser" export condition)', { timeout: SLOW }, () => {
  let consumer: Bundle;
  beforeAll(async () => {
    consumer = await bundle('package');
  }, 60_000);

  it('resolves fengong to dist/browser.js, which imports no Node built-in', () => {
    expect(consumer.inputs).toContain('dist/browser.js');
    expect(consumer.inputs.filter((input) => input.startsWith('dist/') && input !== 'dist/browser.js')).toEqual([]);
    expect(readFileSync(path.join(project, 'dist', 'browser.js'), 'utf8')).not.toMatch(/^import .* from ["'](node:)?(path|process|url|fs|buffer)["']/m);
  });

  it('parses the seed in the bare context', () => {
    const json = runInBrowser(consumer.code, 'JSON.stringify(fengong.parse(seedText).notice.tasks.length)', { seedText });
    expect(JSON.parse(json)).toBe(99);
  });
});

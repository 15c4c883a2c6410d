import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'tsup';

const ESM_ONLY = [/^@noble\//, /^unified/, /^remark-/, /^mdast-/, /^micromark/, /^csv-stringify/, /^vfile/, /^unist-/];

/** Shipped as `fengong/schema.json`; the same text `fengong --schema` prints. */
const SCHEMA_FILE = 'dist/fengong.schema.json';

/**
 * The JSON Schema is written from the core just built, not from the sources again, so the
 * shipped file is by construction what the published code generates.
 */
async function writeSchema(): Promise<void> {
  const url = pathToFileURL(path.resolve('dist/index.js'));
  url.search = `t=${Date.now()}`; // a fresh module in watch mode
  const core: { noticeJsonSchema(): object } = await import(url.href);
  await writeFile(SCHEMA_FILE, `${JSON.stringify(core.noticeJsonSchema(), null, 2)}\n`);
}

export default defineConfig([
  {
    // The portable core (`import` and `require` outside Node: Deno, Bun, bundlers for other runtimes).
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    // ESM-only dependencies are bundled, so require('fengong') works without require(esm)
    // and both formats run the same code.
    noExternal: ESM_ONLY,
    onSuccess: writeSchema,
  },
  {
    // The same core as Node loads it (the "node" export condition): hashing through node:crypto.
    // Its types are the core's (index.d.ts), so it needs no declarations of its own.
    entry: { node: 'src/node/library.ts' },
    format: ['esm', 'cjs'],
    sourcemap: true,
    target: 'node20',
    noExternal: ESM_ONLY,
  },
  {
    // The core for bundlers targeting a browser (the "browser" export condition): the same
    // sources, but dependencies resolved with their browser conditions. vfile, for one, picks
    // node:path/process/url under Node and its own small shims in a browser.
    entry: { browser: 'src/index.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    sourcemap: true,
    noExternal: ESM_ONLY,
    // "worker" before "browser": decode-named-character-reference's browser file calls
    // document.createElement when loaded, which breaks in a Web Worker, where a large
    // notice is best parsed.
    esbuildOptions(options) {
      options.conditions = ['worker'];
    },
  },
  {
    entry: { cli: 'src/node/cli.ts', worker: 'src/node/worker.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
    // The CLI and its workers also take zod in: loaded from node_modules it is about a hundred
    // modules (its locales among them), 120–140 ms of every conversion's start and every
    // worker's. The library keeps zod external, so a user's zod and ours stay one.
    noExternal: [...ESM_ONLY, /^zod/],
  },
]);

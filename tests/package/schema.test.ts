/**
 * The JSON Schema as shipped (dist/fengong.schema.json, exported as fengong/schema.json), and
 * every JSON the built CLI writes checked against it with a real validator (ajv, draft 2020-12).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { noticeJsonSchema } from '../../src/model/json-schema';
import { dist, project, runCli, seedName, tempFolder } from './run-cli';

// Each test runs the built CLI or a bundler; under a full parallel run on 2 cores that takes seconds.
const SLOW = 60_000;

const shippedPath = path.join(dist, 'fengong.schema.json');
const shippedText = readFileSync(shippedPath, 'utf8');
const shipped = JSON.parse(shippedText) as { $id: string };

const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addSchema(shipped);
const validateNotice = ajv.getSchema(shipped.$id)!;
// The same schema's task item: an NDJSON record is a task plus its document's identity.
const validateTask = ajv.compile({ $ref: `${shipped.$id}#/properties/tasks/items` });

function expectValid(validate: typeof validateNotice, value: unknown): void {
  expect(validate(value), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
}

describe('the JSON Schema is shipped in the package', { timeout: SLOW }, () => {
  it('is written by the build and resolves as fengong/schema.json', () => {
    const require = createRequire(path.join(project, 'package.json'));
    expect(require.resolve('fengong/schema.json')).toBe(shippedPath);
  });

  it('is the schema the core generates from the zod model', () => {
    expect(shipped).toEqual(noticeJsonSchema());
  });

  it('is in the files npm would publish', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: project, encoding: 'utf8' }));
    const files = (pack.files as { path: string }[]).map((file) => file.path);
    expect(files).toEqual(expect.arrayContaining(['dist/fengong.schema.json', 'dist/index.js', 'dist/index.cjs', 'dist/browser.js', 'dist/cli.js', 'dist/index.d.ts']));
  });

  it('is exactly what `fengong --schema` prints', () => {
    const run = runCli(['--schema']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(shippedText);
  });

  it('rejects what is not a notice (the validator is not vacuous)', () => {
    expect(validateNotice({ schemaVersion: 1 })).toBe(false);
    const notice = JSON.parse(runCli([seedName]).stdout);
    notice.tasks[0].deadline.kind = 'soon';
    expect(validateNotice(notice)).toBe(false);
  });
});

describe('every JSON output validates against the shipped schema', { timeout: SLOW }, () => {
  it('validates the CLI JSON of the seed', () => {
    const run = runCli([seedName, '-f', 'json']);
    const notice = JSON.parse(run.stdout);
    expect(notice.tasks).toHaveLength(99);
    expectValid(validateNotice, notice);
  });

  it('validates the CLI JSON of every fixture', () => {
    const root = path.join(project, 'fixtures');
    const inputs = readdirSync(root).map((name) => path.join(root, name, 'input.txt'));
    expect(inputs.length).toBeGreaterThan(1);
    const notices = JSON.parse(runCli([...inputs, '-f', 'json']).stdout);
    expect(notices).toHaveLength(inputs.length);
    for (const notice of notices) expectValid(validateNotice, notice);
  });

  it('validates JSON that carries error diagnostics (a text with no task layout)', () => {
    const run = runCli(['-', '-f', 'json'], { input: '这不是一份通知，只是一句话。\n' });
    expect(run.code).toBe(1);
    const notice = JSON.parse(run.stdout);
    expect(notice.diagnostics.map((diagnostic: { ruleId: string }) => diagnostic.ruleId)).toContain('no-tasks');
    expectValid(validateNotice, notice);
  });

  it('validates JSON written to --out', () => {
    const out = path.join(tempFolder(), 'seed.json');
    expect(runCli([seedName, '-o', out]).code).toBe(0);
    expectValid(validateNotice, JSON.parse(readFileSync(out, 'utf8')));
  });
});

describe('NDJSON: one task per line, each carrying its document', { timeout: SLOW }, () => {
  const json = JSON.parse(runCli([seedName, '-f', 'json']).stdout);
  const run = runCli([seedName, '-f', 'ndjson']);
  const lines = run.stdout.split('\n');

  it('ends every record with a newline and has one line per task', () => {
    expect(run.code).toBe(0);
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1)).toHaveLength(99);
  });

  it('parses line by line, each line a task of the JSON model with source, docNumber and title', () => {
    const records = lines.slice(0, -1).map((line) => JSON.parse(line));
    records.forEach((record, index) => {
      expect(record).toMatchObject({
        source: seedName,
        docNumber: json.meta.docNumber,
        title: json.meta.title,
        sha256: json.source.sha256,
        ...json.tasks[index],
      });
      expectValid(validateTask, record);
    });
    expect([json.meta.title, json.meta.docNumber]).toEqual([expect.any(String), expect.any(String)]);
  });
});

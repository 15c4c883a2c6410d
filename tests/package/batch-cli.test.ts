/**
 * The built CLI over several inputs: stdout streams (NDJSON, a JSON array, one CSV table),
 * folders with --glob, --out mirroring, --quiet, and the progress bar only on a terminal.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Notice } from '../../src/model/schema';
import { readCsv, readCsvObjects } from '../emit/csv-reader';
import { cli, project, runCli, seed, seedName, stderrLines, tempFolder } from './run-cli';

// Each test runs the built CLI; under a full parallel run on 2 cores that takes seconds.
const SLOW = 60_000;
const BOM = '\uFEFF';
const withoutBom = (text: string) => (text.startsWith(BOM) ? text.slice(1) : text);

describe('batch: several inputs to stdout', { timeout: SLOW }, () => {
  const folder = tempFolder();
  const copy = path.join(folder, 'copy.txt');
  writeFileSync(copy, readFileSync(path.join(project, seedName)));

  it('streams the tasks of every input as NDJSON, in input order', () => {
    const run = runCli([seedName, copy, '-f', 'ndjson']);
    expect(run.code).toBe(0);
    const sources = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).source);
    expect(sources).toEqual([...Array(99).fill(seedName), ...Array(99).fill(copy)]);
  });

  it('writes a JSON array of notices for -f json', () => {
    const run = runCli([seedName, copy, '-f', 'json']);
    expect(run.code).toBe(0);
    const notices = JSON.parse(run.stdout) as Notice[];
    expect(notices.map((notice) => [notice.source.name, notice.tasks.length])).toEqual([[seedName, 99], [copy, 99]]);
  });

  it('writes one CSV table, one BOM and one header, for -f csv', () => {
    const run = runCli([seedName, copy, '-f', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stdout.split(BOM)).toHaveLength(2);
    const [header, ...rows] = readCsv(withoutBom(run.stdout));
    expect(rows.filter((row) => row[0] === header![0])).toEqual([]);
    const objects = readCsvObjects(withoutBom(run.stdout));
    expect(objects).toHaveLength(198);
    expect(objects.filter((row) => row.source === copy)).toHaveLength(99);
  });

  it('writes one assignments table with one header over several inputs', () => {
    const single = readCsvObjects(withoutBom(runCli([seedName, '-f', 'csv', '-t', 'assignments']).stdout));
    const both = readCsvObjects(withoutBom(runCli([seedName, copy, '-f', 'csv', '-t', 'assignments']).stdout));
    expect(both).toHaveLength(single.length * 2);
  });

  it('prints a summary line after the diagnostics', () => {
    const lines = stderrLines(runCli([seedName, copy, '-f', 'ndjson']));
    expect(lines.at(-1)).toMatch(/^fengong: 2 files, 198 tasks, \d+ warnings?, 0 errors$/);
    // file:line:column  severity  message  rule-id, for each file alike.
    const of = (name: string) => lines.filter((line) => line.startsWith(`${name}:`)).map((line) => line.slice(name.length));
    expect(of(seedName).length).toBeGreaterThan(0);
    expect(of(copy)).toEqual(of(seedName));
    expect(of(seedName).every((line) => /^:\d+:\d+ {2}(error|warning|info) {2}.+ {2}[a-z0-9-]+$/.test(line))).toBe(true);
  });
});

describe('batch: folders, --glob, --out', { timeout: SLOW }, () => {
  const folder = tempFolder();
  const inputs = path.join(folder, 'in');
  mkdirSync(path.join(inputs, 'deep'), { recursive: true });
  const text = readFileSync(path.join(project, seedName));
  writeFileSync(path.join(inputs, 'a.txt'), text);
  writeFileSync(path.join(inputs, 'b.md'), text);
  writeFileSync(path.join(inputs, 'deep', 'c.md'), text);
  const sourcesOf = (stdout: string) => [...new Set(stdout.trimEnd().split('\n').map((line) => JSON.parse(line).source))];

  it('takes *.txt from folders by default, recursively', () => {
    expect(sourcesOf(runCli([inputs, '-f', 'ndjson']).stdout)).toEqual([path.join(inputs, 'a.txt')]);
  });

  it('takes other files with --glob, at any depth', () => {
    const run = runCli([inputs, '-f', 'ndjson', '--glob', '*.md']);
    expect(run.code).toBe(0);
    expect(sourcesOf(run.stdout).sort()).toEqual([path.join(inputs, 'b.md'), path.join(inputs, 'deep', 'c.md')]);
  });

  it('exits 2 with one line when the glob matches nothing', () => {
    const run = runCli([inputs, '--glob', '*.docx']);
    expect(run.code).toBe(2);
    expect(stderrLines(run)).toHaveLength(1);
  });

  it('mirrors names under --out and never overwrites an input', () => {
    const out = path.join(folder, 'out');
    expect(runCli([inputs, '-f', 'md', '--glob', '**/*.md', '-o', out]).code).toBe(0);
    expect(readFileSync(path.join(out, 'deep', 'c.md'), 'utf8')).toBe(runCli([path.join(inputs, 'deep', 'c.md'), '-f', 'md']).stdout);
    // Written next to the inputs, b.md would replace b.md itself.
    const run = runCli([inputs, '-f', 'md', '--glob', '*.md', '-o', inputs, '--force']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/b\.md: refusing to overwrite an input/);
    expect(readFileSync(path.join(inputs, 'b.md'))).toEqual(text);
  });
});

describe('batch: --quiet and the progress bar', { timeout: SLOW }, () => {
  const folder = tempFolder();
  for (let i = 1; i <= 6; i += 1) writeFileSync(path.join(folder, `n${i}.txt`), readFileSync(path.join(project, seedName)));
  writeFileSync(path.join(folder, 'bad.txt'), '这不是一份通知');

  it('prints nothing on stderr with --quiet, and still exits by the diagnostics', () => {
    const run = runCli([folder, '-f', 'ndjson', '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(6 * 99);
  });

  it('draws no progress bar when stderr is not a terminal', () => {
    const run = runCli([folder, '-f', 'ndjson', '-o', path.join(folder, 'out')]);
    expect(run.stderr).not.toMatch(/\r|\x1b\[|\d+\/7 files/);
    expect(stderrLines(run).at(-1)).toMatch(/^fengong: 7 files, 594 tasks, \d+ warnings?, \d+ errors?$/);
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('draws the progress bar when stderr is a terminal (script(1) gives it one)', () => {
    const command = [process.execPath, cli, folder, '-f', 'ndjson', '-o', path.join(folder, 'tty-out')].map((arg) => `'${arg}'`).join(' ');
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', input: '' });
    expect(run.stdout).toMatch(/fengong \[.*\] \d+\/7 files/);
    const quiet = spawnSync('script', ['-qec', `${command} --quiet --force`, '/dev/null'], { encoding: 'utf8', input: '' });
    expect(quiet.stdout).not.toMatch(/\/7 files/);
  });
});

describe('outputs of inputs with the same name', () => {
  it('keeps d1/a.txt and d2/a.txt apart instead of overwriting one with the other', () => {
    const root = tempFolder();
    for (const folder of ['d1', 'd2']) {
      mkdirSync(path.join(root, folder));
      writeFileSync(path.join(root, folder, 'a.txt'), readFileSync(seed));
    }
    const run = runCli([path.join(root, 'd1'), path.join(root, 'd2'), '-o', path.join(root, 'out')]);
    expect(run.code).toBe(0);
    expect(existsSync(path.join(root, 'out', 'd1', 'a.json'))).toBe(true);
    expect(existsSync(path.join(root, 'out', 'd2', 'a.json'))).toBe(true);
  });
});

describe('limits and quiet failures', () => {
  it('refuses a file over --max-bytes with a clear line, even with --quiet', () => {
    const run = runCli([seed, '--max-bytes', '1k', '--quiet']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/over the limit of 1024 \(raise it with --max-bytes\)/);
  });

  it('prints an empty JSON array when no input of a batch can be read', () => {
    const root = tempFolder();
    writeFileSync(path.join(root, 'a.txt'), Buffer.from([0, 1, 2, 0]));
    writeFileSync(path.join(root, 'b.txt'), Buffer.from([0, 1, 2, 0]));
    const run = runCli([path.join(root, 'a.txt'), path.join(root, 'b.txt'), '-f', 'json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });
});

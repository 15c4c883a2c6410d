/**
 * The batch through worker threads (the built CLI, --jobs 2) writes exactly what one thread
 * writes: same bytes, same order, same diagnostics, same exit code. Twenty-one files, above
 * the 16 from which the CLI starts workers.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs helper of the bench, without types
import { noticeVariant, project } from './inputs.mjs';

const cli = path.join(project, 'dist', 'cli.js');
const SLOW = 120_000;

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: project, maxBuffer: 256 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout as Buffer, stderr: result.stderr.toString('utf8') };
}

const folder = mkdtempSync(path.join(tmpdir(), 'fengong-parallel-'));
const inputs = path.join(folder, 'in');
mkdirSync(inputs);
// First in name order, and unreadable: the CSV header cannot come from the first file.
writeFileSync(path.join(inputs, 'a-000-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0]));
for (let i = 0; i < 20; i++) writeFileSync(path.join(inputs, `b-${String(i).padStart(3, '0')}.txt`), noticeVariant(i) as Buffer);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a parallel batch writes what one thread writes', { timeout: SLOW }, () => {
  for (const format of [['csv'], ['csv', '-t', 'assignments'], ['json'], ['ndjson'], ['md']]) {
    it(`-f ${format.join(' ')} on stdout: same bytes, diagnostics and exit code`, () => {
      const one = run([inputs, '-f', ...format, '--jobs', '1']);
      const two = run([inputs, '-f', ...format, '--jobs', '2']);
      expect(one.code).toBe(2); // the unreadable file
      expect(two.code).toBe(one.code);
      expect(two.stderr).toBe(one.stderr);
      expect(two.stdout.equals(one.stdout)).toBe(true);
    });
  }

  it('-o FOLDER: the same files with the same bytes', () => {
    const [outOne, outTwo] = [path.join(folder, 'out-1'), path.join(folder, 'out-2')];
    expect(run([inputs, '-f', 'csv', '-o', outOne, '--jobs', '1']).code).toBe(2);
    expect(run([inputs, '-f', 'csv', '-o', outTwo, '--jobs', '2']).code).toBe(2);
    const names = readdirSync(outOne).sort();
    expect(names).toHaveLength(20);
    expect(readdirSync(outTwo).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(path.join(outTwo, name)).equals(readFileSync(path.join(outOne, name)))).toBe(true);
  });

  it('-o FOLDER again: each existing file refused once, in input order, unless --force', () => {
    const out = path.join(folder, 'out-again');
    expect(run([inputs, '-f', 'md', '-o', out, '--jobs', '2', '--quiet']).code).toBe(2);
    const again = run([inputs, '-f', 'md', '-o', out, '--jobs', '2', '--quiet']);
    expect(again.code).toBe(2);
    const refused = again.stderr.split('\n').filter((line) => line.includes('exists; use --force'));
    expect(refused).toEqual(Array.from({ length: 20 }, (_, i) => `fengong: ${path.join(out, `b-${String(i).padStart(3, '0')}.md`)}: exists; use --force to overwrite`));
    const forced = run([inputs, '-f', 'md', '-o', out, '--jobs', '2', '--quiet', '--force']);
    expect(forced.stderr).not.toMatch(/exists/);
  });
});

describe('a parallel batch keeps input order on stdout', { timeout: SLOW }, () => {
  const expected = Array.from({ length: 20 }, (_, i) => path.join(inputs, `b-${String(i).padStart(3, '0')}.txt`));

  it('-f json: one array, the notices in input order, the unreadable one left out', () => {
    const notices = JSON.parse(run([inputs, '-f', 'json', '--jobs', '2']).stdout.toString('utf8')) as { source: { name: string } }[];
    expect(notices.map((notice) => notice.source.name)).toEqual(expected);
  });

  it('-f csv: one BOM and one header, then the rows of each file in turn', () => {
    const text = run([inputs, '-f', 'csv', '--jobs', '2']).stdout.toString('utf8');
    expect(text.split('\uFEFF')).toHaveLength(2);
    const lines = text.slice(1).split('\r\n');
    expect(lines.filter((line) => line === lines[0])).toHaveLength(1);
    const order = [...new Set([...text.matchAll(/(?:^|\n)(\/[^,\r\n]+\.txt),/g)].map((match) => match[1]))];
    expect(order).toEqual(expected);
  });
});

describe('a reader that closes the pipe stops the batch quietly', { timeout: SLOW }, () => {
  it('fengong DIR -f ndjson | head: no stack trace, no EPIPE error', () => {
    const command = `'${process.execPath}' '${cli}' '${inputs}' -f ndjson --jobs 2 --quiet | head -c 2000 > /dev/null`;
    const result = spawnSync('sh', ['-c', command], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
  });
});

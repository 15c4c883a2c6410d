/** The built CLI (dist/cli.js), run as a user runs it. `npm test` builds first. */
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';

const project = path.join(import.meta.dirname, '..', '..');
const cli = path.join(project, 'dist', 'cli.js');
const seed = path.join(project, 'seeds', 'mingxi-2023-16.txt');

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [cli, ...args], { input: typeof input === 'string' ? Buffer.from(input) : input, cwd: project });
  return { code: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8'), raw: result.stdout };
}

describe('fengong FILE --format json', () => {
  it('prints the whole notice on stdout and diagnostics on stderr', () => {
    const { code, stdout, stderr } = run([seed, '--format', 'json']);
    expect(code).toBe(0);
    const notice = JSON.parse(stdout);
    expect(notice.tasks).toHaveLength(99);
    expect(notice.meta.docNumber).toBe('明政办发明电〔2023〕16号');
    expect(stderr).toMatch(/mingxi-2023-16\.txt:\d+:\d+ {2}warning {2}.+ {2}attachment-title-mismatch/);
  });

  it('reads stdin with -', () => {
    const { code, stdout } = run(['-'], readFileSync(seed));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).source.name).toBeNull();
  });
});

describe('exit codes and messages', () => {
  it('exits 2 with one line for a usage error, never a stack trace', () => {
    const { code, stderr } = run([seed, '--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+\)/);
  });

  it('exits 2 for a missing file', () => {
    const { code, stderr } = run(['no/such/file.txt']);
    expect(code).toBe(2);
    expect(stderr).toContain('no/such/file.txt');
  });

  it('exits 1 when the text has error diagnostics, and 1 for warnings only with --frail', () => {
    expect(run(['-'], '这不是一份通知').code).toBe(1);
    expect(run([seed, '--frail', '-f', 'csv']).code).toBe(1);
  });

  it('prints --version and --help', () => {
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(run(['--help']).stdout).toContain('--format');
  });
});

describe('batch over a folder', () => {
  it('writes good outputs, reports bad inputs one line each, and exits 2 for unreadable ones', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'fengong-'));
    const inputs = path.join(folder, 'in');
    mkdirSync(path.join(inputs, 'sub'), { recursive: true });
    const text = readFileSync(seed, 'utf8');
    writeFileSync(path.join(inputs, 'a.txt'), text);
    writeFileSync(path.join(inputs, 'sub', 'b-gbk.txt'), iconv.encode(text, 'gb18030'));
    writeFileSync(path.join(inputs, 'empty.txt'), '');
    writeFileSync(path.join(inputs, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0]));
    writeFileSync(path.join(inputs, 'ignored.pdf'), 'x');
    const out = path.join(folder, 'out');
    const { code, stderr } = run([inputs, '-f', 'csv', '-o', out]);
    expect(code).toBe(2);
    expect(existsSync(path.join(out, 'a.csv'))).toBe(true);
    expect(existsSync(path.join(out, 'sub', 'b-gbk.csv'))).toBe(true);
    expect(existsSync(path.join(out, 'binary.csv'))).toBe(false);
    expect(readFileSync(path.join(out, 'sub', 'b-gbk.csv'), 'utf8')).toBe(readFileSync(path.join(out, 'a.csv'), 'utf8').replaceAll('a.txt', 'sub/b-gbk.txt'));
    expect(stderr).toMatch(/binary\.txt.*error/);
    expect(stderr).toMatch(/empty\.txt.*error/);
    expect(stderr).toMatch(/fengong: 4 files, 198 tasks/);
    // A second run refuses to overwrite, unless --force.
    expect(run([inputs, '-f', 'csv', '-o', out]).stderr).toMatch(/exists; use --force/);
    expect(run([path.join(inputs, 'a.txt'), '-f', 'csv', '-o', path.join(out, 'a.csv'), '--force']).code).toBe(0);
  });
});

describe('the package', () => {
  it('works with import (ESM) and require (CJS)', () => {
    const esm = execFileSync(process.execPath, ['--input-type=module', '-e', `import { parse } from 'fengong'; import { readFileSync } from 'node:fs'; console.log(parse(readFileSync(${JSON.stringify(seed)})).notice.tasks.length);`], { cwd: project, encoding: 'utf8' });
    const cjs = execFileSync(process.execPath, ['-e', `const { parse } = require('fengong'); console.log(parse(require('node:fs').readFileSync(${JSON.stringify(seed)})).notice.tasks.length);`], { cwd: project, encoding: 'utf8' });
    expect(esm.trim()).toBe('99');
    expect(cjs.trim()).toBe('99');
  });

  it('keeps zod external in the library (one zod with the user\'s) and bundled in the CLI (its start loads no zod modules)', () => {
    const dist = path.join(project, 'dist');
    const importsZod = (file: string) => /^import .* from "zod";?$/m.test(readFileSync(path.join(dist, file), 'utf8'));
    expect(['index.js', 'node.js'].filter(importsZod)).toEqual(['index.js', 'node.js']);
    const cliFiles = readdirSync(dist).filter((file) => file.endsWith('.js') && !['index.js', 'node.js', 'browser.js'].includes(file));
    expect(cliFiles).toContain('cli.js');
    expect(cliFiles.filter(importsZod)).toEqual([]);
  });

  it('hashes with node:crypto under Node, in both formats, and setSha256 swaps and restores it', () => {
    const expected = createHash('sha256').update(readFileSync(seed)).digest('hex');
    const script = (load: string) =>
      `${load}; const bytes = require('node:fs').readFileSync(${JSON.stringify(seed)});
       const hash = () => parse(bytes).notice.source.sha256;
       const before = hash(); setSha256(() => 'x'); const swapped = hash(); setSha256(undefined);
       console.log([require.resolve('fengong'), before, swapped, hash()].join(' '));`;
    const cjs = execFileSync(process.execPath, ['-e', script("const { parse, setSha256 } = require('fengong')")], { cwd: project, encoding: 'utf8' });
    expect(cjs.trim().split(' ')).toEqual([path.join(project, 'dist', 'node.cjs'), expected, 'x', expected]);
    const esm = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', script("import { createRequire } from 'node:module'; import { parse, setSha256 } from 'fengong'; const require = createRequire(process.cwd() + '/')").replace("require.resolve('fengong')", "import.meta.resolve('fengong')")],
      { cwd: project, encoding: 'utf8' },
    );
    expect(esm.trim().split(' ')).toEqual([pathToFileURL(path.join(project, 'dist', 'node.js')).href, expected, 'x', expected]);
  });
});

/** The built package as a user has it: dist/cli.js run in a child process, and the seed. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const project = path.join(import.meta.dirname, '..', '..');
export const dist = path.join(project, 'dist');
export const cli = path.join(dist, 'cli.js');
export const seed = path.join(project, 'seeds', 'mingxi-2023-16.txt');
export const seedName = path.relative(project, seed);

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout as bytes, for encodings and the BOM. */
  raw: Buffer;
}

/** Run `fengong ...args` from the project folder (so relative names are as a user types them). */
export function runCli(args: string[], options: { input?: string | Uint8Array; cwd?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [cli, ...args], {
    input: options.input,
    cwd: options.cwd ?? project,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8'), raw: result.stdout };
}

export function tempFolder(): string {
  return mkdtempSync(path.join(tmpdir(), 'fengong-test-'));
}

/** Lines of stderr that are not empty. */
export function stderrLines(run: CliRun): string[] {
  return run.stderr.split('\n').filter((line) => line.trim() !== '');
}

/** The batch bench: N notice files in a temporary folder, through the built CLI as a user runs it. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { noticeVariant } from './inputs.mjs';
import { measureRun } from './timing.mjs';

/** Subfolders the notices are spread over: a share of them is a smaller batch of the same files. */
export const SUBFOLDERS = 20;

export function writeNotices(count) {
  const root = mkdtempSync(path.join(tmpdir(), 'fengong-bench-'));
  const folder = path.join(root, 'in');
  mkdirSync(folder);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const data = noticeVariant(i);
    bytes += data.length;
    // Spread over subfolders, as a province's county folders are.
    const sub = path.join(folder, `county-${String(i % SUBFOLDERS).padStart(2, '0')}`);
    if (i < SUBFOLDERS) mkdirSync(sub);
    writeFileSync(path.join(sub, `notice-${String(i).padStart(5, '0')}.txt`), data);
  }
  const subfolders = Array.from({ length: Math.min(count, SUBFOLDERS) }, (_, k) => path.join(folder, `county-${String(k).padStart(2, '0')}`));
  return { root, folder, subfolders, count, bytes, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * One CLI run over the folder. `out`: a fresh output folder (the CLI refuses to overwrite), or
 * null to write one stream on stdout.
 */
export async function runBatch(cli, batch, { jobs, format = 'csv', toStdout = false, inputs = [batch.folder] }) {
  const out = path.join(batch.root, `out-${format}-${jobs}-${Date.now()}`);
  const args = [cli, ...inputs, '-f', format, '--jobs', String(jobs), ...(toStdout ? [] : ['-o', out])];
  const run = await measureRun(process.execPath, args);
  rmSync(out, { recursive: true, force: true });
  if (run.code !== 0 && run.code !== 1) throw new Error(`bench: the CLI exited ${run.code}:\n${run.stderrTail}`);
  const summary = /fengong: (\d+) files?, (\d+) tasks?/.exec(run.stderrTail);
  return { ...run, files: summary ? Number(summary[1]) : null, tasks: summary ? Number(summary[2]) : null };
}

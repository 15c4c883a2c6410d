/**
 * Run the CLI over its inputs. One bad file never stops the batch: it is reported, counted,
 * and the exit code says so at the end.
 */
import { readFile, writeFile, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from '../parse';
import type { Notice } from '../model/schema';
import type { CliOptions } from './args';
import { readStdin, type InputFile } from './inputs';
import { EXTENSIONS, renderBytes } from './render';
import { formatDiagnostic, formatSummary, type Totals } from './reporter';
import { createProgress } from './progress';

type Destination = { kind: 'stdout' } | { kind: 'file'; path: string } | { kind: 'folder'; path: string };

async function chooseDestination(files: InputFile[], options: CliOptions): Promise<Destination> {
  if (options.out === null) return { kind: 'stdout' };
  const isFolder = files.length > 1 || /[\\/]$/.test(options.out) || (await isDirectory(options.out));
  return isFolder ? { kind: 'folder', path: options.out } : { kind: 'file', path: options.out };
}

async function isDirectory(target: string): Promise<boolean> {
  try {
    return (await stat(target)).isDirectory();
  } catch {
    return false;
  }
}

async function exists(target: string): Promise<boolean> {
  try {
    await stat(target);
    return true;
  } catch {
    return false;
  }
}

export async function runBatch(files: InputFile[], options: CliOptions): Promise<number> {
  const destination = await chooseDestination(files, options);
  const inputs = new Set(files.map((file) => path.resolve(file.path)));
  const totals: Totals = { files: 0, tasks: 0, errors: 0, warnings: 0, unreadable: 0 };
  const progress = createProgress(files.length, options.quiet);
  const jsonArray: Notice[] = [];
  let failedWrites = 0;
  let first = true;

  for (const file of files) {
    const notice = await parseFile(file, options);
    totals.files += 1;
    totals.tasks += notice.tasks.length;
    for (const diagnostic of notice.diagnostics) {
      if (diagnostic.severity === 'error') totals.errors += 1;
      if (diagnostic.severity === 'warning') totals.warnings += 1;
      if (!options.quiet) progress.log(formatDiagnostic(file.path === '-' ? '<stdin>' : file.path, diagnostic));
    }
    const unreadable = notice.diagnostics.some((diagnostic) => diagnostic.ruleId.startsWith('decode-') || diagnostic.ruleId === 'read-failed');
    if (unreadable) totals.unreadable += 1;
    else if (destination.kind === 'stdout') {
      if (options.format === 'json' && files.length > 1) jsonArray.push(notice);
      else process.stdout.write(renderBytes(notice, options, first));
      first = false;
    } else {
      const target = destination.kind === 'file' ? destination.path : path.join(destination.path, replaceExtension(file.relative, EXTENSIONS[options.format]));
      const problem = await writeOutput(target, renderBytes(notice, options), inputs, options.force);
      if (problem) {
        failedWrites += 1;
        progress.log(`fengong: ${problem}`);
      }
    }
    progress.tick(file.path);
  }
  progress.stop();
  if (jsonArray.length > 0) process.stdout.write(`${JSON.stringify(jsonArray, null, 2)}\n`);
  if (!options.quiet && files.length > 1) process.stderr.write(`${formatSummary(totals)}\n`);
  if (totals.unreadable > 0 || failedWrites > 0) return 2;
  if (totals.errors > 0 || (options.frail && totals.warnings > 0)) return 1;
  return 0;
}

async function parseFile(file: InputFile, options: CliOptions): Promise<Notice> {
  const name = file.path === '-' ? null : file.path;
  let bytes: Uint8Array;
  try {
    bytes = file.path === '-' ? await readStdin() : new Uint8Array(await readFile(file.path));
  } catch (error) {
    return unreadableNotice(name, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
  }
  return parse(bytes, { name, encoding: options.encoding }).notice;
}

function unreadableNotice(name: string | null, reason: string): Notice {
  const notice = parse('', { name }).notice;
  return { ...notice, diagnostics: [{ severity: 'error', ruleId: 'read-failed', message: `cannot read the file (${reason})`, line: null, column: null }] };
}

async function writeOutput(target: string, bytes: Uint8Array, inputs: Set<string>, force: boolean): Promise<string | null> {
  if (inputs.has(path.resolve(target))) return `${target}: refusing to overwrite an input`;
  if (!force && (await exists(target))) return `${target}: exists; use --force to overwrite`;
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
    return null;
  } catch (error) {
    return `${target}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
}

function replaceExtension(relative: string, extension: string): string {
  const parsed = path.parse(relative);
  return path.join(parsed.dir, `${parsed.name}${extension}`);
}


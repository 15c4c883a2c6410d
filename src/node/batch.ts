/**
 * Run the CLI over its inputs. One bad file never stops the batch: it is reported, counted,
 * and the exit code says so at the end.
 *
 * A batch of many files is converted by worker threads, one per core (`--jobs`, see pool.ts);
 * each worker writes its own output files, and the main thread reports each file's diagnostics,
 * ticks the progress bar and writes stdout in input order, whichever worker finishes first.
 */
import { statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import v8 from 'node:v8';
import type { CliOptions } from './args';
import type { InputFile } from './inputs';
import { PipeClosed, stdoutSink, type Destination } from './output';
import type { Converted, ConvertSetup, Piece, RenderOptions, StreamOutput } from './render';
import { formatDiagnostic, formatSummary, type Totals } from './reporter';
import { createProgress } from './progress';

/**
 * V8 lets a heap grow to about twice what survived its last full collection before collecting
 * again; a notice's parse leaves little alive, so that headroom is mostly garbage held. Growing
 * by 30% keeps each thread's heap near what it uses (a 2,000-file batch: 146 → 113 MB peak on
 * one thread) at no measured cost in time. The flag is process-wide: the main thread and the
 * workers started after it all take it.
 */
v8.setFlagsFromString('--heap-growing-percent=30');

/** Below this many files, threads are never worth starting. */
const MIN_FILES_FOR_WORKERS = 16;

/**
 * Without `--jobs`, each worker must get at least this much input. A thread costs a fixed
 * start: it loads the parser and V8 compiles its hot code again (about 1.5–2.4 s of compiler CPU,
 * on cores the workers now need), while one thread converts about 7–9 MB/s and compiles on a free
 * core. Measured on 2 cores with the bench's notices (29 KB each), two workers were slower than
 * one thread up to 500 files (14 MB: 3.6 s against 3.0), even at 1,000 (28 MB: 5.1 s each) and
 * 1.1–1.4× faster at 2,000 (56 MB).
 */
const MIN_BYTES_PER_WORKER = 24 * 1024 * 1024;

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

/**
 * Threads to use: 1 (convert on the main thread) for a few files or stdin; `--jobs N` as asked;
 * otherwise one per core, as long as each gets MIN_BYTES_PER_WORKER of input.
 */
export function workerCount(files: InputFile[], jobs: number, machine: Machine = { cores: availableParallelism(), sizeOf: fileSize }): number {
  if (files.length < MIN_FILES_FOR_WORKERS || files.some((file) => file.path === '-')) return 1;
  if (jobs > 0) return Math.min(jobs, files.length);
  const { cores, sizeOf } = machine;
  let bytes = 0;
  // Stat only until the input is big enough for every core.
  for (const file of files) {
    bytes += sizeOf(file);
    if (bytes >= cores * MIN_BYTES_PER_WORKER) break;
  }
  const workers = Math.min(cores, Math.floor(bytes / MIN_BYTES_PER_WORKER));
  return workers >= 2 ? workers : 1;
}

export interface Machine {
  cores: number;
  sizeOf: (file: InputFile) => number;
}

function fileSize(file: InputFile): number {
  try {
    return statSync(file.path).size;
  } catch {
    return 0; // unreadable: reported when it is converted
  }
}

export async function runBatch(files: InputFile[], options: CliOptions): Promise<number> {
  const destination = await chooseDestination(files, options);
  const totals: Totals = { files: 0, tasks: 0, errors: 0, warnings: 0, unreadable: 0 };
  const progress = createProgress(files.length, options.quiet);
  // Several notices on stdout make one stream: a JSON array, or CSV with one header.
  const piece: Piece = destination.kind !== 'stdout' || files.length === 1 ? 'whole' : options.format === 'json' ? 'element' : 'part';
  const stdout = destination.kind === 'stdout' ? stdoutSink(piece === 'whole' ? null : piece) : null;
  const setup: ConvertSetup = { options: renderOptions(options), piece, destination, inputs: files.map((file) => file.path), force: options.force };
  let head: StreamOutput | null = null;
  let failedWrites = 0;

  const deliver = async (file: InputFile, result: Converted): Promise<void> => {
    totals.files += 1;
    totals.tasks += result.tasks;
    head ??= result.head;
    for (const diagnostic of result.diagnostics) {
      if (diagnostic.severity === 'error') totals.errors += 1;
      if (diagnostic.severity === 'warning') totals.warnings += 1;
      const line = formatDiagnostic(file.path === '-' ? '<stdin>' : file.path, diagnostic);
      // An unreadable input makes exit code 2, which always comes with its reason.
      if (result.unreadable) progress.error(line);
      else progress.log(line);
    }
    if (result.unreadable) totals.unreadable += 1;
    else if (result.problem !== null) {
      failedWrites += 1;
      // Exit 2 always comes with its one-line reason, --quiet or not.
      progress.error(`fengong: ${result.problem}`);
    } else if (stdout && result.output !== null) await stdout.write(result.output, head);
    progress.tick(file.path);
  };

  const threads = workerCount(files, options.jobs);
  try {
    if (threads > 1) {
      const { convertInWorkers } = await import('./pool');
      await convertInWorkers(files, setup, threads, deliver);
    } else {
      // The parser and emitters load here, or only in the workers: the main thread of a
      // parallel batch just reports, and stays small.
      const { createConverter } = await import('./render');
      const convert = createConverter(setup);
      for (const [index, file] of files.entries()) await deliver(file, await convert(file, index === 0));
    }
    await stdout?.end();
  } catch (error) {
    // A reader that closed the pipe (`fengong dir -f ndjson | head`) wants no more: stop quietly.
    if (!(error instanceof PipeClosed)) throw error;
  } finally {
    progress.stop();
  }
  if (!options.quiet && files.length > 1) process.stderr.write(`${formatSummary(totals)}\n`);
  if (totals.unreadable > 0 || failedWrites > 0) return 2;
  if (totals.errors > 0 || (options.frail && totals.warnings > 0)) return 1;
  return 0;
}

function renderOptions(options: CliOptions): RenderOptions {
  const { format, table, bom, outEncoding, encoding, maxBytes } = options;
  return { format, table, bom, outEncoding, encoding, maxBytes };
}

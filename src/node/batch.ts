/**
 * Run the CLI over its inputs. One bad file never stops the batch: it is reported, counted,
 * and the exit code says so at the end.
 *
 * A batch of many files is converted by worker threads, one per core (`--jobs`); the main
 * thread writes each output, reports its diagnostics and ticks the progress bar in input
 * order, whichever worker finishes first. At most a small window of files is converted ahead
 * of the one being written, so memory does not grow with the number of files.
 */
import { writeFile, mkdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { CliOptions, Format } from './args';
import type { InputFile } from './inputs';
import type { Converted, Piece, RenderOptions } from './render';
import { formatDiagnostic, formatSummary, type Totals } from './reporter';
import { createProgress } from './progress';
import type { Job, JobDone, WorkerSetup } from './worker';

const EXTENSIONS: Record<Format, string> = { json: '.json', ndjson: '.ndjson', csv: '.csv', md: '.md' };

/**
 * V8 lets a heap grow to about twice what survived its last full collection before collecting
 * again; a notice's parse leaves little alive, so that headroom is mostly garbage held. Growing
 * by 30% keeps each thread's heap near what it uses (a 2,000-file batch: 146 → 113 MB peak on
 * one thread, 245 → ~200 MB with two workers) at no measured cost in time. The flag is
 * process-wide: the main thread and the workers started after it all take it. (A smaller young
 * generation per worker saves 35 MB more but costs 15–20% more CPU time, so it is not set.)
 */
v8.setFlagsFromString('--heap-growing-percent=30');

type Destination = { kind: 'stdout' } | { kind: 'file'; path: string } | { kind: 'folder'; path: string };

/**
 * Below this many files, starting threads costs more than it saves: each loads the parser and
 * warms its JIT again (about 0.5 s of CPU), while a seed-sized notice converts in about 15 ms.
 */
const MIN_FILES_FOR_WORKERS = 16;
/** Files a worker holds at once: one converting, one queued, so it never waits for the main thread. */
const PER_WORKER = 2;
/** Files converted ahead of the one being written, per worker: bounds memory and reordering. */
const AHEAD_PER_WORKER = 8;

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

/** Threads to use: 1 (convert on the main thread) for a few files or stdin. */
export function workerCount(files: InputFile[], jobs: number): number {
  if (files.length < MIN_FILES_FOR_WORKERS || files.some((file) => file.path === '-')) return 1;
  return Math.max(1, Math.min(jobs > 0 ? jobs : availableParallelism(), files.length));
}

export async function runBatch(files: InputFile[], options: CliOptions): Promise<number> {
  const destination = await chooseDestination(files, options);
  const inputs = new Set(files.map((file) => path.resolve(file.path)));
  const totals: Totals = { files: 0, tasks: 0, errors: 0, warnings: 0, unreadable: 0 };
  const progress = createProgress(files.length, options.quiet);
  // Several notices on stdout make one stream: a JSON array, or CSV with one header.
  const piece: Piece = destination.kind !== 'stdout' || files.length === 1 ? 'whole' : options.format === 'json' ? 'element' : 'part';
  const stdout = destination.kind === 'stdout' ? stdoutSink(options, piece) : null;
  let failedWrites = 0;

  const deliver = async (file: InputFile, result: Converted): Promise<void> => {
    totals.files += 1;
    totals.tasks += result.tasks;
    for (const diagnostic of result.diagnostics) {
      if (diagnostic.severity === 'error') totals.errors += 1;
      if (diagnostic.severity === 'warning') totals.warnings += 1;
      const line = formatDiagnostic(file.path === '-' ? '<stdin>' : file.path, diagnostic);
      // An unreadable input makes exit code 2, which always comes with its reason.
      if (result.unreadable) progress.error(line);
      else progress.log(line);
    }
    if (result.unreadable || result.bytes === null) totals.unreadable += 1;
    else if (destination.kind === 'stdout') await stdout!.write(result.bytes);
    else {
      const target = destination.kind === 'file' ? destination.path : path.join(destination.path, replaceExtension(file.relative, EXTENSIONS[options.format]));
      const problem = await writeOutput(target, result.bytes, inputs, options.force);
      if (problem) {
        failedWrites += 1;
        // Exit 2 always comes with its one-line reason, --quiet or not.
        progress.error(`fengong: ${problem}`);
      }
    }
    progress.tick(file.path);
  };

  const threads = workerCount(files, options.jobs);
  try {
    if (threads > 1) await convertInWorkers(files, { options: renderOptions(options), piece }, threads, deliver);
    else {
      // The parser and emitters load here, or only in the workers: the main thread of a
      // parallel batch just writes, and stays small.
      const { convertFile } = await import('./render');
      for (const file of files) await deliver(file, await convertFile(file, options, piece));
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

/**
 * Convert in `threads` workers, delivering results in input order. A worker that fails (a bug:
 * `parse` does not throw on bad text) fails the batch as it would fail on the main thread.
 */
function convertInWorkers(files: InputFile[], setup: WorkerSetup, threads: number, deliver: (file: InputFile, result: Converted) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    const url = new URL('./worker.js', import.meta.url);
    const workers = Array.from({ length: threads }, () => new Worker(url, { workerData: setup }));
    const load = new Map<Worker, number>(workers.map((worker) => [worker, 0]));
    const ready = new Map<number, Converted>();
    const ahead = threads * AHEAD_PER_WORKER;
    let sent = 0;
    let delivered = 0;
    let delivering = false;
    let finished = false;

    const finish = (error?: unknown): void => {
      if (finished) return;
      finished = true;
      for (const worker of workers) void worker.terminate();
      if (error === undefined) resolve();
      else reject(error);
    };
    const feed = (): void => {
      for (const worker of workers) {
        while (load.get(worker)! < PER_WORKER && sent < files.length && sent < delivered + ahead) {
          worker.postMessage({ index: sent, file: files[sent]! } satisfies Job);
          load.set(worker, load.get(worker)! + 1);
          sent += 1;
        }
      }
    };
    const drain = async (): Promise<void> => {
      if (delivering) return;
      delivering = true;
      try {
        while (!finished && ready.has(delivered)) {
          const result = ready.get(delivered)!;
          ready.delete(delivered);
          await deliver(files[delivered]!, result);
          delivered += 1;
          feed();
        }
      } catch (error) {
        finish(error);
      }
      delivering = false;
      if (delivered === files.length) finish();
    };

    for (const worker of workers) {
      worker.on('message', (message: JobDone) => {
        load.set(worker, load.get(worker)! - 1);
        if ('failure' in message) return finish(new Error(message.failure));
        ready.set(message.index, message.result);
        feed();
        void drain();
      });
      worker.on('error', finish);
      worker.on('exit', (code) => finish(new Error(`a worker thread stopped (exit code ${code})`)));
    }
    feed();
  });
}

class PipeClosed extends Error {}

/** stdout, written in order with back-pressure; the stream's opening and closing bytes once. */
function stdoutSink(options: RenderOptions, piece: Piece) {
  const stream = process.stdout;
  let written = 0;
  let closed = false;
  // EPIPE and the like: whoever read stdout is gone, so nothing more is worth converting.
  stream.on('error', () => {
    closed = true;
  });
  const ascii = (text: string) => new TextEncoder().encode(text);
  const put = async (bytes: Uint8Array): Promise<void> => {
    if (closed) throw new PipeClosed();
    if (bytes.length === 0 || stream.write(bytes)) return;
    await new Promise<void>((done) => {
      const go = (): void => {
        stream.off('drain', go).off('close', go);
        done();
      };
      stream.on('drain', go).on('close', go);
    });
  };
  return {
    async write(bytes: Uint8Array): Promise<void> {
      if (piece === 'element') await put(ascii(written === 0 ? '[\n' : ',\n'));
      else if (piece === 'part' && written === 0) await put((await import('./render')).streamHead(options));
      await put(bytes);
      written += 1;
    },
    async end(): Promise<void> {
      // A JSON array stays an array when no input could be read.
      if (piece === 'element') await put(ascii(written > 0 ? '\n]\n' : '[]\n'));
    },
  };
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

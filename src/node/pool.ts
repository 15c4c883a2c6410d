/**
 * Worker threads converting a batch, one per core, results delivered in input order whichever
 * worker finishes first. The workers read, parse, render and write; the main thread only hands
 * out file names and reports, so it needs little CPU of the cores the workers use.
 */
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { InputFile } from './inputs';
import type { Converted, ConvertSetup } from './render';
import type { Job, JobDone, Release } from './worker';

/**
 * Files a worker holds at once: one converting and some queued, so it never waits for the main
 * thread, which shares the cores with the workers and may be scheduled late.
 */
const PER_WORKER = 4;
/**
 * Files converted ahead of the one being reported, per worker: bounds the results held (for
 * stdout, whole outputs) while an earlier, larger file is still converting.
 */
const AHEAD_PER_WORKER = 8;

/**
 * Markdown workers get 8 MB semi-spaces instead of Node's 16 MB. V8 lets the old generation
 * grow by the young generation's size (plus 8 MB) between full collections, and rendering
 * Markdown (remark) promotes a steady trickle of objects: each Markdown worker's heap peaked
 * at 73 MB, 50 MB with 8 MB semi-spaces, at no more CPU time (2,000 files: 212 → 170 MB for the
 * process). The other formats promote less: there it saved 11 MB for 10% more CPU time, so
 * they keep Node's default. Read when a heap is set up: it applies to the workers started
 * after it, not to this thread.
 */
const MARKDOWN_SEMI_SPACE_MB = 8;

export type Deliver = (file: InputFile, result: Converted) => Promise<void>;

/**
 * Convert `files` in `threads` workers. A worker that fails (a bug: `parse` does not throw on
 * bad text) fails the batch as it would fail on the main thread.
 */
export function convertInWorkers(files: InputFile[], setup: ConvertSetup, threads: number, deliver: Deliver): Promise<void> {
  return new Promise((resolve, reject) => {
    if (setup.options.format === 'md') v8.setFlagsFromString(`--max-semi-space-size=${MARKDOWN_SEMI_SPACE_MB}`);
    const url = new URL('./worker.js', import.meta.url);
    const workers = Array.from({ length: threads }, () => new Worker(url, { workerData: setup }));
    const load = new Map<Worker, number>(workers.map((worker) => [worker, 0]));
    const ready = new Map<number, { result: Converted; from: Worker }>();
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
    // The least loaded worker first, so a worker slowed by a big file gets fewer.
    const feed = (): void => {
      while (sent < files.length && sent < delivered + ahead) {
        const worker = workers.reduce((best, next) => (load.get(next)! < load.get(best)! ? next : best));
        if (load.get(worker)! >= PER_WORKER) return;
        worker.postMessage({ index: sent, file: files[sent]!, head: sent === 0 } satisfies Job);
        load.set(worker, load.get(worker)! + 1);
        sent += 1;
      }
    };
    const drain = async (): Promise<void> => {
      if (delivering) return;
      delivering = true;
      try {
        while (!finished && ready.has(delivered)) {
          const { result, from } = ready.get(delivered)!;
          ready.delete(delivered);
          await deliver(files[delivered]!, result);
          // Written: the output's memory goes back to its worker (see worker.ts).
          if (result.output instanceof Uint8Array) from.postMessage({ release: result.output.buffer as ArrayBuffer } satisfies Release, [result.output.buffer as ArrayBuffer]);
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
        ready.set(message.index, { result: message.result, from: worker });
        feed();
        void drain();
      });
      worker.on('error', finish);
      worker.on('exit', (code) => finish(new Error(`a worker thread stopped (exit code ${code})`)));
    }
    feed();
  });
}

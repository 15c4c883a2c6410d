/**
 * A batch worker thread: converts the files the main thread posts, one reply per file. It reads,
 * parses and renders; the main thread only writes, in input order (see batch.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { useIconvLite } from '../decode/iconv-lite';
import type { InputFile } from './inputs';
import { convertFile, type Converted, type Piece, type RenderOptions } from './render';

export interface WorkerSetup {
  options: RenderOptions;
  piece: Piece;
}

export interface Job {
  index: number;
  file: InputFile;
}

export type JobDone = { index: number; result: Converted } | { index: number; failure: string };

// Same decoders as the main thread: GB18030 and Big5 through iconv-lite.
useIconvLite();

const { options, piece } = workerData as WorkerSetup;
const port = parentPort!;

port.on('message', (job: Job) => {
  convertFile(job.file, options, piece).then(
    (result) => {
      const bytes = result.bytes;
      // Hand the output over instead of copying it, when it owns its whole buffer.
      const own = bytes !== null && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      port.postMessage({ index: job.index, result } satisfies JobDone, own ? [bytes.buffer as ArrayBuffer] : []);
    },
    (error: unknown) => port.postMessage({ index: job.index, failure: (error as Error)?.message ?? String(error) } satisfies JobDone),
  );
});

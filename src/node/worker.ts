/**
 * A batch worker thread: reads, parses, renders and writes the files the main thread posts,
 * one reply per file. The main thread only reports, in input order (see pool.ts); the output
 * comes back only when it goes to stdout.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { InputFile } from './inputs';
import { createConverter, type Converted, type ConvertSetup, type StreamOutput } from './render';

export interface Job {
  index: number;
  file: InputFile;
  /** Also render the stream's header (the first input of a CSV stream on stdout). */
  head: boolean;
}

/** The memory of an output the main thread has written, handed back for reuse. */
export interface Release {
  release: ArrayBuffer;
}

export type JobDone = { index: number; result: Converted } | { index: number; failure: string };

const convert = createConverter(workerData as ConvertSetup);
const port = parentPort!;
const encoder = new TextEncoder();

/**
 * Output memory back from the main thread. Stdout's bytes go to the main thread without a
 * copy (transferred), and come back once written: dropped there, they would stay allocated
 * until the main thread's next garbage collection, which its small heap seldom needs (tens
 * of MB over a batch). Here they are reused, or freed by this thread's frequent collections.
 */
const spare: ArrayBuffer[] = [];
const MAX_SPARE = 4;

/** UTF-8 text as bytes in memory of their own: a spare buffer when the text fits in one. */
function ownBytes(output: StreamOutput): Uint8Array {
  if (typeof output !== 'string') return output.byteOffset === 0 && output.byteLength === output.buffer.byteLength ? output : output.slice();
  // At least one byte per UTF-16 unit: a smaller buffer cannot hold it.
  const at = spare.findIndex((buffer) => buffer.byteLength >= output.length);
  if (at >= 0) {
    const buffer = spare.splice(at, 1)[0]!;
    const { read, written } = encoder.encodeInto(output, new Uint8Array(buffer));
    if (read === output.length) return new Uint8Array(buffer, 0, written);
  }
  return encoder.encode(output);
}

port.on('message', (message: Job | Release) => {
  if ('release' in message) {
    if (spare.length < MAX_SPARE) spare.push(message.release);
    return;
  }
  const job = message;
  convert(job.file, job.head).then(
    (converted) => {
      const output = converted.output === null ? null : ownBytes(converted.output);
      const head = converted.head === null ? null : ownBytes(converted.head);
      const result: Converted = { ...converted, output, head };
      const transfer = [output, head].filter((bytes) => bytes !== null).map((bytes) => bytes.buffer as ArrayBuffer);
      port.postMessage({ index: job.index, result } satisfies JobDone, transfer);
    },
    (error: unknown) => port.postMessage({ index: job.index, failure: (error as Error)?.message ?? String(error) } satisfies JobDone),
  );
});

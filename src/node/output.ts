/**
 * Where the CLI's outputs go: one stream on stdout, one file, or a folder mirroring the inputs.
 * Files are written with synchronous calls: the thread that writes (a batch worker, or the main
 * thread of a one-thread run) has nothing else to do meanwhile, and a synchronous write costs no
 * hand-off to libuv's thread pool and back (several per file for stat, mkdir and write).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Format } from './args';

export type Destination = { kind: 'stdout' } | { kind: 'file'; path: string } | { kind: 'folder'; path: string };

const EXTENSIONS: Record<Format, string> = { json: '.json', ndjson: '.ndjson', csv: '.csv', md: '.md' };

/** The output file of an input (`relative`: its path below its folder), or null for stdout. */
export function outputPath(destination: Destination, relative: string, format: Format): string | null {
  if (destination.kind === 'stdout') return null;
  if (destination.kind === 'file') return destination.path;
  const parsed = path.parse(relative);
  return path.join(destination.path, parsed.dir, `${parsed.name}${EXTENSIONS[format]}`);
}

/**
 * Writes output files, refusing to overwrite an input, and an existing file unless `force`.
 * Folders are created once each (a batch writes hundreds of files into each).
 */
export function createFileWriter(inputs: readonly string[], force: boolean) {
  const resolvedInputs = new Set(inputs.map((input) => path.resolve(input)));
  const made = new Set<string>();
  /** Null when written, else the one-line reason it was not. */
  return (target: string, bytes: Uint8Array): string | null => {
    if (resolvedInputs.has(path.resolve(target))) return `${target}: refusing to overwrite an input`;
    try {
      const folder = path.dirname(target);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      // 'wx' fails with EEXIST on an existing file: the check and the write in one call.
      writeFileSync(target, bytes, { flag: force ? 'w' : 'wx' });
      return null;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && !force) return `${target}: exists; use --force to overwrite`;
      return `${target}: cannot write (${code ?? (error as Error).message})`;
    }
  };
}

/** The reader of stdout went away (`fengong dir -f ndjson | head`): nothing more is worth converting. */
export class PipeClosed extends Error {}

export type JoinedAs = 'element' | 'part';

/** Text is encoded into this much memory at a time, reused for every write. */
const CHUNK_BYTES = 1 << 20;

/**
 * stdout, written in order; a JSON array's brackets and commas (`element`) or a CSV stream's
 * header (`head`, given with the first piece) once. Each write is awaited before the next, so
 * the one encoding buffer can be reused and a slow reader holds the batch back.
 */
export function stdoutSink(joined: JoinedAs | null) {
  const stream = process.stdout;
  const encoder = new TextEncoder();
  const buffer = new Uint8Array(CHUNK_BYTES);
  let written = 0;
  let closed = false;
  // EPIPE and the like: whoever read stdout is gone.
  stream.on('error', () => {
    closed = true;
  });
  const send = (bytes: Uint8Array): Promise<void> =>
    new Promise((done, fail) => {
      if (closed) return fail(new PipeClosed());
      stream.write(bytes, (error) => (error ? fail(new PipeClosed()) : done()));
    });
  const put = async (output: string | Uint8Array): Promise<void> => {
    if (typeof output !== 'string') return output.length === 0 ? undefined : send(output);
    // encodeInto stops before a character that does not fit, never inside one.
    for (let rest = output; rest.length > 0; ) {
      const { read, written: length } = encoder.encodeInto(rest, buffer);
      await send(buffer.subarray(0, length));
      rest = rest.slice(read);
    }
  };
  return {
    async write(output: string | Uint8Array, head: string | Uint8Array | null): Promise<void> {
      if (joined === 'element') await put(written === 0 ? '[\n' : ',\n');
      else if (written === 0 && head) await put(head);
      await put(output);
      written += 1;
    },
    async end(): Promise<void> {
      // A JSON array stays an array when no input could be read.
      if (joined === 'element') await put(written > 0 ? '\n]\n' : '[]\n');
    },
  };
}

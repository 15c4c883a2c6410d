/**
 * A notice → the text of the requested format, and a file → its converted result. The one
 * place the CLI calls the parser and the emitters; the main thread and the batch workers both
 * go through it, so a file converts the same way whichever thread reads it.
 */
import { readFileSync, statSync } from 'node:fs';
import { useIconvLite } from '../decode/iconv-lite';
import { useNodeCrypto } from './node-crypto';
import { parse } from '../parse';
import type { Diagnostic, Notice } from '../model/schema';
import { emptyNotice } from '../model/empty';
import { encodeOutput } from '../emit/encode';
import type { CliOptions } from './args';
import { readStdin, type InputFile } from './inputs';
import { createFileWriter, outputPath, type Destination } from './output';

/** The render options a worker needs: plain data, so they cross a thread boundary. */
export type RenderOptions = Pick<CliOptions, 'format' | 'table' | 'bom' | 'outEncoding' | 'encoding' | 'maxBytes'>;

/**
 * What one output holds:
 * - `whole`: a file of its own (CSV with its header and BOM);
 * - `part`: one of several notices streamed to stdout; a CSV part has no header (`streamHead`
 *   gives it once), so parts rendered on any thread concatenate in input order;
 * - `element`: one notice of the JSON array that several notices make on stdout, indented as
 *   `JSON.stringify(array, null, 2)` would indent it.
 */
export type Piece = 'whole' | 'part' | 'element';

/** A notice as the text of the chosen format; `first`: the first piece of a stream (CSV header and BOM only once). */
export type Render = (notice: Notice, first: boolean) => string;

/**
 * The chosen format's emitter, loaded on first use: a thread converting to CSV never loads
 * remark (about 14 MB of memory and 0.15 s per thread), nor one writing Markdown csv-stringify.
 */
export async function loadRender(options: RenderOptions): Promise<Render> {
  switch (options.format) {
    case 'json': {
      const { toJson } = await import('../emit/json');
      return (notice) => toJson(notice, { pretty: true });
    }
    case 'ndjson': {
      const { toNdjson } = await import('../emit/ndjson');
      return (notice) => toNdjson(notice);
    }
    case 'csv': {
      const { toCsv } = await import('../emit/csv');
      return (notice, first) => toCsv(notice, { table: options.table, bom: first && options.bom && options.outEncoding === 'utf8', header: first });
    }
    case 'md': {
      const { toMarkdown } = await import('../emit/markdown');
      return (notice) => toMarkdown(notice);
    }
  }
}

/** The text of one output (see `Piece`). */
export function renderPiece(render: Render, notice: Notice, piece: Piece): string {
  if (piece === 'element') {
    // Indented as an element of a one-element array, without the brackets: `[\n  {…}\n]`.
    const array = JSON.stringify([notice], null, 2);
    return array.slice(2, -2);
  }
  return render(notice, piece === 'whole');
}

/** What goes before the first part on stdout: the CSV header (and BOM), once. */
export function streamHead(render: Render, options: RenderOptions): string {
  if (options.format !== 'csv') return '';
  return render(emptyNotice(null, '', []), true);
}

/**
 * Output for stdout: UTF-8 stays text until it is written (stdoutSink encodes it into one
 * reused buffer; a worker into memory the main thread hands back, see worker.ts); GB18030 is
 * encoded here.
 */
export type StreamOutput = string | Uint8Array;

function forStream(text: string, options: RenderOptions): StreamOutput {
  return options.outEncoding === 'utf8' ? text : encodeOutput(text, options.outEncoding);
}

/** One converted input, small enough to post from a worker: what to report, and what to write. */
export interface Converted {
  tasks: number;
  diagnostics: Diagnostic[];
  /** The input could not be read or decoded: no output is written for it. */
  unreadable: boolean;
  /** The output, when it goes to stdout (in input order, by the main thread); null otherwise. */
  output: StreamOutput | null;
  /** Why the output file could not be written; null when it was (or goes to stdout). */
  problem: string | null;
  /** The stream's header (see `streamHead`), when asked for with the first input. */
  head: StreamOutput | null;
}

/** What a converting thread needs to know, as plain data: it crosses a thread boundary. */
export interface ConvertSetup {
  options: RenderOptions;
  piece: Piece;
  destination: Destination;
  /** Every input path: an output never overwrites one. */
  inputs: string[];
  force: boolean;
}

/**
 * Read, parse, render, and write the output file (or hand back the output for stdout). The
 * thread that converts a file writes it too, so output never crosses threads for a folder.
 */
export function createConverter(setup: ConvertSetup) {
  const { options, piece, destination } = setup;
  // Node's own: GB18030 and Big5 through iconv-lite (the browser core has TextDecoder), SHA-256
  // through node:crypto (the core's @noble/hashes is portable but about 20× slower).
  useIconvLite();
  useNodeCrypto();
  const write = createFileWriter(setup.inputs, setup.force);
  const loading = loadRender(options);
  return (file: InputFile, withHead: boolean): Promise<Converted> =>
    Promise.all([parseFile(file, options), loading]).then(([notice, render]) => {
      const unreadable = notice.diagnostics.some((diagnostic) => diagnostic.ruleId.startsWith('decode-') || diagnostic.ruleId === 'read-failed');
      const text = unreadable ? null : renderPiece(render, notice, piece);
      const target = outputPath(destination, file.relative, options.format);
      const problem = text !== null && target !== null ? write(target, encodeOutput(text, options.outEncoding)) : null;
      const output = text !== null && target === null ? forStream(text, options) : null;
      const head = withHead && piece === 'part' ? forStream(streamHead(render, options), options) : null;
      return { tasks: notice.tasks.length, diagnostics: notice.diagnostics, unreadable, output, problem, head };
    });
}

async function parseFile(file: InputFile, options: RenderOptions): Promise<Notice> {
  const name = file.path === '-' ? null : file.path;
  let bytes: Uint8Array;
  try {
    // Look at the size before reading, so an over-size file is never loaded.
    const size = file.path === '-' ? 0 : statSync(file.path).size;
    if (size > options.maxBytes) {
      return unreadableNotice(name, 'decode-too-large', `the file is ${size} bytes, over the limit of ${options.maxBytes} (raise it with --max-bytes)`);
    }
    // Synchronous: this thread has nothing else to do until the file is parsed.
    bytes = file.path === '-' ? await readStdin() : plain(readFileSync(file.path));
  } catch (error) {
    return unreadableNotice(name, 'read-failed', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parse(bytes, { name, encoding: options.encoding, maxBytes: options.maxBytes }).notice;
}

/** A Buffer as a plain Uint8Array over the same memory, as the core takes (no copy). */
function plain(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function unreadableNotice(name: string | null, ruleId: string, message: string): Notice {
  const notice = parse('', { name }).notice;
  return { ...notice, diagnostics: [{ severity: 'error', ruleId, message, line: null, column: null }] };
}

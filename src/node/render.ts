/**
 * A notice → the bytes of the requested format, and a file → its converted result. The one
 * place the CLI calls the parser and the emitters; the main thread and the batch workers both
 * go through it, so a file converts the same way whichever thread reads it.
 */
import { readFile, stat } from 'node:fs/promises';
import { parse } from '../parse';
import type { Diagnostic, Notice } from '../model/schema';
import { emptyNotice } from '../model/empty';
import { toCsv, toJson, toMarkdown, toNdjson } from '../emit';
import { encodeOutput } from '../emit/encode';
import type { CliOptions } from './args';
import { readStdin, type InputFile } from './inputs';

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

/** `first`: the first piece of a stream of several notices (CSV header and BOM only once). */
export function renderText(notice: Notice, options: RenderOptions, first = true): string {
  switch (options.format) {
    case 'json':
      return toJson(notice, { pretty: true });
    case 'ndjson':
      return toNdjson(notice);
    case 'csv':
      return toCsv(notice, { table: options.table, bom: first && options.bom && options.outEncoding === 'utf8', header: first });
    case 'md':
      return toMarkdown(notice);
  }
}

export function renderBytes(notice: Notice, options: RenderOptions, first = true): Uint8Array {
  return encodeOutput(renderText(notice, options, first), options.outEncoding);
}

export function renderPiece(notice: Notice, options: RenderOptions, piece: Piece): Uint8Array {
  if (piece === 'element') {
    // Two more spaces on every line: JSON.stringify escapes newlines inside strings, so each
    // \n here is a line break of the layout.
    const text = `  ${JSON.stringify(notice, null, 2).replaceAll('\n', '\n  ')}`;
    return encodeOutput(text, options.outEncoding);
  }
  return renderBytes(notice, options, piece === 'whole');
}

/** What goes before the first part on stdout: the CSV header (and BOM), once. */
export function streamHead(options: RenderOptions): Uint8Array {
  if (options.format !== 'csv') return new Uint8Array(0);
  return renderBytes(emptyNotice(null, '', []), options, true);
}

/** One converted input, small enough to post from a worker: the output plus what to report. */
export interface Converted {
  tasks: number;
  diagnostics: Diagnostic[];
  /** The input could not be read or decoded: no output is written for it. */
  unreadable: boolean;
  bytes: Uint8Array | null;
}

export async function convertFile(file: InputFile, options: RenderOptions, piece: Piece): Promise<Converted> {
  const notice = await parseFile(file, options);
  const unreadable = notice.diagnostics.some((diagnostic) => diagnostic.ruleId.startsWith('decode-') || diagnostic.ruleId === 'read-failed');
  return {
    tasks: notice.tasks.length,
    diagnostics: notice.diagnostics,
    unreadable,
    bytes: unreadable ? null : renderPiece(notice, options, piece),
  };
}

async function parseFile(file: InputFile, options: RenderOptions): Promise<Notice> {
  const name = file.path === '-' ? null : file.path;
  let bytes: Uint8Array;
  try {
    // Look at the size before reading, so an over-size file is never loaded.
    const size = file.path === '-' ? 0 : (await stat(file.path)).size;
    if (size > options.maxBytes) {
      return unreadableNotice(name, 'decode-too-large', `the file is ${size} bytes, over the limit of ${options.maxBytes} (raise it with --max-bytes)`);
    }
    bytes = file.path === '-' ? await readStdin() : new Uint8Array(await readFile(file.path));
  } catch (error) {
    return unreadableNotice(name, 'read-failed', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parse(bytes, { name, encoding: options.encoding, maxBytes: options.maxBytes }).notice;
}

function unreadableNotice(name: string | null, ruleId: string, message: string): Notice {
  const notice = parse('', { name }).notice;
  return { ...notice, diagnostics: [{ severity: 'error', ruleId, message, line: null, column: null }] };
}

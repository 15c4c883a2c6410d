/**
 * The pipeline, top to bottom: decode → lines → classify + tree → extract → model →
 * validate. `parse` never throws on bad input: problems come back as diagnostics.
 */
import { VFile } from 'vfile';
import { decode, DecodeError, type DecodeOptions, type Decoded } from './decode';
import { splitLines } from './lines';
import { buildTree, type Root } from './tree';
import { unaccountedLines } from './tree/coverage';
import { spanOf } from './tree/position';
import { compileNotice } from './compile';
import { report, toDiagnostics } from './diagnostics';
import { NoticeSchema, type Diagnostic, type Notice } from './model/schema';
import { emptyNotice } from './model/empty';

export interface ParseOptions {
  /** File name for `source.name` and diagnostics. */
  name?: string | null;
  /** Force an encoding for byte input; `auto` (default) detects it. */
  encoding?: DecodeOptions['encoding'];
  /** Largest input accepted, in bytes (default 64 MiB). */
  maxBytes?: number;
  /** Check the model against its zod schema (default true). */
  validate?: boolean;
}

export interface ParseResult {
  notice: Notice;
  diagnostics: Diagnostic[];
  /** The syntax tree, with a position on every node. */
  tree: Root;
}

export function parse(input: string | Uint8Array, options: ParseOptions = {}): ParseResult {
  return parseInto(input, new VFile({ path: options.name ?? undefined }), options);
}

/** Decode and parse into a given file (the unified parser plugin brings its own). */
export function parseInto(input: string | Uint8Array, file: VFile, options: ParseOptions = {}): ParseResult {
  let decoded: Decoded;
  try {
    decoded = decode(input, { encoding: options.encoding ?? 'auto', maxBytes: options.maxBytes });
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    report(file, 'error', `decode-${error.code}`, error.message);
    const notice = emptyNotice(options.name ?? null, input, toDiagnostics(file));
    return { notice, diagnostics: notice.diagnostics, tree: { type: 'root', children: [], position: EMPTY_POSITION } };
  }
  return parseDecoded(decoded, file, options);
}

/** The stages after decoding; the unified parser plugin enters here with its own file. */
export function parseDecoded(decoded: Decoded, file: VFile, options: ParseOptions = {}): ParseResult {
  file.value = decoded.text;
  const lines = splitLines(decoded.text);
  const tree = buildTree(lines, file);
  for (const line of unaccountedLines(tree, lines)) {
    report(file, 'error', 'text-lost', `line ${line.line}: text that no part of the tree holds (a fengong bug; please report it)`, spanOf(line));
  }
  const source = { name: options.name ?? null, encoding: decoded.encoding, bytes: decoded.bytes, sha256: decoded.sha256 };
  let notice = compileNotice(tree, file, source, decoded.text);
  if (options.validate !== false) {
    const checked = NoticeSchema.safeParse(notice);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      report(file, 'error', 'invalid-model', `the model does not match its schema: ${issue?.message ?? 'unknown'} at ${issue?.path.join('.')}`);
      notice = { ...notice, diagnostics: toDiagnostics(file) };
    }
  }
  return { notice, diagnostics: notice.diagnostics, tree };
}

const EMPTY_POSITION = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

/**
 * fengong as unified plugins: `unified().use(fengongParse).use(fengongCsv)` and friends.
 * The parser yields the notice tree (positions on every node) and leaves the model on
 * `file.data.notice`; diagnostics land in `file.messages` as with any unified parser.
 */
import type { Plugin, Processor } from 'unified';
import type { VFile } from 'vfile';
import { parseInto, type ParseOptions } from '../parse';
import type { Notice } from '../model/schema';
import type { Root } from '../tree';
import { toCsv, toJson, toMarkdown, toNdjson, type CsvOptions, type JsonOptions } from '../emit';

declare module 'vfile' {
  interface DataMap {
    /** The notice model fengongParse built from this file. */
    notice: Notice;
  }
}

/** Options of {@link fengongParse}: those of `parse`; `name` defaults to the file's path. */
export type FengongParseOptions = ParseOptions;


/**
 * The parser plugin: a notice's text (or its bytes, in any encoding `parse` reads) → the
 * notice's syntax tree, a `position` on every node. The model goes to `file.data.notice`, the
 * diagnostics to `file.messages` (with line, column, `ruleId` and `source: 'fengong'`;
 * `fatal: true` for errors). Like `parse`, it never throws on bad input: bytes that are not
 * text give an empty tree, an empty notice and a `decode-*` error message.
 *
 * @example
 * const file = unified().use(fengongParse).use(fengongCsv, { table: 'assignments' }).processSync(text);
 * String(file);                    // the CSV
 * file.data.notice?.tasks.length;  // the model
 * file.messages;                   // the diagnostics, as vfile messages
 */
export const fengongParse: Plugin<[FengongParseOptions?], string, Root> = function (options = {}) {
  const self = this as unknown as Processor<Root>;
  self.parser = (document: string, file: VFile): Root => {
    const name = options.name ?? file.path ?? null;
    // unified hands the parser String(file), which reads bytes as UTF-8; a GB18030 or Big5
    // file must be decoded from the bytes themselves.
    const input = file.value instanceof Uint8Array ? file.value : document;
    const result = parseInto(input, file, { ...options, name });
    file.data.notice = result.notice;
    return result.tree;
  };
};

function noticeOf(file: VFile): Notice {
  const notice = file.data.notice;
  if (!notice) throw new Error('fengong compilers need fengongParse first: no notice on file.data');
  return notice;
}

function compilerPlugin<Options>(emit: (notice: Notice, options: Options) => string): Plugin<[Options?], Root, string> {
  return function (options) {
    const self = this as unknown as Processor<undefined, undefined, undefined, Root, string>;
    self.compiler = (_tree, file) => emit(noticeOf(file), (options ?? {}) as Options);
  };
}

/** Compiler plugin: the notice as JSON, as `toJson` writes it (after {@link fengongParse}). */
export const fengongJson = compilerPlugin<JsonOptions>((notice, options) => toJson(notice, options));

/** Compiler plugin: one JSON line per task with its document's identity, as `toNdjson`. */
export const fengongNdjson = compilerPlugin<Record<string, never>>((notice) => toNdjson(notice));

/**
 * Compiler plugin: the tasks (`{ table: 'tasks' }`, default) or task × unit assignments
 * (`{ table: 'assignments' }`) as CSV, exactly as `toCsv` writes them (BOM unless `bom: false`).
 */
export const fengongCsv = compilerPlugin<CsvOptions>((notice, options) => toCsv(notice, options));

/** Compiler plugin: the notice as GFM Markdown (title, metadata, a task table per section), as `toMarkdown`. */
export const fengongMarkdown = compilerPlugin<Record<string, never>>((notice) => toMarkdown(notice));

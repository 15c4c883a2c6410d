/**
 * fengong as unified plugins: `unified().use(fengongParse).use(fengongCsv)` and friends.
 * The parser yields the notice tree (positions on every node) and leaves the model on
 * `file.data.notice`; diagnostics land in `file.messages` as with any unified parser.
 */
import type { Plugin, Processor } from 'unified';
import type { VFile } from 'vfile';
import { decode } from '../decode';
import { parseDecoded, type ParseOptions } from '../parse';
import type { Notice } from '../model/schema';
import type { Root } from '../tree';
import { toCsv, toJson, toMarkdown, toNdjson, type CsvOptions } from '../emit';

declare module 'vfile' {
  interface DataMap {
    /** The notice model fengongParse built from this file. */
    notice: Notice;
  }
}

export const fengongParse: Plugin<[Omit<ParseOptions, 'encoding' | 'maxBytes'>?], string, Root> = function (options = {}) {
  const self = this as unknown as Processor<Root>;
  self.parser = (document: string, file: VFile): Root => {
    const result = parseDecoded(decode(document), file, { ...options, name: options.name ?? file.path ?? null });
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

export const fengongJson = compilerPlugin<{ pretty?: boolean }>((notice, options) => toJson(notice, options));
export const fengongNdjson = compilerPlugin<Record<string, never>>((notice) => toNdjson(notice));
export const fengongCsv = compilerPlugin<CsvOptions>((notice, options) => toCsv(notice, options));
export const fengongMarkdown = compilerPlugin<Record<string, never>>((notice) => toMarkdown(notice));

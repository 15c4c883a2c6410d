/** A parsed notice → the bytes of the requested format. The one place the CLI calls emitters. */
import type { Notice } from '../model/schema';
import { toCsv, toJson, toMarkdown, toNdjson } from '../emit';
import { encodeOutput } from '../emit/encode';
import type { CliOptions, Format } from './args';

export const EXTENSIONS: Record<Format, string> = { json: '.json', ndjson: '.ndjson', csv: '.csv', md: '.md' };

/** `first`: the first piece of a stream of several notices (CSV header and BOM only once). */
export function renderText(notice: Notice, options: CliOptions, first = true): string {
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

export function renderBytes(notice: Notice, options: CliOptions, first = true): Uint8Array {
  return encodeOutput(renderText(notice, options, first), options.outEncoding);
}

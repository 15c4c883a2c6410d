/**
 * CSV through csv-stringify, the one engine: quoting (RFC 4180), the BOM and formula guarding
 * are its options, not string work here.
 *
 * Choices (see shared/CONTRACT.md):
 * - UTF-8 BOM by default, so Excel opens the Chinese intact; `bom: false` for pipelines.
 * - CRLF between records (RFC 4180); Excel, LibreOffice, pandas and csv readers accept it.
 * - A text cell starting with = + - @ tab or CR (or their full-width forms) gets a leading
 *   apostrophe (OWASP CSV injection advice): `=cmd|' /C calc'!A0` → `'=cmd|' /C calc'!A0`.
 *   Number cells (task number 12) are numbers, never guarded; ISO dates start with a digit.
 * - Booleans as true/false; null as an empty cell.
 */
// The browser build is self-contained: the default entry reads a global `Buffer` when loaded.
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Notice } from '../model/schema';
import { COLUMNS, rowsOf, type CsvTable } from './csv-columns';

export type { CsvTable } from './csv-columns';

export interface CsvOptions {
  /** `tasks` (default): one row per task; `assignments`: one row per task × unit. */
  table?: CsvTable;
  /** Start with a UTF-8 byte order mark (default true). */
  bom?: boolean;
  /** Write the header row (default true). */
  header?: boolean;
}

/** The notices' tasks as one CSV table: rows of all notices in order, one header. */
export function toCsv(notices: Notice | Notice[], options: CsvOptions = {}): string {
  const table = options.table ?? 'tasks';
  const list = Array.isArray(notices) ? notices : [notices];
  return stringify(
    list.flatMap((notice) => rowsOf(notice, table)),
    {
      columns: [...COLUMNS[table]],
      header: options.header ?? true,
      bom: options.bom ?? true,
      record_delimiter: 'windows',
      // Quote cells holding a bare \n or \r too: with a record_delimiter given, csv-stringify
      // otherwise quotes only cells holding the whole CRLF, and a multi-line task text splits.
      quote_record_delimiter: true,
      escape_formulas: true,
      cast: { boolean: (value) => (value ? 'true' : 'false') },
    },
  );
}

/**
 * Stage 0, before decode: files that are not plain text (an HTML page, a PDF, a .docx, an
 * .xlsx, or a web page copied one table cell per line) are read into the text the pipeline
 * parses — one line per paragraph or table row, a row's cells parted by tabs — with a way back
 * from each offset of that text to the place in the source it came from.
 */
export type InputFormat = 'text' | 'html' | 'pdf' | 'docx' | 'xlsx';

/** Where a piece of the source stands beyond line and column: a PDF page and its coordinates, a sheet's cell. */
export interface SourcePlace {
  /** 1-based PDF page. */
  page?: number;
  /** PDF user-space coordinates of the text's origin (points, origin at the page's bottom left). */
  x?: number;
  y?: number;
  /** Worksheet name and A1 reference of a workbook cell. */
  sheet?: string;
  cell?: string;
}

/** A place in the source: line, column and offset in the source text (HTML) or in `text` itself, plus its page or cell. */
export type SourcePoint = { line: number; column: number; offset: number } & SourcePlace;

export interface ReadDocument {
  format: InputFormat;
  /** What the rest of the pipeline reads. */
  text: string;
  /** 0-based line indexes of `text` where a new plan begins (each sheet of a workbook after the first, say). */
  planStarts: number[];
  /** The place in the source an offset of `text` comes from; absent where positions are those of `text`. */
  locate?(offset: number): SourcePoint | null;
}

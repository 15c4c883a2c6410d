/**
 * A table row copied out of a PDF keeps its columns as tabs; OCR and some viewers turn them
 * into runs of spaces ("1  全面健全…  县委组织部  持续推进") or into full-width spaces
 * ("1　全面健全…　县委组织部"). Any of these counts as a column gap. A single ASCII space does
 * not: it is how headings read ("(一) 充分发挥…") and how OCR spaces figures ("2023 年").
 */
import type { SourceLine } from './index';

export interface Cell {
  /** The cell's text, trimmed. */
  text: string;
  /** Index in the line where the trimmed text starts. */
  start: number;
  /** Index in the line just past the trimmed text. */
  end: number;
}

const IDEOGRAPHIC_SPACE = 0x3000;

/**
 * Split a line into cells. With tabs, empty cells between them are kept, so column places hold
 * (`positional`); with space gaps only the filled cells come back. Give the SourceLine (not only
 * its view) so that a single full-width space counts as a gap too.
 */
export function splitCells(line: string | SourceLine): Cell[] {
  const view = typeof line === 'string' ? line : line.view;
  const raw = typeof line === 'string' ? null : line.raw;
  if (view.includes('\t')) return cellsBetweenTabs(view);
  return cellsBetweenGaps(view, raw).filter((cell) => cell.text !== '');
}

/** Whether a line's cells keep their column places (tabs), rather than being only the filled ones. */
export function isPositional(line: string | SourceLine): boolean {
  return (typeof line === 'string' ? line : line.view).includes('\t');
}

function cellsBetweenTabs(view: string): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (let index = view.indexOf('\t'); index >= 0; index = view.indexOf('\t', index + 1)) {
    cells.push(trimmedCell(view, from, index));
    from = index + 1;
  }
  cells.push(trimmedCell(view, from, view.length));
  return cells;
}

/** Runs of blanks (the view folds every space kind to ' '): two or more, or one full-width space. */
function cellsBetweenGaps(view: string, raw: string | null): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  let index = 0;
  while (index < view.length) {
    if (view.charCodeAt(index) !== 0x20) {
      index++;
      continue;
    }
    let end = index;
    while (end < view.length && view.charCodeAt(end) === 0x20) end++;
    const wide = raw !== null && end - index === 1 && raw.charCodeAt(index) === IDEOGRAPHIC_SPACE;
    if (end - index >= 2 || wide) {
      cells.push(trimmedCell(view, from, index));
      from = end;
    }
    index = end;
  }
  cells.push(trimmedCell(view, from, view.length));
  return cells;
}

function trimmedCell(view: string, from: number, to: number): Cell {
  let start = from;
  let end = to;
  while (start < end && isBlankCode(view.charCodeAt(start))) start++;
  while (end > start && isBlankCode(view.charCodeAt(end - 1))) end--;
  return { text: view.slice(start, end), start, end };
}

function isBlankCode(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

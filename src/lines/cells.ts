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
export interface CellOptions {
  /** The table is ruled (its rows had bars): any bar of a line without tabs parts cells ("服务。｜卫健局"). */
  ruled?: boolean;
}

export function splitCells(line: string | SourceLine, options: CellOptions = {}): Cell[] {
  const view = typeof line === 'string' ? line : line.view;
  const raw = typeof line === 'string' ? null : line.raw;
  if (view.includes('\t')) return cellsBetweenTabs(view);
  if (isBarred(view, options)) return cellsBetweenPipes(view);
  return cellsBetweenGaps(view, raw).filter((cell) => cell.text !== '');
}

/** Whether a line's cells keep their column places (tabs, ruled borders), rather than being only the filled ones. */
export function isPositional(line: string | SourceLine, options: CellOptions = {}): boolean {
  const view = typeof line === 'string' ? line : line.view;
  return view.includes('\t') || isBarred(view, options);
}

function isBarred(view: string, options: CellOptions): boolean {
  if (isPipeRow(view)) return true;
  if (!options.ruled) return false;
  BARS.lastIndex = 0;
  return BARS.test(view);
}

/** A row of a ruled or Markdown table (bars, no tabs). */
export function isRuledRow(view: string): boolean {
  return !view.includes('\t') && isPipeRow(view);
}

/**
 * OCR of a ruled table, or a table pasted as Markdown, keeps its borders as bars:
 * "| 1 | 完善… | 县民政局 | 持续推进 |", "1｜完善…｜县民政局｜持续推进", "｜健全机制。｜县财政局". A line
 * without tabs that holds two bars, starts with one, or has one after its row number, is such a
 * row; one bar inside a sentence ("数据共享|目录") or inside a tab-separated cell stays text.
 */
const BARS = /[|｜│┃]/g;
/** "27｜支持…": the first line of a wrapped ruled row holds the number's bar only. */
const ROW_NUMBER_BAR = /^\d{1,4} ?[|｜│┃]/;
function isPipeRow(view: string): boolean {
  const text = view.trim();
  if (text.length === 0) return false;
  // Ending with a bar alone is not enough: a sentence cut after "数据共享|" ends so too.
  if (isBar(text.charCodeAt(0)) || ROW_NUMBER_BAR.test(text)) return true;
  BARS.lastIndex = 0;
  let count = 0;
  while (count < 2 && BARS.exec(text)) count++;
  return count >= 2;
}

/**
 * A bar that parts the cells of a ruled row is a column gap, like a tab: it belongs to no cell.
 * (A bar that is text sits inside a cell, so the nothing-lost check finds it covered anyway.)
 */
export function isCellBorder(view: string, column: number): boolean {
  return isBar(view.charCodeAt(column)) && !view.includes('\t');
}

function isBar(code: number): boolean {
  return code === 0x7c || code === 0xff5c || code === 0x2502 || code === 0x2503;
}

/**
 * Cells between bars, empty ones kept (they hold column places). A row bordered on both sides
 * ("| 1 | … |") loses the empty ends outside its border; "｜｜卫健局" has no border: its first
 * two cells are the empty number and text cells.
 */
function cellsBetweenPipes(view: string): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (let index = 0; index <= view.length; index++) {
    if (index < view.length && !isBar(view.charCodeAt(index))) continue;
    cells.push(trimmedCell(view, from, index));
    from = index + 1;
  }
  const text = view.trim();
  if (cells.length >= 2 && isBar(text.charCodeAt(0)) && isBar(text.charCodeAt(text.length - 1))) {
    cells.shift();
    cells.pop();
  }
  return cells;
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

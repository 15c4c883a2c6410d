/**
 * A table row copied out of a PDF keeps its columns as tabs; OCR and some viewers turn them
 * into runs of spaces ("1  全面健全…  县委组织部  持续推进"). Either counts as a column gap.
 * A single space does not: it is how headings read ("(一) 充分发挥…").
 */
export interface Cell {
  /** The cell's text, trimmed. */
  text: string;
  /** Index in the line where the trimmed text starts. */
  start: number;
  /** Index in the line just past the trimmed text. */
  end: number;
}

const TAB_GAP = /\t/;
const SPACE_GAP = / {2,}/g;

/** Split a line's view into cells; empty cells between tabs are kept, so column places hold. */
export function splitCells(view: string): Cell[] {
  if (TAB_GAP.test(view)) return cellsBetween(view, /\t/g);
  return cellsBetween(view, SPACE_GAP).filter((cell) => cell.text !== '');
}

function cellsBetween(view: string, gap: RegExp): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  gap.lastIndex = 0;
  for (let match = gap.exec(view); match; match = gap.exec(view)) {
    cells.push(trimmedCell(view, from, match.index));
    from = match.index + match[0].length;
  }
  cells.push(trimmedCell(view, from, view.length));
  return cells;
}

function trimmedCell(view: string, from: number, to: number): Cell {
  let start = from;
  let end = to;
  while (start < end && view.charCodeAt(start) === 0x20) start++;
  while (end > start && view.charCodeAt(end - 1) === 0x20) end--;
  return { text: view.slice(start, end), start, end };
}

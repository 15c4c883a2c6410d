/**
 * Section (一、) and subsection (（一）) headings of a table plan, as copies leave them: on one
 * line, with stray cells after them ("一、健全…⇥⇥〔以下均需…〕"), with the marker alone on its
 * line and the words on the next ("一、" / "健全党建引领机制"), or wrapped over two lines
 * ("（一）充分发挥基层党组织领导" / "核心作用"). A heading read over several lines is one leaf whose
 * value is the source between its ends, line breaks included.
 */
import { foldWidth, type SourceLine } from '../lines';
import { splitCells, type Cell as LineCell } from '../lines/cells';
import { isPageNumber } from '../classify/furniture';
import { readTableHeader } from '../classify/table-header';
import { matchBareMarker, matchNumberCell, matchSectionHeading, matchSubsectionHeading } from '../classify/plan-lines';
import { looksLikeDeadline, looksLikeUnits } from '../classify/cell-kinds';
import { enclose } from './position';
import type { Heading, Section, Subsection } from './types';

export interface HeadingRead {
  level: 'section' | 'subsection';
  number: number;
  label: string;
  leaf: Heading;
  /** Index of the last line the heading takes. */
  last: number;
}

export interface OpenHeading {
  leaf: Heading;
  owners: (Section | Subsection)[];
  first: number;
  last: number;
  startColumn: number;
}

export function readHeadingAt(lines: SourceLine[], index: number, filled: LineCell[]): HeadingRead | null {
  const head = filled[0];
  if (!head || matchNumberCell(head.text)) return null;
  const bare = matchBareMarker(head.text);
  if (bare) {
    if (filled.length > 1) return { ...bare, leaf: leafBetween(lines, index, head.start, index, filled[filled.length - 1]!.end), last: index };
    const next = nextFilled(lines, index);
    if (next >= 0 && isHeadingWords(lines[next]!)) {
      const words = splitCells(lines[next]!).filter((cell) => cell.text !== '');
      return { ...bare, leaf: leafBetween(lines, index, head.start, next, words[words.length - 1]!.end), last: next };
    }
    return { ...bare, leaf: leafBetween(lines, index, head.start, index, head.end), last: index };
  }
  const section = matchSectionHeading(head.text);
  const subsection = section ? null : matchSubsectionHeading(head.text);
  const marker = section ?? subsection;
  if (!marker) return null;
  // Cells after the heading: a remark on it, or its words after a wide gap — not a row's units and time.
  if (filled.slice(1).some((cell) => !/^[〔[【［(（]/.test(cell.text) && (looksLikeUnits(cell.text) || looksLikeDeadline(cell.text)))) return null;
  const level = section ? 'section' : 'subsection';
  return { level, number: marker.number, label: marker.label, leaf: leafBetween(lines, index, head.start, index, filled[filled.length - 1]!.end), last: index };
}

/** A heading's words on a line of their own: one short cell that is no row, header or sentence. */
function isHeadingWords(line: SourceLine): boolean {
  const text = line.view.trim();
  const filled = splitCells(line).filter((cell) => cell.text !== '');
  if (filled.length !== 1 || text.length > 60 || /[。；]/.test(text)) return false;
  if (isPageNumber(text) || readTableHeader(text) || /^\d/.test(text)) return false;
  return !matchBareMarker(text) && !matchSectionHeading(text) && !matchSubsectionHeading(text);
}

/**
 * The heading goes on below: its words after a bare marker, or the rest of a wrapped heading —
 * a short line, before any row, that is no sentence, units or time.
 */
export function wrapsHeading(open: OpenHeading, line: SourceLine, filled: LineCell[]): boolean {
  if (filled.length !== 1) return false;
  const text = filled[0]!.text;
  if (matchBareMarker(foldWidth(open.leaf.value).trim())) return isHeadingWords(line);
  if (text.length > 30 || /[。；;：:]/.test(text) || /^[\d〔[【［(（]/.test(text)) return false;
  if (/[。；;，,：:、]$/.test(open.leaf.value.trim()) || looksLikeUnits(text) || looksLikeDeadline(text)) return false;
  return !readTableHeader(line.view.trim());
}

/** The heading's next line: joined to its leaf when only blank lines stand between, else a leaf of its own. */
export function continueHeading(open: OpenHeading, lines: SourceLine[], index: number, cell: LineCell): void {
  let adjacent = true;
  for (let between = open.last + 1; between < index; between++) if (lines[between]!.view.trim() !== '') adjacent = false;
  const leaf = adjacent ? leafBetween(lines, open.first, open.startColumn, index, cell.end) : leafBetween(lines, index, cell.start, index, cell.end);
  if (adjacent) {
    open.leaf.value = leaf.value;
    open.leaf.position = leaf.position;
  } else {
    // A page break between: the words are a heading leaf of their own, after the furniture.
    (open.owners[0]!.children as unknown[]).push(leaf);
    open.leaf = leaf;
    open.first = index;
    open.startColumn = cell.start;
  }
  open.last = index;
  for (const owner of open.owners) owner.position = enclose([owner, leaf], owner.position);
}

function nextFilled(lines: SourceLine[], index: number): number {
  for (let next = index + 1; next < lines.length; next++) if (lines[next]!.view.trim() !== '') return next;
  return -1;
}

/** The source from (first, from) to (last, to) as one leaf, the line breaks between kept. */
export function leafBetween(lines: SourceLine[], first: number, from: number, last: number, to: number): Heading {
  let value = '';
  for (let index = first; index <= last; index++) {
    const line = lines[index]!;
    value += line.raw.slice(index === first ? from : 0, index === last ? to : line.raw.length);
    if (index < last) value += line.eol;
  }
  const start = lines[first]!;
  const end = lines[last]!;
  return {
    type: 'heading',
    value,
    position: {
      start: { line: start.line, column: from + 1, offset: start.start + from },
      end: { line: end.line, column: to + 1, offset: end.start + to },
    },
  };
}

import type { Position } from '../model/schema';
import type { SourceLine } from '../lines';

/** The position of `line.raw.slice(from, to)`. */
export function spanOf(line: SourceLine, from = 0, to = line.raw.length): Position {
  return {
    start: { line: line.line, column: from + 1, offset: line.start + from },
    end: { line: line.line, column: to + 1, offset: line.start + to },
  };
}

/** The position of a line's text without its leading and trailing blanks. */
export function trimmedSpanOf(line: SourceLine): Position {
  const view = line.view;
  let from = 0;
  let to = view.length;
  while (from < to && /\s/.test(view[from]!)) from++;
  while (to > from && /\s/.test(view[to - 1]!)) to--;
  return spanOf(line, from, to);
}

export function mergePositions(first: Position, last: Position): Position {
  return { start: first.start, end: last.end };
}

/** The position covering a parent's children. */
export function enclose(children: readonly { position: Position }[], fallback: Position): Position {
  const first = children[0];
  const last = children[children.length - 1];
  return first && last ? mergePositions(first.position, last.position) : fallback;
}

/**
 * The nothing-lost check: the tree's leaves, read in source order, must hold every
 * non-blank character of the input. Returns the lines whose text no leaf holds.
 */
import type { SourceLine } from '../lines';
import { isSpaceCode } from '../lines/chars';
import { isCellBorder } from '../lines/cells';
import type { Root } from './types';
import { leaves } from './walk';

export function unaccountedLines(tree: Root, lines: SourceLine[]): SourceLine[] {
  const covered = leaves(tree)
    .map((leaf) => leaf.position)
    .sort((a, b) => a.start.offset - b.start.offset);
  const missing: SourceLine[] = [];
  let cursor = 0;
  for (const line of lines) {
    const view = line.view;
    for (let column = 0; column < view.length; column++) {
      if (isSpaceCode(view.charCodeAt(column)) || isCellBorder(view, column)) continue;
      const offset = line.start + column;
      while (cursor < covered.length && covered[cursor]!.end.offset <= offset) cursor++;
      const span = covered[cursor];
      if (!span || span.start.offset > offset) {
        missing.push(line);
        break;
      }
      column = span.end.offset - line.start - 1; // the span holds everything up to its end
    }
  }
  return missing;
}

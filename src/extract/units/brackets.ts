/**
 * Bracket pairing. Unit cells nest separators inside brackets (`各县（市、区）人民政府` is one unit),
 * so splitting and remark-finding skip whatever a matched pair encloses. Kinds pair loosely
 * (OCR turns （ into 〔 now and then); a bracket left without a partner is reported and then
 * read as an ordinary character, so one stray `（` cannot swallow the rest of the cell.
 */
import { CodeSet } from '../../lines/chars';
import { CLOSERS, OPENERS } from './normalize';

export interface BracketScan {
  /** Offset of an opener → offset of its closer. */
  pairs: ReadonlyMap<number, number>;
  /** Offsets of brackets without a partner, in order. */
  unmatched: readonly number[];
}

const OPENER_CODES = new CodeSet(OPENERS);
const CLOSER_CODES = new CodeSet(CLOSERS);
const BRACKETS = new CodeSet(OPENERS + CLOSERS);
/** The scan of a text without brackets (most unit items), shared: scans are only read. */
const NO_BRACKETS: BracketScan = { pairs: new Map(), unmatched: [] };

/** Is the code one of the opening brackets a unit cell may use (（［〔【)? */
export function isOpenerCode(code: number): boolean {
  return OPENER_CODES.has(code);
}

export function scanBrackets(text: string): BracketScan {
  if (!BRACKETS.anyIn(text)) return NO_BRACKETS;
  const pairs = new Map<number, number>();
  const unmatched: number[] = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (OPENER_CODES.has(code)) stack.push(i);
    else if (CLOSER_CODES.has(code)) {
      const open = stack.pop();
      if (open === undefined) unmatched.push(i);
      else pairs.set(open, i);
    }
  }
  for (const open of stack) unmatched.push(open); // no spread: the stack may hold 10⁵ entries
  unmatched.sort((a, b) => a - b);
  return { pairs, unmatched };
}

/** The top-level pairs (not nested in another pair), as [open, close], in order. */
export function topLevelPairs(scan: BracketScan): [number, number][] {
  const all = [...scan.pairs.entries()].sort((a, b) => a[0] - b[0]);
  const top: [number, number][] = [];
  let reach = -1;
  for (const [open, close] of all) {
    if (open > reach) {
      top.push([open, close]);
      reach = close;
    }
  }
  return top;
}

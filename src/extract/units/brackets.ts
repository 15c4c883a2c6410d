/**
 * Bracket pairing. Unit cells nest separators inside brackets (`各县（市、区）人民政府` is one unit),
 * so splitting and remark-finding skip whatever a matched pair encloses. Kinds pair loosely
 * (OCR turns （ into 〔 now and then); a bracket left without a partner is reported and then
 * read as an ordinary character, so one stray `（` cannot swallow the rest of the cell.
 */
import { CLOSERS, OPENERS } from './normalize';

export interface BracketScan {
  /** Offset of an opener → offset of its closer. */
  pairs: Map<number, number>;
  /** Offsets of brackets without a partner, in order. */
  unmatched: number[];
}

export function scanBrackets(text: string): BracketScan {
  const pairs = new Map<number, number>();
  const unmatched: number[] = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (OPENERS.includes(char)) stack.push(i);
    else if (CLOSERS.includes(char)) {
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

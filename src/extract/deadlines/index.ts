/**
 * The deadline grammar: a cell such as “十四五”期间, 2023年6月底前, 持续推进 or 每年12月底前
 * becomes a Deadline; the dated phrases inside a task's text become Milestones.
 *
 * Like chrono-node's locale config: the text is normalized once (numerals.ts), every parser
 * runs its precompiled pattern over it once, and the refiners then drop overlaps, carry a
 * written year to the yearless phrases after it, join ranges, bound repeating phrases and
 * read prefix words. parseDeadline picks one hit (refiners/choose.ts); findMilestones keeps
 * every dated one.
 */
import type { Deadline, Milestone } from '../../model/schema';
import { CodeSet } from '../../lines/chars';
import { parseReference } from './calendar';
import { eachMatch } from './grammar';
import { normalize, type Normalized } from './numerals';
import { absoluteParser } from './parsers/absolute';
import { numericParser } from './parsers/numeric';
import { ongoingParser } from './parsers/ongoing';
import { planParser } from './parsers/plan';
import { dayRangeParser, monthRangeParser, yearRangeParser } from './parsers/range';
import { recurringParser } from './parsers/recurring';
import {
  currentYearParser,
  fromTodayParser,
  relativeMonthParser,
  relativeQuarterParser,
  relativeYearParser,
} from './parsers/relative';
import { yearlessParser } from './parsers/yearless';
import { carryYear } from './refiners/carry-year';
import { chooseDeadline } from './refiners/choose';
import { removeOverlaps } from './refiners/overlap';
import { applyPrefixes } from './refiners/prefix';
import { mergeRanges } from './refiners/range';
import { boundRecurring } from './refiners/recurring-span';
import type { DeadlineContext, Hit, Parser, Reference, Refiner, Scan } from './types';

export type { DeadlineContext } from './types';

export const PARSERS: readonly Parser[] = [
  absoluteParser,
  numericParser,
  relativeYearParser,
  currentYearParser,
  relativeMonthParser,
  relativeQuarterParser,
  fromTodayParser,
  yearlessParser,
  yearRangeParser,
  monthRangeParser,
  dayRangeParser,
  planParser,
  recurringParser,
  ongoingParser,
];

export const REFINERS: readonly Refiner[] = [
  removeOverlaps,
  carryYear,
  mergeRanges,
  boundRecurring,
  applyPrefixes,
];

interface Analysis {
  norm: Normalized;
  hits: Hit[];
}

/** The notice's date, read once for all the cells of a notice (they share one context). */
let lastReference: { date: string | null | undefined; ref: Reference | null } = { date: null, ref: null };

function referenceOf(context: DeadlineContext | undefined): Reference | null {
  const date = context?.referenceDate;
  if (date !== lastReference.date) lastReference = { date, ref: parseReference(date) };
  return lastReference.ref;
}

/**
 * The characters parsers need (Parser.needs), one bit each: a parser runs on a text holding one
 * of its characters; one without `needs` runs on every text.
 */
const NEEDED = [...new Set(PARSERS.flatMap((parser) => [...(parser.needs ?? '')]))].join('');
if (NEEDED.length > 31) throw new Error('deadlines: more needed characters than bits in a mask');
const NEEDED_CHARS = new CodeSet(NEEDED);
const maskOf = (chars: string): number => [...chars].reduce((mask, char) => mask | (1 << NEEDED.indexOf(char)), 0);
const NEEDS = PARSERS.map((parser) => (parser.needs === undefined ? null : maskOf(parser.needs)));

/** The needed characters `text` holds, as a mask. */
function neededCharsIn(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) if (NEEDED_CHARS.has(text.charCodeAt(i))) mask |= 1 << NEEDED.indexOf(text.charAt(i));
  return mask;
}

function analyse(text: string, context: DeadlineContext | undefined): Analysis {
  const norm = normalize(text);
  const scan: Scan = { text: norm.text, ref: referenceOf(context) };
  let hits: Hit[] = [];
  const held = neededCharsIn(norm.text);
  PARSERS.forEach((parser, index) => {
    const needs = NEEDS[index] ?? null;
    if (needs === null || (held & needs) !== 0) eachMatch(parser.pattern, norm.text, (m) => parser.extract(m, scan), hits);
  });
  // Every refiner maps no hits to none.
  if (hits.length > 0) for (const refine of REFINERS) hits = refine(hits, scan);
  return { norm, hits };
}

function fields(hit: Hit): Omit<Deadline, 'raw'> {
  return { kind: hit.kind, start: hit.start, end: hit.end, cycle: hit.kind === 'recurring' ? (hit.cycle ?? null) : null };
}

/**
 * One cell's deadline. Never throws: null, empty or unrecognised text is `unspecified`
 * (raw kept, trimmed; null when nothing is written).
 */
export function parseDeadline(raw: string | null | undefined, context?: DeadlineContext): Deadline {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text === '') return { raw: null, kind: 'unspecified', start: null, end: null, cycle: null };
  const chosen = chooseDeadline(analyse(text, context).hits);
  if (!chosen) return { raw: text, kind: 'unspecified', start: null, end: null, cycle: null };
  return { raw: text, ...fields(chosen) };
}

/**
 * For hits in text order, whether each starts inside a title in 《》 (规划（2021—2025年）is a
 * name, not a target). One sweep over the text.
 */
function titleFlags(text: string, hits: Hit[]): boolean[] {
  const flags: boolean[] = [];
  let depth = 0;
  let at = 0;
  for (const hit of hits) {
    for (; at < hit.from; at++) {
      const ch = text.charCodeAt(at);
      if (ch === 0x300a) depth += 1; // 《
      else if (ch === 0x300b && depth > 0) depth -= 1; // 》
    }
    flags.push(depth > 0);
  }
  return flags;
}

/**
 * The dated phrases of a task's text (到2025年, 2025年底前, 2023年), in order, each with its
 * offset in `text`. Undated wording (每年, 持续) and plain numbers (100%, 15分钟) are not milestones.
 */
/** Every dated phrase holds one of these (年, 月, 季, 期, 十四五, 2024.6.30); most task texts hold none. */
const MAY_HOLD_A_DATE = /[年月日季旬期]|[一二三四五]五|\d{4}[./-]/;
/** A character every text MAY_HOLD_A_DATE matches holds: one scan by code rules most texts out. */
const DATE_CHARS = new CodeSet('年月日季旬期五./-');

export function findMilestones(text: string, context?: DeadlineContext): Milestone[] {
  if (typeof text !== 'string' || text === '' || !DATE_CHARS.anyIn(text) || !MAY_HOLD_A_DATE.test(text)) return [];
  const { norm, hits } = analyse(text, context);
  const inTitle = titleFlags(norm.text, hits);
  const out: Milestone[] = [];
  hits.forEach((hit, i) => {
    if (!hit.dated || (hit.start === null && hit.end === null) || inTitle[i]) return;
    const offset = norm.starts[hit.from] ?? 0;
    const stop = norm.ends[hit.to - 1] ?? offset;
    out.push({ raw: text.slice(offset, stop), ...fields(hit), offset });
  });
  return out;
}

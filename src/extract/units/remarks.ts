/**
 * Remarks among the units: `〔以下均需各乡（镇）人民政府落实，不再列出。各有关责任单位按职责分工负责，下同〕`.
 * A bracket is a remark by its wording (以下, 下同, 不再列出, 按职责, 负责 …), not by a list; a bracket
 * without such words belongs to a name (`各乡（镇）`, `（筹）`). A cell may also be a remark with no
 * brackets at all: `具体任务均涉及各县（市、区）人民政府，不再做分工，下同`.
 */
import type { UnitRemark } from './types';
import { scanBrackets, topLevelPairs, type BracketScan } from './brackets';
import { stripDutyPhrases } from './duty';
import { foldPunctuation } from './normalize';
import { carryPrefix, endsLikeUnit, isBlanket } from './prefix';
import { isRoleMark } from './roles';
import { joinSharedTails } from './shared-tail';
import { splitFolded } from './split';
// OCR spaces words out ("以 下均需…不 再列出"): remark words are read with those blanks closed up.
import { closeUp } from '../../classify/spaced';
import { BLANKET_WORDS, OBLIGATION, PLAN_SCOPE_WORDS, REMARK_WORDS, SCOPE_LEAD, SECTION_SCOPE_WORDS } from '../../lexicon/remarks';

const SPACE = /\s/;
const SPACES = /\s+/g;

/** Where a remark stands: among a task's units, on a section's heading, or on a line of its own. */
export type RemarkPlace = 'cell' | 'heading' | 'line';

/**
 * How far a remark reaches, the one rule for every place: its words say so (本部分 → its section,
 * 以下/下同/不再 → the rest of the plan); without such words a remark speaks for where it stands —
 * its task, its heading's section, or (on a line of its own) what follows in the plan.
 */
export function remarkScope(text: string, place: RemarkPlace = 'cell'): UnitRemark['scope'] {
  if (SECTION_SCOPE_WORDS.test(text)) return 'rest-of-section';
  if (PLAN_SCOPE_WORDS.test(text)) return 'rest-of-plan';
  return place === 'heading' ? 'rest-of-section' : place === 'line' ? 'rest-of-plan' : 'this-task';
}

function looksLikeUnit(name: string): boolean {
  return name.length > 1 && name.length <= 40 && !BLANKET_WORDS.test(name) && (endsLikeUnit(name) || isBlanket(name));
}

function unitsIn(text: string): string[] {
  const groups = splitFolded(text).groups.map((group) =>
    joinSharedTails(group.map((item) => stripDutyPhrases(item.text))).map((item) => item.name),
  );
  return carryPrefix(groups).filter(looksLikeUnit);
}

/** The units a remark hands to the tasks it governs (may be none: `各有关责任单位按职责分工负责`). */
export function inheritedUnits(remark: string): string[] {
  const found: string[] = [];
  for (const group of splitFolded(foldPunctuation(remark)).groups) {
    const clause = group.map((item) => item.text).join('、');
    const match = OBLIGATION.exec(clause);
    if (!match) continue;
    const after = unitsIn(clause.slice(match.index + match[0].length));
    const named = after.length > 0 ? after : unitsIn(clause.slice(0, match.index).replace(SCOPE_LEAD, ''));
    for (const name of named) if (!found.includes(name)) found.push(name);
  }
  return found;
}

export interface RemarkScan {
  remarks: UnitRemark[];
  /** The folded text with every remark replaced by line breaks (same length, so offsets hold). */
  masked: string;
}

/**
 * Could an item of `masked`'s split hold a strong word? Items are its slices with spaces taken
 * out, so a word in an item is a word in the text once its spaces are gone. Most cells hold
 * none, and skip the split.
 */
function mayHoldStrongWord(masked: string): boolean {
  return BLANKET_WORDS.test(SPACE.test(masked) ? masked.replace(SPACES, '') : masked);
}

/** `raw` is the text as written, `folded` its foldPunctuation (same length), `scan` its brackets. */
export function findRemarks(raw: string, folded: string, scan: BracketScan = scanBrackets(folded)): RemarkScan {
  const spans: [number, number][] = [];
  if (scan.pairs.size > 0) {
    for (const [open, close] of topLevelPairs(scan)) {
      const content = folded.slice(open + 1, close);
      if (!isRoleMark(content) && REMARK_WORDS.test(closeUp(content))) spans.push([open, close + 1]);
    }
  }
  let masked = spans.length > 0 ? mask(folded, spans) : folded;
  // A remark without brackets runs from the clause holding a remark word up to the next remark or the end.
  const bracketed = spans.length;
  const groups = mayHoldStrongWord(masked) ? splitFolded(masked).groups : [];
  for (const group of groups) {
    const first = group[0];
    if (first === undefined || !group.some((item) => BLANKET_WORDS.test(closeUp(item.text)))) continue;
    const stop = masked.indexOf('\n', first.offset);
    let end = stop < 0 ? masked.length : stop;
    while (end > first.offset && /\s/.test(masked[end - 1] as string)) end--;
    spans.push([first.offset, end]);
    masked = mask(masked, [[first.offset, end]]);
    break;
  }
  const remarks = spans.map(([start, end], index): UnitRemark => {
    const text = raw.slice(start, end);
    const body = closeUp(index < bracketed ? folded.slice(start + 1, end - 1) : folded.slice(start, end));
    return { raw: text, inherited: inheritedUnits(body), scope: remarkScope(body), offset: start };
  });
  remarks.sort((a, b) => a.offset - b.offset);
  return { remarks, masked };
}

/** Replace each span with line breaks (a group separator), in one pass: spans are sorted and disjoint. */
function mask(text: string, spans: [number, number][]): string {
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    parts.push(text.slice(at, start), '\n'.repeat(end - start));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The remark step alone, on a cell as written. */
export function extractRemarks(raw: string): RemarkScan {
  return findRemarks(raw, foldPunctuation(raw));
}

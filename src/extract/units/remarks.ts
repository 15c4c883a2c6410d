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

/** Words that make a bracket a remark. */
const REMARK_WORDS = /以下|以上|下同|同上|后同|均需|均须|均由|均涉及|不再|职责|负责|落实|牵头|配合|协助|参与|本部分|本章|本节|分工|有关单位|有关部门|涉及|需要|需由|注：/;
/** Words that make an unbracketed clause a remark (duty words alone do not: they follow units). */
const STRONG_WORDS = /以下|下同|同上|后同|均需|均须|均涉及|均由|不再|本部分|本章|本节|本大项|具体任务|各项任务/;
const SECTION_WORDS = /本部分|本章|本节|本篇|本大项|本板块|本领域|本方面|此部分|该部分|这部分/;
const PLAN_WORDS = /以下|下同|后同|以后|不再/;
/** Who the remark makes implicit follows one of these: 均需各乡（镇）人民政府落实, 均涉及各县（市、区）人民政府. */
const OBLIGATION = /均需要|均需|均须|需要|需由|需|须|均由|统一由|(?<!自)由|均涉及|涉及|均要求|要求/;
const SPACE = /\s/;
const SPACES = /\s+/g;
const SCOPE_LEAD = /^(以下|以上|上述|本部分|本章|本节|本项|具体)?(的)?(各项|所有|全部)?(任务|工作)?(均|都)?/;

export function remarkScope(text: string): UnitRemark['scope'] {
  if (SECTION_WORDS.test(text)) return 'rest-of-section';
  if (PLAN_WORDS.test(text)) return 'rest-of-plan';
  return 'this-task';
}

function looksLikeUnit(name: string): boolean {
  return name.length > 1 && name.length <= 40 && !STRONG_WORDS.test(name) && (endsLikeUnit(name) || isBlanket(name));
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
  return STRONG_WORDS.test(SPACE.test(masked) ? masked.replace(SPACES, '') : masked);
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
    if (first === undefined || !group.some((item) => STRONG_WORDS.test(closeUp(item.text)))) continue;
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

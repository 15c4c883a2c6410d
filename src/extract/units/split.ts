/**
 * Splitting a unit cell: groups on ，；。, line breaks and gaps of 2+ spaces, items inside a group
 * on 、 (and / or ． where a notice uses them so). Whatever a bracket pair encloses is never split:
 * `各县（市、区）人民政府` stays one item. `县委组织部、文明办，县总工会` → [[县委组织部, 文明办], [县总工会]].
 */
import { CodeSet, isSpaceCode } from '../../lines/chars';
import { isOpenerCode, scanBrackets } from './brackets';
import { foldPunctuation, tidyName } from './normalize';
import { detectPrefix, endsLikeUnit } from './prefix';

export interface UnitItem {
  /** The item tidied (OCR spaces out, brackets full-width); may still carry duty words. */
  text: string;
  /** Offset of the item's first character in the input. */
  offset: number;
}

export interface SplitProblem {
  message: string;
  ruleId: 'units-empty-item';
  offset: number;
}

export interface SplitResult {
  groups: UnitItem[][];
  problems: SplitProblem[];
}

const GROUP_MARKS = new CodeSet('，；。');
const ITEM_MARKS = new CodeSet('、/．');
const HARD_BREAKS = new CodeSet('\n\r\t\v\f');

/** `县  民政局`: a gap after a bare level is OCR noise too, since no unit is named 县 alone. */
const BARE_LEVEL = /^(中共)?[省市县区州]委?$/;

type Mark = 'group' | 'item' | 'gap' | 'edge';

/**
 * A single space is OCR noise unless it sits between a whole name and a new prefixed one
 * (`县民政局 县财政局`). A name of two characters before it is read as the head of a longer
 * one (`人行 清源市分行`), since a prefixed name is three characters or more.
 */
function singleSpaceSeparates(text: string, at: number, itemStart: number): boolean {
  const before = text[at - 1];
  if (before === undefined || !endsLikeUnit(before) || text.slice(itemStart, at).replace(/\s/g, '').length < 3) return false;
  const after = text.slice(at + 1, at + 17);
  return /^(各|中共|有关)/.test(after) || detectPrefix(after) !== null;
}

/** Split already folded text; offsets are `base` + index in `text`. */
export function splitFolded(text: string, base = 0): SplitResult {
  const { pairs } = scanBrackets(text);
  const groups: UnitItem[][] = [];
  const problems: SplitProblem[] = [];
  let group: UnitItem[] = [];
  let itemStart = 0;
  let before: Mark = 'edge';
  let groupBefore: Mark = 'edge';
  let emptyItems: number[] = [];

  const endItem = (end: number, after: Mark) => {
    const slice = text.slice(itemStart, end);
    const name = tidyName(slice).trim();
    const lead = slice.length - slice.trimStart().length;
    if (name !== '') group.push({ text: name, offset: base + itemStart + lead });
    else if (before === 'item' || after === 'item') emptyItems.push(base + itemStart);
    before = after;
  };
  const endGroup = (after: Mark, at: number) => {
    if (group.length > 0) {
      groups.push(group);
      for (const offset of emptyItems) problems.push({ message: 'empty unit item between separators', ruleId: 'units-empty-item', offset });
    } else if (groupBefore === 'group' && after === 'group') {
      problems.push({ message: 'empty unit group between separators', ruleId: 'units-empty-item', offset: base + at });
    }
    group = [];
    emptyItems = [];
    groupBefore = after;
    before = 'edge';
  };

  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const close = isOpenerCode(code) ? pairs.get(i) : undefined;
    if (close !== undefined) {
      i = close;
      continue;
    }
    let mark: Mark | null = null;
    let next = i + 1;
    if (GROUP_MARKS.has(code)) mark = 'group';
    else if (ITEM_MARKS.has(code)) mark = 'item';
    else if (isSpaceCode(code)) {
      let j = i;
      while (j + 1 < text.length && isSpaceCode(text.charCodeAt(j + 1))) j++;
      const hard = HARD_BREAKS.has(code) || (j > i && !(i - itemStart < 8 && BARE_LEVEL.test(text.slice(itemStart, i).trim())));
      if (hard || singleSpaceSeparates(text, i, itemStart)) mark = 'gap';
      next = j + 1;
      if (mark === null) {
        i = j;
        continue;
      }
    }
    if (mark === null) continue;
    if (mark === 'item') endItem(i, 'item');
    else {
      endItem(i, mark);
      endGroup(mark, i);
    }
    itemStart = next;
    i = next - 1;
  }
  endItem(text.length, 'edge');
  endGroup('edge', text.length);
  return { groups, problems };
}

/** Groups of items, as strings: the split step alone (no remarks, roles or prefixes). */
export function splitUnits(raw: string): string[][] {
  return splitFolded(foldPunctuation(raw)).groups.map((group) => group.map((item) => item.text));
}

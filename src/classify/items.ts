/**
 * Numbered items of a prose plan, by level as official documents nest them (GB/T 9704):
 * 一、 → （一） → 1. → （1） → ①. A prose plan puts its tasks at one of these levels; which one
 * is decided later, from where the unit attributions stand.
 */
import { CHINESE_NUMERAL, chineseToNumber, circledToNumber } from './numerals';
import { execSpaced } from './spaced';
import { labelWords } from '../lexicon/labels';

/** 0 is 第一部分 / 第一章, above 一、 */
export type ItemLevel = 0 | 1 | 2 | 3 | 4 | 5;

export interface ItemMarker {
  level: ItemLevel;
  number: number;
  label: string;
  /** Characters the marker takes at the start of the (trimmed) line. */
  length: number;
}

const LEVEL_1 = new RegExp(`^(${CHINESE_NUMERAL}) ?[、，,.．] ?`);
const LEVEL_2 = new RegExp(`^[(（] ?(${CHINESE_NUMERAL}) ?[)）] ?[、.．]? ?`);
const LEVEL_3 = /^(\d{1,3})(?:[.、．](?!\d) ?| (?=[\u4e00-\u9fff“"《]))/;
const LEVEL_4 = /^[(（] ?(\d{1,3}) ?[)）] ?/;
const LEVEL_5 = /^[\u2460-\u2473] ?/;

/** 第一部分 / 第一章 style markers head the parts above 一、. */
const ORDINAL_HEADING = new RegExp(`^第 ?(${CHINESE_NUMERAL}) ?(?:部 ?分|章|篇) ?`);

export function matchItemMarker(text: string): ItemMarker | null {
  let match = ORDINAL_HEADING.exec(text);
  if (match) return marker(0, chineseToNumber(match[1]!), match[0].replace(/\s/g, ''), match[0].length);
  match = LEVEL_1.exec(text);
  if (match) return marker(1, chineseToNumber(match[1]!), `${match[1]}、`, match[0].length);
  match = LEVEL_2.exec(text);
  if (match) return marker(2, chineseToNumber(match[1]!), `（${match[1]}）`, match[0].length);
  match = LEVEL_4.exec(text);
  if (match) return marker(4, Number(match[1]), `（${match[1]}）`, match[0].length);
  match = LEVEL_3.exec(text);
  if (match && !/^\d{1,3} ?[年月日个项条%万亿元岁名人次天分户家]/.test(text)) {
    return marker(3, Number(match[1]), `${match[1]}.`, match[0].length);
  }
  match = LEVEL_5.exec(text);
  if (match) return marker(5, circledToNumber(text.charAt(0)), text.charAt(0), match[0].length);
  return null;
}

function marker(level: ItemLevel, number: number | null, label: string, length: number): ItemMarker | null {
  return number ? { level, number, label, length } : null;
}

/**
 * A line that only labels a field of the task above it:
 * "责任单位：市发改委、市财政局", "牵头单位：…", "完成时限：2024年底前".
 */
export const FIELD_LABEL = new RegExp(
  `^[【[]?(${labelWords('units', 'deadline', 'leader').join('|')})[】\\]]? ?[:：] ?`,
);

export function matchFieldLabel(text: string): { label: string; length: number } | null {
  const spaced = execSpaced(FIELD_LABEL, text);
  return spaced ? { label: spaced.match[1]!, length: spaced.length } : null;
}

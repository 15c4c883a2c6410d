/**
 * How organ names end: 县民政局, 市委组织部, 县委党校, 县广播电视台, 各乡（镇）人民政府, 国网…供电公司.
 * Every reader that asks "does this read like a unit?" (table cells, inline brackets, prefixes,
 * remarks) asks it of this one list: a new ending is one line here.
 */
import { CodeSet } from '../lines/chars';

/** Whole endings, longest first where one ends another (中心 before 心 would never be listed alone). */
export const ORGAN_ENDINGS: readonly string[] = [
  // government and party organs
  '局', '委', '办', '部', '院', '厅', '署', '处', '室', '政府', '办公室', '管委会', '工委',
  // bodies that are not bureaus
  '中心', '会', '社', '所', '站', '队', '馆', '台', '校', '党校', '组', '团', '联', '协', '庭',
  // enterprises and branches
  '公司', '集团', '行', '分行', '支行',
  // the words for a unit itself
  '单位', '部门', '机关',
];

/** The last character of some ending: a name ending in none of them ends like no organ. */
export const ORGAN_FINALS = new CodeSet(ORGAN_ENDINGS.map((ending) => ending.slice(-1)).join(''));

/** An ending at the end of a text, an alias or short note in brackets allowed after it: 市委宣传部（市文明办）. */
export const ORGAN_END = new RegExp(`(?:${[...ORGAN_ENDINGS].sort((a, b) => b.length - a.length).join('|')})(?:[)）].{0,6})?$`);

/** Does `name` end like an organ (its last character ends some organ ending)? */
export function endsLikeOrgan(name: string): boolean {
  return name !== '' && ORGAN_FINALS.has(name.charCodeAt(name.length - 1));
}

/**
 * Task texts open with a verb (推进…单位、…场所); organ names do not. A clause may open with a
 * function word (和, 在, 对 …); an organ's name, or the cut-off end of one, does not.
 */
export const TASK_VERBS: readonly string[] = [
  '推进', '推动', '加强', '加快', '完善', '建立', '健全', '开展', '实施', '落实', '提高', '提升', '促进', '支持',
  '鼓励', '强化', '深化', '探索', '引导', '组织', '统筹', '整合', '优化', '规范', '做好', '抓好', '确保',
];
export const FUNCTION_WORD_STARTS = '和与及在对把将为并以从向由于的等使让';

/**
 * Line patterns of the task plan: section and subsection headings, task numbers, the
 * counts a notice declares. Anchored, linear, on the width-folded view.
 */
import { CHINESE_NUMERAL, chineseToNumber, circledToNumber } from './numerals';

export interface Marker {
  number: number;
  label: string;
  rest: string;
}

const SECTION = new RegExp(`^(${CHINESE_NUMERAL}) ?[、.，,] ?(.+)$`);
const SUBSECTION = new RegExp(`^[(（] ?(${CHINESE_NUMERAL}) ?[)）] ?[、.]? ?(.+)$`);

/** 一、健全党建引领机制 */
export function matchSectionHeading(text: string): Marker | null {
  const match = SECTION.exec(text);
  const number = match && chineseToNumber(match[1]!);
  return number ? { number, label: `${match[1]}、`, rest: match[2]!.trim() } : null;
}

/** (一) 充分发挥…, （一）… — half- and full-width alike. */
export function matchSubsectionHeading(text: string): Marker | null {
  const match = SUBSECTION.exec(text);
  const number = match && chineseToNumber(match[1]!);
  return number ? { number, label: `（${match[1]}）`, rest: match[2]!.trim() } : null;
}

/** A table's number cell: 1, 1., 12、 */
export function matchNumberCell(text: string): { number: number; label: string } | null {
  const match = /^(\d{1,5}) ?[.、．]?$/.exec(text);
  return match ? { number: Number(match[1]), label: match[0] } : null;
}

/** A numbered item in prose: 1. …, 1、…, （1）…, ①… */
export function matchNumberedItem(text: string): Marker | null {
  let match = /^(\d{1,3}) ?[.、．] ?(?!\d)(.+)$/.exec(text);
  if (match) return { number: Number(match[1]), label: `${match[1]}.`, rest: match[2]!.trim() };
  match = /^[(（] ?(\d{1,3}) ?[)）] ?(.+)$/.exec(text);
  if (match) return { number: Number(match[1]), label: `（${match[1]}）`, rest: match[2]!.trim() };
  const circled = circledToNumber(text.charAt(0));
  if (circled && text.length > 1) return { number: circled, label: text.charAt(0), rest: text.slice(1).trim() };
  return null;
}

/**
 * A heading's marker alone on its line, its words on the next ("一、" / "健全党建引领机制"): what a
 * PDF gives when the marker sits in a cell of its own or the heading wrapped right after it.
 */
const BARE_SECTION = new RegExp(`^(${CHINESE_NUMERAL}) ?[、.，,]$`);
const BARE_SUBSECTION = new RegExp(`^[(（] ?(${CHINESE_NUMERAL}) ?[)）] ?[、.]?$`);

export function matchBareMarker(text: string): { level: 'section' | 'subsection'; number: number; label: string } | null {
  let match = BARE_SECTION.exec(text);
  const section = match && chineseToNumber(match[1]!);
  if (section) return { level: 'section', number: section, label: `${match![1]}、` };
  match = BARE_SUBSECTION.exec(text);
  const subsection = match && chineseToNumber(match[1]!);
  return subsection ? { level: 'subsection', number: subsection, label: `（${match![1]}）` } : null;
}

/**
 * A number glued to a row's text when OCR lost the column gap: "18在村（居）民委员会…",
 * "18.在村…", "18、在村…", "18=SUM…". Only trusted when it is the number the table expects next, since text
 * may start with a figure ("2025年底前…").
 */
export function matchGluedNumber(text: string, expected: number): Marker | null {
  // Not before a figure's own continuation: 2.5, 5G, 10%, 3：1, 2/6.
  const match = /^(\d{1,4})(?: ?[.、．](?!\d) ?| ?)(?=[^\d\s.．,，:：/／A-Za-z%％])/.exec(text);
  if (!match || Number(match[1]) !== expected) return null;
  const rest = text.slice(match[0].length).trim();
  if (/^[年月日个项条%％万亿元岁名人次天]/.test(rest)) return null;
  return { number: expected, label: match[1]!, rest };
}

const DECLARED = new RegExp(
  `(\\d{1,3}|${CHINESE_NUMERAL}) ?(?:项|个|大|方面|部分)(?:方面|领域|板块)? ?(?:共 ?)?(\\d{1,4}|${CHINESE_NUMERAL}) ?(?:个|项|条)(?:主要|重点|具体)?(?:任务|措施|举措|工作)`,
);
const DECLARED_TASKS_ONLY = new RegExp(`(?:共|合计)? ?(\\d{1,4}) ?(?:个|项|条)(?:主要|重点|具体)(?:任务|措施|举措)`);

/** "8 项 99 个主要任务" → 8 sections, 99 tasks; "共 45 项重点任务" → 45 tasks. */
export function findDeclaredCounts(text: string): { sections: number | null; tasks: number | null } | null {
  const both = DECLARED.exec(text);
  if (both) return { sections: chineseToNumber(both[1]!), tasks: chineseToNumber(both[2]!) };
  const tasks = DECLARED_TASKS_ONLY.exec(text);
  return tasks ? { sections: null, tasks: Number(tasks[1]) } : null;
}

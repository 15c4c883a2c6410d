/**
 * Duty phrases written after (or before) a unit that are not part of its name:
 * `各设区市人民政府按职责分工负责` → 各设区市人民政府, `由县民政局负责落实` → 县民政局,
 * `县财政局等部门` → 县财政局. A trailing 等/等部门 only says the list is open-ended; the unit
 * named is what the task can be assigned to, so it is dropped, not kept as a blanket unit.
 */
import { CodeSet, isSpaceCode } from '../../lines/chars';

const TRAILING = [
  '按照职责分工负责', '根据职责分工负责', '按照职责分工落实', '按职能分工负责', '按职责分工负责', '按职责分工落实',
  '按照职责分工', '按职责分工', '按职责负责', '按职责落实', '按照职责', '根据职责', '依据职责', '按职责', '依职责',
  '各负其责', '分别负责', '共同负责', '分工负责', '具体负责', '负责落实', '抓好落实', '具体落实', '组织落实',
  '贯彻落实', '组织实施', '负责', '落实',
  '等有关部门', '等相关部门', '等有关单位', '等相关单位', '等部门', '等单位', '等',
].sort((a, b) => b.length - a.length);
/** Last characters of the phrases: a name ending in none of them has none to peel. */
const TRAILING_FINALS = new CodeSet(TRAILING.map((word) => word.slice(-1)).join(''));

const LEADING = ['均由', '统一由', '由', '请'];

export function stripDutyPhrases(item: string): string {
  let name = item.trim();
  for (const word of LEADING) {
    if (name.startsWith(word) && name.length > word.length + 1) {
      name = name.slice(word.length).trimStart();
      break;
    }
  }
  // Phrases stack (`县民政局等部门按职责分工负责`): peel until none is left, moving an end index so
  // hostile input (`等等等…`) stays linear.
  let end = name.length;
  for (let changed = true; changed; ) {
    changed = false;
    if (!TRAILING_FINALS.has(name.charCodeAt(end - 1))) break;
    for (const word of TRAILING) {
      if (name.endsWith(word, end)) {
        end -= word.length;
        while (end > 0 && isSpaceCode(name.charCodeAt(end - 1))) end--;
        changed = true;
        break;
      }
    }
  }
  return name.slice(0, end);
}

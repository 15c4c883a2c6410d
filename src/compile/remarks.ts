/**
 * What stands on a heading or on a line of its own besides task text: a blanket remark that
 * governs tasks ("一、构建…体系（具体任务均涉及各设区市人民政府，不再做分工，下同）",
 * "（以下任务均需各县（市、区）人民政府落实，不再列出）"), and the leaders a section answers to
 * ("一、…工作目标（牵头领导：周立新、韩雪梅）", "一、王丹县长牵头重点工作", a line
 * "牵头市领导：沈卫东、吴敏"). The remark is read by the same reader as in a unit cell
 * (src/extract/units/remarks.ts), its reach by the one scope rule there.
 */
import { extractRemarks, inheritedUnits, remarkScope, type RemarkPlace } from '../extract/units/remarks';
import type { UnitRemark } from '../extract/units';
import { trailingBracketGroup } from '../classify/attribution';
import { closeUp } from '../classify/spaced';
import { BLANKET_WORDS } from '../lexicon/remarks';
import { LEADER_HEADING } from '../lexicon/leaders';
import { labelWords } from '../lexicon/labels';
import { readLeaders } from '../extract/leaders';

export interface Remark {
  raw: string;
  inherited: string[];
  scope: UnitRemark['scope'];
}

export interface HeadingNotes {
  /** The heading without its remark or leader annotation. */
  title: string;
  remark: Remark | null;
  /** Leaders the section answers to: from an annotation, or a heading named after a leader. */
  leaders: string[];
}

const LEADER_FIELD = new RegExp(`^[【[]?(?:${labelWords('leader').join('|')})[】\\]]?\\s*[:：]`);

function remarkOf(raw: string, body: string, place: RemarkPlace): Remark {
  return { raw, inherited: inheritedUnits(body), scope: remarkScope(closeUp(body), place) };
}

/** A heading's trailing brackets: a leader annotation and/or a blanket remark, in either order. */
export function splitHeadingRemark(heading: string): HeadingNotes {
  let title = heading;
  let remark: Remark | null = null;
  const leaders: string[] = [];
  for (let pass = 0; pass < 2; pass++) {
    const group = trailingBracketGroup(title);
    if (!group || group.start === 0) break;
    const raw = title.slice(group.start, group.end);
    const inner = closeUp(raw.slice(1, -1).trim());
    if (LEADER_FIELD.test(inner)) leaders.unshift(...readLeaders(inner));
    else if (remark === null && BLANKET_WORDS.test(inner)) remark = remarkOf(raw, raw.slice(1, -1), 'heading');
    else break;
    title = title.slice(0, group.start).trim();
  }
  const named = LEADER_HEADING.exec(title);
  if (named && !leaders.includes(named[1]!)) leaders.push(named[1]!);
  return { title, remark, leaders };
}

/** A line that is only a remark; null for ordinary text. */
export function readRemarkLine(text: string): Remark | null {
  if (!BLANKET_WORDS.test(closeUp(text)) || text.length > 160) return null;
  const { remarks } = extractRemarks(text);
  const remark = remarks.find((found) => found.inherited.length > 0);
  if (remark) return { raw: remark.raw, inherited: remark.inherited, scope: remarkScope(closeUp(remark.raw), 'line') };
  const found = remarkOf(text, text, 'line');
  return found.inherited.length > 0 ? found : null;
}

/** A line that only names leaders ("牵头市领导：沈卫东、吴敏"); null otherwise. */
export function readLeaderLine(text: string): string[] | null {
  const trimmed = closeUp(text.trim());
  if (!LEADER_FIELD.test(trimmed) || trimmed.length > 80) return null;
  const names = readLeaders(trimmed);
  return names.length > 0 ? names : null;
}

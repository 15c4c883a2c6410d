/**
 * Remarks that govern tasks from outside any unit cell: on a section heading
 * ("一、构建…体系（具体任务均涉及各设区市人民政府，不再做分工，下同）") or on a line of their
 * own ("（以下任务均需各县（市、区）人民政府落实，不再列出）").
 */
import { extractRemarks, inheritedUnits, remarkScope } from '../extract/units';
import type { UnitRemark } from '../extract/units';
import { trailingBracketGroup } from '../extract/inline';

/** Wording that makes a bracket a blanket remark rather than part of a heading. */
const BLANKET_WORDS = /以下|下同|后同|不再|均需|均须|均涉及|均由|本部分|本章|本节/;

export interface HeadingRemark {
  /** The heading without its remark. */
  title: string;
  remark: { raw: string; inherited: string[]; scope: UnitRemark['scope'] } | null;
}

export function splitHeadingRemark(title: string): HeadingRemark {
  const group = trailingBracketGroup(title);
  const raw = group ? title.slice(group.start, group.end) : '';
  if (!group || group.start === 0 || !BLANKET_WORDS.test(raw)) return { title, remark: null };
  const inherited = inheritedUnits(raw.slice(1, -1));
  return { title: title.slice(0, group.start).trim(), remark: { raw, inherited, scope: scopeOf(raw, 'rest-of-section') } };
}

/** A line that is only a remark; null for ordinary text. */
export function readRemarkLine(text: string): { raw: string; inherited: string[]; scope: UnitRemark['scope'] } | null {
  if (!BLANKET_WORDS.test(text) || text.length > 160) return null;
  const { remarks } = extractRemarks(text);
  const remark = remarks.find((found) => found.inherited.length > 0);
  if (remark) return { raw: remark.raw, inherited: remark.inherited, scope: scopeOf(remark.raw, 'rest-of-plan') };
  const inherited = inheritedUnits(text);
  return inherited.length > 0 ? { raw: text, inherited, scope: scopeOf(text, 'rest-of-plan') } : null;
}

/** A remark on a heading governs that heading's part unless it says more (以下均… / 全文). */
function scopeOf(text: string, fallback: UnitRemark['scope']): UnitRemark['scope'] {
  const scope = remarkScope(text);
  return scope === 'this-task' ? fallback : scope;
}

/**
 * Cell text for the Markdown task table. Only text here: escaping `|`, `*`, `<` and line breaks
 * is left to mdast-util-to-markdown, which knows the constructs a cell can open.
 */
import type { Deadline, Unit } from '../model/schema';

// 、 is how the documents themselves list units (县委组织部、县民政局).
const UNIT_JOINER = '、';
const LEAD = '牵头';
const SUPPORT = '配合';
// The unit comes from a remark such as 〔以下均需各乡（镇）人民政府落实，不再列出…下同〕,
// not from this task's own cell: it applies by default.
const IMPLICIT = '默认';

/**
 * 责任单位: names joined by 、, each with its marks in full-width brackets, e.g.
 * 县民政局（牵头）、县财政局、各乡（镇）人民政府（默认）. Lead units are marked; support units
 * are left plain beside a lead (the usual 牵头/配合 reading) and marked 配合 only where the
 * task has no lead, so the role is never lost.
 */
export function unitsCell(units: readonly Unit[]): string {
  const hasLead = units.some((unit) => unit.role === 'lead');
  return units
    .map((unit) => {
      const marks: string[] = [];
      if (unit.role === 'lead') marks.push(LEAD);
      else if (unit.role === 'support' && !hasLead) marks.push(SUPPORT);
      if (unit.implicit) marks.push(IMPLICIT);
      return marks.length === 0 ? unit.name : `${unit.name}（${marks.join('，')}）`;
    })
    .join(UNIT_JOINER);
}

/** 推进时间: the deadline as written; empty where the text gives none. */
export function deadlineCell(deadline: Deadline): string {
  return deadline.raw ?? '';
}

/**
 * GFM trims the ends of a cell when it reads it back, so trim here and what is written is
 * what is read. Inner line breaks stay: the serializer writes them as `&#xA;`, which reads
 * back as the same line break.
 */
export function cellText(text: string): string {
  return text.trim();
}

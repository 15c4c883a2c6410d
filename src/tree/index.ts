/**
 * Stage 3–4: classified lines → a unist-style tree. The notice's own part and the task plan
 * are read by their own state machines; the plan starts at the attachment ("附件" on a line
 * of its own), else at the first table header, else — for a text that is only a plan —
 * at the top.
 */
import type { VFile } from 'vfile';
import type { SourceLine } from '../lines';
import { matchAddresseeLine, matchAttachmentStart, matchDateLine, matchDisclosure } from '../classify/notice-lines';
import { readTableHeader } from '../classify/table-header';
import { buildNoticePart, segmentOf } from './notice';
import { buildPlanPart } from './plan';
import { buildProsePlan } from './prose';
import { splitCells } from '../lines/cells';
import { matchNumberCell, matchSectionHeading } from '../classify/plan-lines';
import { enclose } from './position';
import { looksLikeDeadline, looksLikeUnits } from '../classify/cell-kinds';
import { createRunningHeaders, leadingTitle, type RunningHeaders } from './running-headers';
import type { NoticeChild, Plan, Root } from './types';

export type * from './types';
export { leaves, leafText } from './walk';

export function buildTree(lines: SourceLine[], file: VFile): Root {
  const planStart = findPlanStart(lines);
  const children: NoticeChild[] = buildNoticePart(lines.slice(0, planStart.index), file);
  // Each attachment is a plan of its own, read in its own layout: 附件1 a table, 附件2 prose.
  const rest = lines.slice(planStart.index);
  const parts: { marker: SourceLine | null; lines: SourceLine[] }[] = [];
  let marker = planStart.marker;
  let from = marker ? 1 : 0;
  for (let index = from; index <= rest.length; index++) {
    const next = index < rest.length && matchAttachmentStart(rest[index]!.view.trim()) !== null ? rest[index]! : null;
    if (!next && index < rest.length) continue;
    parts.push({ marker, lines: rest.slice(from, index) });
    marker = next;
    from = index + 1;
  }
  // Any title of the document may run at the top of a page of any attachment.
  const headers = createRunningHeaders([...noticeTitles(children), ...parts.map((part) => leadingTitle(part.lines))]);
  for (const part of parts) {
    if (part.marker) children.push({ ...segmentOf(part.marker), type: 'attachmentStart' });
    if (part.lines.some((line) => line.view.trim() !== '')) children.push(buildPlan(part.lines, file, headers));
  }
  const empty = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  return { type: 'root', children, position: enclose(children, empty) };
}

function buildPlan(lines: SourceLine[], file: VFile, headers: RunningHeaders): Plan {
  return isTablePlan(lines) ? { ...buildPlanPart(lines, file, headers), layout: 'table' } : { ...buildProsePlan(lines, file, headers), layout: 'prose' };
}

function noticeTitles(children: NoticeChild[]): string[] {
  return children.flatMap((child) => (child.type === 'title' ? [child.children.map((segment) => segment.value).join('')] : []));
}

/**
 * A plan is a table when it has a header row, or two rows or more. A row has three cells or
 * more and reads as one: a number cell first ("1⇥任务⇥单位⇥时间"); or, with no cell labelled (a
 * prose item may space out "牵头单位：…  完成时限：…"), a number OCR glued to the text ("2、任务
 * 单位  时间") and a later cell that reads as units or a time, or, where the number stands on
 * a line of its own, a units cell and a time last.
 */
function isTablePlan(lines: SourceLine[]): boolean {
  let rows = 0;
  for (const line of lines) {
    const text = line.view.trim();
    if (text === '') continue;
    if (readTableHeader(text)) return true;
    if (isTableRow(splitCells(line).filter((cell) => cell.text !== '').map((cell) => cell.text))) rows++;
    if (rows >= 2) return true;
  }
  return false;
}

function isTableRow(cells: string[]): boolean {
  if (cells.length < 3) return false;
  if (matchNumberCell(cells[0]!)) return true;
  if (cells.some((cell) => /[:：]/.test(cell))) return false;
  const later = cells.slice(1);
  if (/^\d/.test(cells[0]!)) return later.some((cell) => looksLikeUnits(cell) || looksLikeDeadline(cell));
  return later.some((cell) => looksLikeUnits(cell)) && looksLikeDeadline(cells[cells.length - 1]!);
}

interface PlanStart {
  index: number;
  marker: SourceLine | null;
}

function findPlanStart(lines: SourceLine[]): PlanStart {
  const attachment = lines.findIndex((line) => matchAttachmentStart(line.view.trim()) !== null);
  if (attachment >= 0) return { index: attachment, marker: lines[attachment]! };
  const hasNotice = lines.some((line, index) => index < 40 && matchAddresseeLine(line.view.trim()) !== null);
  if (!hasNotice) return { index: 0, marker: null };
  // A notice with its plan inline: the plan begins after the notice's date or disclosure
  // line, or at the first table header.
  const closing = lastIndexWhere(lines, (text) => matchDateLine(text) !== null || matchDisclosure(text) !== null);
  const header = lines.findIndex((line) => readTableHeader(line.view.trim()) !== null);
  if (closing >= 0 && (header < 0 || closing < header)) return { index: closing + 1, marker: null };
  if (header >= 0) return { index: titleAbove(lines, header), marker: null };
  return { index: lines.length, marker: null };
}

/** Lines right above a table that are short and not sentences are the plan's title. */
function titleAbove(lines: SourceLine[], header: number): number {
  let index = header;
  while (index > 0) {
    const text = lines[index - 1]!.view.trim();
    if (text !== '' && (/[。；：:]$/.test(text) || text.length > 60 || matchSectionHeading(text))) break;
    index--;
  }
  return index;
}

function lastIndexWhere(lines: SourceLine[], test: (text: string) => boolean): number {
  for (let index = lines.length - 1; index >= 0; index--) if (test(lines[index]!.view.trim())) return index;
  return -1;
}

/**
 * The task plan as a table (usually the attachment): its title, table headers, sections,
 * subsections and task rows. A state machine over lines, since what a line is depends on what
 * came before: rows split by a page break continue the open task; a repeated header, a page
 * number or a running header between them changes nothing.
 */
import type { VFile } from 'vfile';
import type { SourceLine } from '../lines';
import { isPositional, isRuledRow, splitCells, type Cell as LineCell } from '../lines/cells';
import { isImprint } from '../classify/notice-lines';
import { isPageNumber } from '../classify/furniture';
import { contentColumns, LEAD_SUPPORT_COLUMNS, readTableHeader, type Column } from '../classify/table-header';
import { matchGluedNumber, matchNumberCell, matchNumberedItem } from '../classify/plan-lines';
import { report } from '../diagnostics';
import { segmentOf } from './notice';
import { enclose, spanOf } from './position';
import { alignCells, leavesBracketOpen, looksLikeDeadline, looksLikeUnits, openColumn } from './row-cells';
import { isRemarkLine } from '../classify/remark-line';
import { continueHeading, readHeadingAt, wrapsHeading, type OpenHeading } from './plan-headings';
import type { Cell, Heading, Plan, PlanTitle, Section, Subsection, Task } from './types';
import type { RunningHeaders } from './running-headers';

interface PlanState {
  file: VFile;
  plan: Plan;
  header: Column[] | null;
  section: Section | null;
  subsection: Subsection | null;
  task: Task | null;
  /** A task started by a number alone on its line, still waiting for its cells. */
  bare: Task | null;
  /** The last task number read, kept across headings: glued or bare numbers must follow it. */
  lastNumber: number;
  title: PlanTitle | null;
  /** The heading just read, which a wrapped line may still continue. */
  heading: OpenHeading | null;
  started: boolean;
  /** Titles of the whole document, which may run at the top of this plan's pages. */
  headers: RunningHeaders;
  /** Rows have come between bars (a ruled or Markdown table). */
  ruled: boolean;
}

export function buildPlanPart(lines: SourceLine[], file: VFile, headers: RunningHeaders): Plan {
  const first = lines.find((line) => line.view.trim() !== '');
  const fallback = first ? spanOf(first) : { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  const state: PlanState = {
    file,
    plan: { type: 'plan', children: [], position: fallback },
    header: null,
    section: null,
    subsection: null,
    task: null,
    bare: null,
    lastNumber: 0,
    title: null,
    heading: null,
    started: false,
    headers,
    ruled: false,
  };
  for (let index = 0; index < lines.length; index++) {
    if (lines[index]!.view.trim() !== '') index = readPlanLine(state, lines, index, file);
  }
  state.plan.position = enclose(state.plan.children, fallback);
  return state.plan;
}

type Container = { children: unknown[]; position: Plan['position'] };

function container(state: PlanState): Container {
  return state.subsection ?? state.section ?? state.plan;
}

function add(state: PlanState, node: Plan['children'][number] | Subsection | Task): void {
  const parent = container(state);
  parent.children.push(node);
  parent.position = enclose([parent, node], parent.position);
  if (state.subsection && state.section) state.section.position = enclose([state.section, node], state.section.position);
}

/** Reads the line at `index` (and any it joins); returns the index of the last line read. */
function readPlanLine(state: PlanState, lines: SourceLine[], index: number, file: VFile): number {
  const line = lines[index]!;
  const text = line.view.trim();
  const segment = segmentOf(line);
  if (isPageNumber(text) || isRunningHeader(state, text)) {
    add(state, { ...segment, type: 'furniture' });
    return index;
  }
  if (state.started && isImprint(text)) {
    // 抄送：… / …印发: the imprint closes the document; nothing after it continues a task.
    state.task = null;
    state.heading = null;
    state.plan.children.push({ ...segment, type: 'imprint' });
    state.plan.position = enclose([state.plan, segment], state.plan.position);
    return index;
  }
  const columns = readTableHeader(text);
  if (columns) {
    state.started = true;
    state.heading = null;
    if (!state.header || columns.length >= state.header.length) state.header = columns;
    add(state, { ...segment, type: 'tableHeader', columns });
    return index;
  }
  // Once rows come between bars, a wrapped row's line with one bar mid-line is ruled too.
  state.ruled ||= isRuledRow(line.view);
  const cells = splitCells(line, { ruled: state.ruled });
  const filled = cells.filter((cell) => cell.text !== '');
  if (filled.length === 0) {
    // Only a ruled table's bars ("|  |  |"): an empty row, furniture.
    add(state, { ...segment, type: 'furniture' });
    return index;
  }
  const heading = readHeadingAt(lines, index, filled);
  if (heading) {
    const owners = openPart(state, heading.level, heading.number, heading.label, heading.leaf);
    const start = heading.leaf.position.start;
    state.heading = { leaf: heading.leaf, owners, first: index, last: heading.last, startColumn: start.column - 1 };
    return heading.last;
  }
  if (state.heading && !state.task && wrapsHeading(state.heading, line, filled)) {
    continueHeading(state.heading, lines, index, filled[0]!);
    return index;
  }
  state.heading = null;
  if (startsTask(state, line, cells, filled, () => numberComesAgain(lines, index, state.lastNumber + 1))) return index;
  if (isRemarkLine(text) && !(state.task && leavesBracketOpen(state.task.children.map((cell) => cell.value).join('')))) {
    // A blanket remark of its own governs the rows after it; it goes on with no row.
    add(state, { type: 'paragraph', children: [segment], position: segment.position });
    return index;
  }
  if (state.task) {
    continueTask(state, line, cells);
    return index;
  }
  if (!state.started) {
    state.title ??= { type: 'planTitle', children: [], position: segment.position };
    if (state.title.children.length === 0) state.plan.children.push(state.title);
    state.title.children.push(segment);
    state.title.position = enclose(state.title.children, segment.position);
    // The title as read, wrapped lines joined, is known again as a running header.
    state.headers.add(state.title.children.map((child) => child.value).join(''));
    return index;
  }
  report(file, 'warning', 'unrecognized-line', `line ${line.line} fits no part of the task plan`, segment.position);
  add(state, { ...segment, type: 'unknown' });
  return index;
}

/** A section (一、) or subsection (（一）) begins: later rows go into it. Returns the parts the heading heads. */
function openPart(state: PlanState, level: 'section' | 'subsection', number: number, label: string, heading: Heading): (Section | Subsection)[] {
  state.started = true;
  state.task = null;
  state.bare = null;
  if (level === 'section') {
    state.subsection = null;
    state.section = { type: 'section', number, label, children: [heading], position: heading.position };
    state.plan.children.push(state.section);
    return [state.section];
  }
  state.subsection = { type: 'subsection', number, label, children: [heading], position: heading.position };
  if (state.section) {
    state.section.children.push(state.subsection);
    state.section.position = enclose([state.section, state.subsection], state.section.position);
    return [state.subsection, state.section];
  }
  state.plan.children.push(state.subsection);
  return [state.subsection];
}

/** A title of the document repeated at the top of a page (a running header) is furniture. */
function isRunningHeader(state: PlanState, text: string): boolean {
  return state.started && state.headers.test(text);
}

/**
 * A new task row: "12⇥text⇥units⇥time", a number glued to its text ("12在村…", "12.在村…"),
 * or a number alone on its line with the row's cells on the next.
 */
function startsTask(state: PlanState, line: SourceLine, cells: LineCell[], filled: LineCell[], comesAgain: () => boolean): boolean {
  const head = filled[0]!;
  const leadingGap = cells[0]!.text === '' && cells.length > 1;
  const expected = state.lastNumber + 1;
  const numberCell = matchNumberCell(head.text);
  if (numberCell && filled.length >= 2 && (!leadingGap || numberCell.number === expected)) {
    startTask(state, line, numberCell.number, numberCell.label, head, cells.slice(cells.indexOf(head) + 1));
    return true;
  }
  if (numberCell && filled.length === 1 && numberCell.number === expected) {
    startTask(state, line, numberCell.number, numberCell.label, head, []);
    state.bare = state.task;
    return true;
  }
  const glued = matchGluedNumber(head.text, expected) ?? (filled.length === 1 ? numberedItem(head.text, expected) : null);
  if (!glued || comesAgain()) return false;
  const labelLength = head.text.length - glued.rest.length;
  const numberPart: LineCell = { text: head.text.slice(0, labelLength).trim(), start: head.start, end: head.start + labelLength };
  const textPart: LineCell = { text: glued.rest, start: head.end - glued.rest.length, end: head.end };
  startTask(state, line, glued.number, glued.label, numberPart, [textPart, ...cells.slice(cells.indexOf(head) + 1)]);
  return true;
}

/**
 * A row of the expected number a line or two below: the figure that seemed glued to this line's
 * text was the text's own ("2所，新增学位…" continuing row 1, with row 2 below).
 */
function numberComesAgain(lines: SourceLine[], index: number, expected: number): boolean {
  let seen = 0;
  for (let next = index + 1; next < lines.length && seen < 3; next++) {
    const text = lines[next]!.view.trim();
    if (text === '' || isPageNumber(text)) continue;
    seen++;
    const head = splitCells(lines[next]!).find((cell) => cell.text !== '')?.text ?? '';
    if (matchNumberCell(head)?.number === expected || matchGluedNumber(head, expected)) return true;
  }
  return false;
}

/** "1. 推进…" alone on a line starts a row only when 1 is the number the table expects. */
function numberedItem(text: string, expected: number): ReturnType<typeof matchNumberedItem> {
  const item = matchNumberedItem(text);
  return item && item.number === expected ? item : null;
}

function startTask(state: PlanState, line: SourceLine, number: number, label: string, numberCell: LineCell, rest: LineCell[]): void {
  dropBareDuplicate(state, number);
  if (!state.header) inferColumns(state, line, rest);
  state.started = true;
  const columns = contentColumns(state.header);
  const cells: Cell[] = [cellOf(line, numberCell, { kind: 'number', label: '序号' })];
  // A row's first content cell is its text, whatever it looks like.
  const open = columns.find((column) => column.kind === 'text') ?? null;
  for (const [cell, column] of alignCells(rest, columns, { positional: isPositional(line, { ruled: state.ruled }), open, pull: 10 })) cells.push(cellOf(line, cell, column));
  const task: Task = { type: 'task', number, label: label.trim(), children: cells, position: enclose(cells, spanOf(line)) };
  state.task = task;
  state.bare = null;
  state.lastNumber = number;
  add(state, task);
}

/**
 * A table without any header row: rows with two unit cells side by side ("1⇥text⇥市工信局⇥
 * 市发改委、市财政局⇥2024年底前") are read as 重点任务 | 牵头单位 | 配合单位 | 完成时限, the usual
 * layout with two unit columns; others as 主要任务 | 责任单位 | 推进时间.
 */
function inferColumns(state: PlanState, line: SourceLine, rest: LineCell[]): void {
  const filled = rest.filter((cell) => cell.text !== '').map((cell) => cell.text);
  if (filled.length < 4) return;
  const [, first = '', second = ''] = filled;
  const units = (looksLikeUnits(first) || looksLikeUnits(second)) && !looksLikeDeadline(first) && !looksLikeDeadline(second);
  if (!units || (filled.length > 4 ? false : !looksLikeDeadline(filled[3]!) && filled[3]!.length > 20)) return;
  state.header = LEAD_SUPPORT_COLUMNS;
  const message = `line ${line.line}: the table has no header row; its columns are read as 重点任务 | 牵头单位 | 配合单位 | 完成时限`;
  report(state.file, 'info', 'table-header-inferred', message, spanOf(line));
}

/**
 * A number alone on a line that turns out to be followed by its own row ("7" / "7⇥text…") was a
 * page number, not a task: it becomes furniture.
 */
function dropBareDuplicate(state: PlanState, number: number): void {
  const bare = state.bare;
  if (!bare || bare.number !== number || bare.children.length !== 1) return;
  const parent = container(state);
  const place = parent.children.indexOf(bare);
  if (place >= 0) parent.children[place] = { ...bare.children[0]!, type: 'furniture' };
  state.task = null;
}

function continueTask(state: PlanState, line: SourceLine, cells: LineCell[]): void {
  const task = state.task!;
  const positional = isPositional(line, { ruled: state.ruled });
  // With tabs, an empty first cell is the number column of the continued row.
  const rest = positional && cells.length > 1 && cells[0]!.text === '' ? cells.slice(1) : cells;
  if (!state.header) inferColumns(state, line, rest);
  const columns = contentColumns(state.header);
  const filled = rest.filter((cell) => cell.text !== '');
  const open = openColumn(task, columns, (filled.find((cell) => /[〕\]】］）)》”]/.test(cell.text)) ?? filled[0])?.text ?? '');
  for (const [cell, column] of alignCells(rest, columns, { positional, open: open?.column, pull: open?.pull, closes: open?.closes })) {
    task.children.push(cellOf(line, cell, column));
  }
  task.position = enclose(task.children, task.position);
  state.bare = null;
  for (const parent of [state.subsection, state.section]) {
    if (parent) parent.position = enclose([parent, task], parent.position);
  }
}

function cellOf(line: SourceLine, cell: LineCell, column: Column): Cell {
  const node: Cell = { type: 'cell', column: column.kind, value: line.raw.slice(cell.start, cell.end), position: spanOf(line, cell.start, cell.end) };
  if (column.role) node.role = column.role;
  return node;
}

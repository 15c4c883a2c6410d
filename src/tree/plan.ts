/**
 * The task plan (usually the attachment): its title, table headers, sections, subsections
 * and task rows. Rows split by a page break continue the open task; a repeated header or a
 * page number between them changes nothing.
 */
import type { VFile } from 'vfile';
import type { SourceLine } from '../lines';
import { splitCells, type Cell as LineCell } from '../lines/cells';
import { isPageNumber } from '../classify/furniture';
import { contentColumns, readTableHeader, type Column } from '../classify/table-header';
import {
  matchGluedNumber,
  matchNumberCell,
  matchNumberedItem,
  matchSectionHeading,
  matchSubsectionHeading,
} from '../classify/plan-lines';
import { report } from '../diagnostics';
import { segmentOf } from './notice';
import { enclose, spanOf } from './position';
import { alignCells, guessContinuationColumn } from './row-cells';
import type { Cell, Plan, PlanTitle, Section, Subsection, Task } from './types';

interface PlanState {
  plan: Plan;
  header: Column[] | null;
  section: Section | null;
  subsection: Subsection | null;
  task: Task | null;
  title: PlanTitle | null;
  started: boolean;
}

export function buildPlanPart(lines: SourceLine[], file: VFile): Plan {
  const first = lines.find((line) => line.view.trim() !== '');
  const fallback = first ? spanOf(first) : { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  const state: PlanState = {
    plan: { type: 'plan', children: [], position: fallback },
    header: null,
    section: null,
    subsection: null,
    task: null,
    title: null,
    started: false,
  };
  for (const line of lines) {
    if (line.view.trim() !== '') readPlanLine(state, line, file);
  }
  state.plan.position = enclose(state.plan.children, fallback);
  return state.plan;
}

function container(state: PlanState): { children: unknown[]; position: Plan['position'] } {
  return state.subsection ?? state.section ?? state.plan;
}

function add(state: PlanState, node: Plan['children'][number] | Subsection | Task): void {
  const parent = container(state);
  parent.children.push(node);
  parent.position = enclose([parent, node], parent.position);
  if (state.subsection && state.section) state.section.position = enclose([state.section, node], state.section.position);
}

function readPlanLine(state: PlanState, line: SourceLine, file: VFile): void {
  const text = line.view.trim();
  const segment = segmentOf(line);
  if (isPageNumber(text)) return add(state, { ...segment, type: 'furniture' });
  const columns = readTableHeader(text);
  if (columns) {
    state.started = true;
    if (!state.header || columns.length >= state.header.length) state.header = columns;
    return add(state, { ...segment, type: 'tableHeader', columns });
  }
  const cells = splitCells(line.view);
  const leadingGap = cells.length > 1 && cells[0]!.text === '';
  if (!leadingGap && startsStructure(state, line, cells)) return;
  if (state.task) return continueTask(state, line, cells);
  if (!state.started) {
    state.title ??= { type: 'planTitle', children: [], position: segment.position };
    if (state.title.children.length === 0) state.plan.children.push(state.title);
    state.title.children.push(segment);
    state.title.position = enclose(state.title.children, segment.position);
    return;
  }
  report(file, 'warning', 'unrecognized-line', `line ${line.line} fits no part of the task plan`, segment.position);
  add(state, { ...segment, type: 'unknown' });
}

/** A heading or a new task row; false when the line is neither. */
function startsStructure(state: PlanState, line: SourceLine, cells: LineCell[]): boolean {
  const filled = cells.filter((cell) => cell.text !== '');
  const head = filled[0]!;
  const segment = segmentOf(line);
  const isAlone = filled.length === 1;
  const section = isAlone || !matchNumberCell(head.text) ? matchSectionHeading(head.text) : null;
  if (section && isAlone) {
    state.started = true;
    state.task = null;
    state.subsection = null;
    state.section = { type: 'section', number: section.number, label: section.label, children: [{ ...segment, type: 'heading' }], position: segment.position };
    state.plan.children.push(state.section);
    return true;
  }
  const subsection = isAlone ? matchSubsectionHeading(head.text) : null;
  if (subsection) {
    state.started = true;
    state.task = null;
    state.subsection = { type: 'subsection', number: subsection.number, label: subsection.label, children: [{ ...segment, type: 'heading' }], position: segment.position };
    if (state.section) {
      state.section.children.push(state.subsection);
      state.section.position = enclose([state.section, state.subsection], state.section.position);
    } else state.plan.children.push(state.subsection);
    return true;
  }
  const numberCell = filled.length >= 2 ? matchNumberCell(head.text) : null;
  if (numberCell) {
    const rest = cells.slice(cells.indexOf(head) + 1);
    startTask(state, line, numberCell.number, numberCell.label, head, rest);
    return true;
  }
  const expected = (lastTaskNumber(state) ?? 0) + 1;
  const glued = matchGluedNumber(head.text, expected) ?? (isAlone ? matchNumberedItem(head.text) : null);
  if (glued) {
    const labelLength = head.text.length - glued.rest.length;
    const numberPart: LineCell = { text: head.text.slice(0, labelLength).trim(), start: head.start, end: head.start + labelLength };
    const textPart: LineCell = { text: glued.rest, start: head.end - glued.rest.length, end: head.end };
    startTask(state, line, glued.number, glued.label, numberPart, [textPart, ...cells.slice(cells.indexOf(head) + 1)]);
    return true;
  }
  return false;
}

function lastTaskNumber(state: PlanState): number | null {
  return state.task?.number ?? null;
}

function startTask(state: PlanState, line: SourceLine, number: number, label: string, numberCell: LineCell, rest: LineCell[]): void {
  state.started = true;
  const cells: Cell[] = [cellOf(line, numberCell, { kind: 'number', label: '序号' })];
  for (const [cell, column] of alignCells(rest, contentColumns(state.header))) cells.push(cellOf(line, cell, column));
  const task: Task = { type: 'task', number, label: label.trim(), children: cells, position: enclose(cells, spanOf(line)) };
  state.task = task;
  add(state, task);
}

function continueTask(state: PlanState, line: SourceLine, cells: LineCell[]): void {
  const task = state.task!;
  const columns = contentColumns(state.header);
  const filled = cells.filter((cell) => cell.text !== '');
  const pairs =
    filled.length === 1 && cells.length <= 1
      ? [[filled[0]!, guessContinuationColumn(task, filled[0]!.text, columns)] as const]
      : alignCells(cells.slice(1), columns);
  for (const [cell, column] of pairs) task.children.push(cellOf(line, cell, column));
  task.position = enclose(task.children, task.position);
  for (const parent of [state.subsection, state.section]) {
    if (parent) parent.position = enclose([parent, task], parent.position);
  }
}

function cellOf(line: SourceLine, cell: LineCell, column: Column): Cell {
  const node: Cell = { type: 'cell', column: column.kind, value: line.raw.slice(cell.start, cell.end), position: spanOf(line, cell.start, cell.end) };
  if (column.role) node.role = column.role;
  return node;
}

/**
 * The CSV tables of the output contract (schemaVersion 2), as column lists and row builders:
 * tasks, assignments (task × unit), notices and diagnostics. The contract's columns come first
 * in its order; columns added since only ever go at the end.
 */
import type { Diagnostic, Notice, Plan, Section, Subsection, Task, Unit } from '../model/schema';
import { outlineOf } from './outline';

export type CsvTable = 'tasks' | 'assignments' | 'notices' | 'diagnostics';
export type CsvCell = string | number | boolean | null;

export const CSV_TABLES: readonly CsvTable[] = ['tasks', 'assignments', 'notices', 'diagnostics'];

// Several names in one cell: the full-width semicolon, which unit names never contain
// (they use 、 and ， themselves: 县委组织部、文明办).
const LIST_JOINER = '；';

/** What a task row is made from: the task, its notice, its outline place, and (assignments) one unit. */
interface TaskRow {
  notice: Notice;
  task: Task;
  plan: Plan | undefined;
  section: Section | undefined;
  subsection: Subsection | undefined;
  unit: Unit | undefined;
}

type Column<Row> = readonly [name: string, cell: (row: Row) => CsvCell];

/** One row per task. */
const TASK_TABLE: readonly Column<TaskRow>[] = [
  ['source', ({ notice }) => notice.source.name],
  ['doc_number', ({ notice }) => notice.meta.docNumber],
  ['ordinal', ({ task }) => task.ordinal],
  ['plan', ({ task }) => task.plan],
  ['plan_title', ({ plan }) => plan?.title ?? null],
  ['number', ({ task }) => task.number],
  ['section', ({ task }) => task.section],
  ['section_title', ({ section }) => section?.title ?? null],
  ['subsection', ({ task }) => task.subsection],
  ['subsection_title', ({ subsection }) => subsection?.title ?? null],
  ['text', ({ task }) => task.text],
  ['units', ({ task }) => names(task.units)],
  ['lead_units', ({ task }) => names(task.units, 'lead')],
  ['leaders', ({ task }) => task.leaders.join(LIST_JOINER)],
  ['deadline_raw', ({ task }) => task.deadline.raw],
  ['deadline_kind', ({ task }) => task.deadline.kind],
  ['deadline_start', ({ task }) => task.deadline.start],
  ['deadline_end', ({ task }) => task.deadline.end],
  ['deadline_cycle', ({ task }) => task.deadline.cycle ?? null],
  ['milestones', ({ task }) => task.milestones.map((milestone) => milestone.raw).join(LIST_JOINER)],
  // added after the contract's list
  ['support_units', ({ task }) => names(task.units, 'support')],
  ['note', ({ task }) => task.note],
];

/**
 * One row per task × unit: the long format pivot tables want. A task without units still
 * gets one row, with the unit cells empty, so that unassigned tasks show up (as "(blank)")
 * instead of vanishing from the table. (source, task_ordinal) joins it to the tasks table.
 */
const ASSIGNMENT_TABLE: readonly Column<TaskRow>[] = [
  ['source', ({ notice }) => notice.source.name],
  ['doc_number', ({ notice }) => notice.meta.docNumber],
  ['task_ordinal', ({ task }) => task.ordinal],
  ['plan', ({ task }) => task.plan],
  ['task_number', ({ task }) => task.number],
  ['unit', ({ unit }) => unit?.name ?? null],
  ['canonical', ({ unit }) => unit?.canonical ?? null],
  ['role', ({ unit }) => unit?.role ?? null],
  ['implicit', ({ unit }) => unit?.implicit ?? null],
  ['section', ({ task }) => task.section],
  ['section_title', ({ section }) => section?.title ?? null],
  ['deadline_kind', ({ task }) => task.deadline.kind],
  ['deadline_start', ({ task }) => task.deadline.start],
  ['deadline_end', ({ task }) => task.deadline.end],
];

/** One row per notice. */
const NOTICE_TABLE: readonly Column<Notice>[] = [
  ['source', (notice) => notice.source.name],
  ['doc_number', (notice) => notice.meta.docNumber],
  ['title', (notice) => notice.meta.title],
  ['issuer', (notice) => notice.meta.issuer],
  ['date', (notice) => notice.meta.date],
  ['plans', (notice) => notice.plans.length],
  ['tasks', (notice) => notice.tasks.length],
  ['assignments', (notice) => notice.tasks.reduce((sum, task) => sum + task.units.length, 0)],
  ['errors', (notice) => count(notice.diagnostics, 'error')],
  ['warnings', (notice) => count(notice.diagnostics, 'warning')],
  // added after the contract's list
  ['encoding', (notice) => notice.source.encoding],
  ['sha256', (notice) => notice.source.sha256],
];

/** One row per diagnostic. */
const DIAGNOSTIC_TABLE: readonly Column<{ notice: Notice; diagnostic: Diagnostic }>[] = [
  ['source', ({ notice }) => notice.source.name],
  ['line', ({ diagnostic }) => diagnostic.line],
  ['column', ({ diagnostic }) => diagnostic.column],
  ['severity', ({ diagnostic }) => diagnostic.severity],
  ['rule_id', ({ diagnostic }) => diagnostic.ruleId],
  ['message', ({ diagnostic }) => diagnostic.message],
];

export const COLUMNS: Record<CsvTable, readonly string[]> = {
  tasks: TASK_TABLE.map(([name]) => name),
  assignments: ASSIGNMENT_TABLE.map(([name]) => name),
  notices: NOTICE_TABLE.map(([name]) => name),
  diagnostics: DIAGNOSTIC_TABLE.map(([name]) => name),
};

export const TASK_COLUMNS = COLUMNS.tasks;
export const ASSIGNMENT_COLUMNS = COLUMNS.assignments;

function names(units: Unit[], role?: Unit['role']): string {
  return units
    .filter((unit) => role === undefined || unit.role === role)
    .map((unit) => unit.name)
    .join(LIST_JOINER);
}

function count(diagnostics: Diagnostic[], severity: Diagnostic['severity']): number {
  return diagnostics.reduce((sum, diagnostic) => sum + (diagnostic.severity === severity ? 1 : 0), 0);
}

function cellsOf<Row>(columns: readonly Column<Row>[], row: Row): CsvCell[] {
  return columns.map(([, cell]) => cell(row));
}

/**
 * The table's rows as arrays in column order: csv-stringify reads an array row by index,
 * where an object row costs a path look-up (lodash `get`) per cell.
 */
export function rowsOf(notice: Notice, table: CsvTable): CsvCell[][] {
  if (table === 'notices') return [cellsOf(NOTICE_TABLE, notice)];
  if (table === 'diagnostics') return notice.diagnostics.map((diagnostic) => cellsOf(DIAGNOSTIC_TABLE, { notice, diagnostic }));
  const columns = table === 'tasks' ? TASK_TABLE : ASSIGNMENT_TABLE;
  const outline = outlineOf(notice);
  const rows: CsvCell[][] = [];
  for (const task of notice.tasks) {
    const plan = outline.plan(task);
    const section = outline.section(task);
    const subsection = table === 'tasks' ? outline.subsection(task) : undefined;
    const units: (Unit | undefined)[] = table === 'tasks' || task.units.length === 0 ? [undefined] : task.units;
    for (const unit of units) rows.push(cellsOf(columns, { notice, task, plan, section, subsection, unit }));
  }
  return rows;
}

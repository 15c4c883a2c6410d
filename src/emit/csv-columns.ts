/**
 * The two CSV tables of shared/CONTRACT.md, as column lists and row builders. The contract's
 * columns come first in its order; columns added since only ever go at the end.
 */
import type { Notice, Section, Subsection, Task, Unit } from '../model/schema';
import { outlineOf } from './outline';

export type CsvTable = 'tasks' | 'assignments';
export type CsvCell = string | number | boolean | null;

// Several names in one cell: the full-width semicolon, which unit names never contain
// (they use 、 and ， themselves: 县委组织部、文明办).
const UNIT_JOINER = '；';

/** What a row is made from: the task, its notice, its outline place, and (assignments) one unit. */
interface RowSource {
  notice: Notice;
  task: Task;
  section: Section | undefined;
  subsection: Subsection | undefined;
  unit: Unit | undefined;
}

type Column = readonly [name: string, cell: (row: RowSource) => CsvCell];

/** One row per task. */
const TASK_TABLE: readonly Column[] = [
  ['number', ({ task }) => task.number],
  ['section', ({ task }) => task.section],
  ['section_title', ({ section }) => section?.title ?? null],
  ['subsection', ({ task }) => task.subsection],
  ['subsection_title', ({ subsection }) => subsection?.title ?? null],
  ['text', ({ task }) => task.text],
  ['units', ({ task }) => names(task.units)],
  ['lead_units', ({ task }) => names(task.units, 'lead')],
  ['deadline_raw', ({ task }) => task.deadline.raw],
  ['deadline_kind', ({ task }) => task.deadline.kind],
  ['deadline_start', ({ task }) => task.deadline.start],
  ['deadline_end', ({ task }) => task.deadline.end],
  // added after the contract's list
  ['support_units', ({ task }) => names(task.units, 'support')],
  ['note', ({ task }) => task.note],
  ['source', ({ notice }) => notice.source.name],
  ['doc_number', ({ notice }) => notice.meta.docNumber],
];

/**
 * One row per task × unit: the long format pivot tables want. A task without units still
 * gets one row, with the unit cells empty, so that unassigned tasks show up (as "(blank)")
 * instead of vanishing from the table.
 */
const ASSIGNMENT_TABLE: readonly Column[] = [
  ['task_number', ({ task }) => task.number],
  ['unit', ({ unit }) => unit?.name ?? null],
  ['role', ({ unit }) => unit?.role ?? null],
  ['implicit', ({ unit }) => unit?.implicit ?? null],
  ['section', ({ task }) => task.section],
  ['section_title', ({ section }) => section?.title ?? null],
  ['deadline_kind', ({ task }) => task.deadline.kind],
  ['deadline_start', ({ task }) => task.deadline.start],
  ['deadline_end', ({ task }) => task.deadline.end],
  // added after the contract's list
  ['source', ({ notice }) => notice.source.name],
  ['doc_number', ({ notice }) => notice.meta.docNumber],
  ['canonical', ({ unit }) => unit?.canonical ?? null],
];

const TABLES: Record<CsvTable, readonly Column[]> = { tasks: TASK_TABLE, assignments: ASSIGNMENT_TABLE };

export const TASK_COLUMNS = TASK_TABLE.map(([name]) => name);
export const ASSIGNMENT_COLUMNS = ASSIGNMENT_TABLE.map(([name]) => name);

export const COLUMNS: Record<CsvTable, readonly string[]> = {
  tasks: TASK_COLUMNS,
  assignments: ASSIGNMENT_COLUMNS,
};

function names(units: Unit[], role?: Unit['role']): string {
  return units
    .filter((unit) => role === undefined || unit.role === role)
    .map((unit) => unit.name)
    .join(UNIT_JOINER);
}

/**
 * The table's rows as arrays in column order: csv-stringify reads an array row by index,
 * where an object row costs a path look-up (lodash `get`) per cell.
 */
export function rowsOf(notice: Notice, table: CsvTable): CsvCell[][] {
  const columns = TABLES[table];
  const outline = outlineOf(notice);
  const rows: CsvCell[][] = [];
  for (const task of notice.tasks) {
    const section = outline.section(task);
    const subsection = table === 'tasks' ? outline.subsection(task) : undefined;
    const units: (Unit | undefined)[] = table === 'tasks' || task.units.length === 0 ? [undefined] : task.units;
    for (const unit of units) {
      const source: RowSource = { notice, task, section, subsection, unit };
      rows.push(columns.map(([, cell]) => cell(source)));
    }
  }
  return rows;
}

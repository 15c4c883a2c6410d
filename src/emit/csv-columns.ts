/**
 * The two CSV tables of shared/CONTRACT.md, as column lists and row builders. The contract's
 * columns come first in its order; columns added since only ever go at the end.
 */
import type { Notice, Task, Unit } from '../model/schema';
import { outlineOf } from './outline';

export type CsvTable = 'tasks' | 'assignments';
export type CsvCell = string | number | boolean | null;
export type CsvRow = Record<string, CsvCell>;

// Several names in one cell: the full-width semicolon, which unit names never contain
// (they use 、 and ， themselves: 县委组织部、文明办).
const UNIT_JOINER = '；';

export const TASK_COLUMNS = [
  'number',
  'section',
  'section_title',
  'subsection',
  'subsection_title',
  'text',
  'units',
  'lead_units',
  'deadline_raw',
  'deadline_kind',
  'deadline_start',
  'deadline_end',
  // added after the contract's list
  'support_units',
  'note',
  'source',
  'doc_number',
] as const;

export const ASSIGNMENT_COLUMNS = [
  'task_number',
  'unit',
  'role',
  'implicit',
  'section',
  'section_title',
  'deadline_kind',
  'deadline_start',
  'deadline_end',
  // added after the contract's list
  'source',
  'doc_number',
  'canonical',
] as const;

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

/** One row per task. */
export function taskRows(notice: Notice): CsvRow[] {
  const outline = outlineOf(notice);
  return notice.tasks.map((task) => ({
    number: task.number,
    section: task.section,
    section_title: outline.section(task)?.title ?? null,
    subsection: task.subsection,
    subsection_title: outline.subsection(task)?.title ?? null,
    text: task.text,
    units: names(task.units),
    lead_units: names(task.units, 'lead'),
    deadline_raw: task.deadline.raw,
    deadline_kind: task.deadline.kind,
    deadline_start: task.deadline.start,
    deadline_end: task.deadline.end,
    support_units: names(task.units, 'support'),
    note: task.note,
    source: notice.source.name,
    doc_number: notice.meta.docNumber,
  }));
}

/**
 * One row per task × unit: the long format pivot tables want. A task without units still
 * gets one row, with the unit cells empty, so that unassigned tasks show up (as "(blank)")
 * instead of vanishing from the table.
 */
export function assignmentRows(notice: Notice): CsvRow[] {
  const outline = outlineOf(notice);
  return notice.tasks.flatMap((task) => {
    const shared = (unit: Unit | undefined): CsvRow => ({
      task_number: task.number,
      unit: unit?.name ?? null,
      role: unit?.role ?? null,
      implicit: unit?.implicit ?? null,
      section: task.section,
      section_title: outline.section(task)?.title ?? null,
      deadline_kind: task.deadline.kind,
      deadline_start: task.deadline.start,
      deadline_end: task.deadline.end,
      source: notice.source.name,
      doc_number: notice.meta.docNumber,
      canonical: unit?.canonical ?? null,
    });
    return task.units.length === 0 ? [shared(undefined)] : task.units.map(shared);
  });
}

export function rowsOf(notice: Notice, table: CsvTable): CsvRow[] {
  return table === 'tasks' ? taskRows(notice) : assignmentRows(notice);
}

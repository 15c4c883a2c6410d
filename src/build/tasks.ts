/**
 * Task nodes → model tasks: text joined across rows, units split and expanded, deadlines
 * normalized, and units that a remark makes implicit ("以下均需…落实，不再列出…下同") given
 * to the tasks it governs.
 */
import type { VFile } from 'vfile';
import type { Task, Unit, UnitRole } from '../model/schema';
import type { Cell, Task as TaskNode } from '../tree';
import { parseUnits, type UnitRemark } from '../extract/units';
import { findMilestones, parseDeadline } from '../extract/deadlines';
import { cleanJoined, joinText } from '../extract/text';
import { report } from '../diagnostics';

export interface TaskPlace {
  section: number;
  subsection: number | null;
}

interface ActiveRemark {
  units: string[];
  scope: UnitRemark['scope'];
  section: number;
  fromTask: number;
  position: Task['position'];
  governed: number[];
}

export interface TaskReader {
  read(node: TaskNode, place: TaskPlace): Task;
  finish(): void;
}

export function createTaskReader(file: VFile, referenceDate: string | null, options: { firstIsLead?: boolean } = {}): TaskReader {
  const remarks: ActiveRemark[] = [];

  function read(node: TaskNode, place: TaskPlace): Task {
    const byColumn = (kind: Cell['column']): Cell[] => node.children.filter((cell) => cell.column === kind);
    const text = cleanJoined(byColumn('text').map((cell) => cell.value));
    const unitCells = byColumn('units');
    const deadlineRaw = joinText(byColumn('deadline').map((cell) => cell.value));
    const units: Unit[] = [];
    const notes: string[] = [];
    for (const [role, cells] of groupByRole(unitCells)) {
      const parsed = parseUnits(joinText(cells.map((cell) => cell.value)), { defaultRole: role, firstIsLead: options.firstIsLead });
      for (const unit of parsed.units) if (!units.some((known) => known.name === unit.name)) units.push(unit);
      if (parsed.note) notes.push(parsed.note);
      for (const problem of parsed.problems) report(file, problem.ruleId === 'units-empty-item' ? 'info' : 'warning', problem.ruleId, `task ${node.number}: ${problem.message}`, cells[0]!.position);
      for (const remark of parsed.remarks) {
        if (remark.inherited.length > 0 && remark.scope !== 'this-task') {
          remarks.push({ units: remark.inherited, scope: remark.scope, section: place.section, fromTask: node.number, position: cells[0]!.position, governed: [] });
        }
      }
    }
    for (const remark of remarks) {
      if (remark.scope === 'rest-of-section' && remark.section !== place.section) continue;
      let applied = false;
      for (const name of remark.units) {
        if (units.some((unit) => unit.name === name)) continue;
        units.push({ name, role: 'responsible', implicit: true });
        applied = true;
      }
      if (applied) remark.governed.push(node.number);
    }
    return {
      number: node.number,
      label: node.label,
      section: place.section,
      subsection: place.subsection,
      text,
      units,
      unitsRaw: unitCells.length > 0 ? joinText(unitCells.map((cell) => cell.value)) : null,
      note: notes.length > 0 ? notes.join('；') : null,
      deadline: parseDeadline(deadlineRaw === '' ? null : deadlineRaw, { referenceDate }),
      milestones: findMilestones(text, { referenceDate }),
      position: node.position,
    };
  }

  function finish(): void {
    for (const remark of remarks) {
      if (remark.governed.length === 0) continue;
      const first = remark.governed[0];
      const last = remark.governed[remark.governed.length - 1];
      report(
        file,
        'info',
        'implicit-units-applied',
        `the remark in task ${remark.fromTask} makes ${remark.units.join('、')} an implicit unit of ${remark.governed.length} task(s), ${first}–${last} (${remark.scope})`,
        remark.position,
      );
    }
  }

  return { read, finish };
}

function groupByRole(cells: Cell[]): [UnitRole, Cell[]][] {
  const groups = new Map<UnitRole, Cell[]>();
  for (const cell of cells) {
    const role = cell.role ?? 'responsible';
    groups.set(role, [...(groups.get(role) ?? []), cell]);
  }
  return [...groups];
}

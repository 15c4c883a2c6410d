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
import { splitAttribution } from '../extract/inline';
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
  /** A remark outside any task (a heading's, a line's own) that governs the tasks after it. */
  addRemark(units: string[], scope: UnitRemark['scope'], section: number, position: Task['position']): void;
  finish(): void;
}

export function createTaskReader(file: VFile, referenceDate: string | null, options: { firstIsLead?: boolean } = {}): TaskReader {
  const remarks: ActiveRemark[] = [];

  function read(node: TaskNode, place: TaskPlace): Task {
    const byColumn = (kind: Cell['column']): Cell[] => node.children.filter((cell) => cell.column === kind);
    const text = cleanJoined(byColumn('text').map((cell) => cell.value));
    const attribution = splitAttribution(joinCells(byColumn('attribution')));
    const unitCells = byColumn('units');
    const writtenUnits = unitCells.length > 0 ? joinCells(unitCells) : '';
    if (attribution.unitsText) {
      const first = byColumn('attribution')[0]!;
      unitCells.unshift({ ...first, value: attribution.unitsText, column: 'units' });
    }
    const deadlineParts = byColumn('deadline').map((cell) => cell.value.replace(DEADLINE_LABEL, ''));
    if (attribution.deadlineRaw) deadlineParts.unshift(attribution.deadlineRaw);
    const deadlineRaw = joinText(deadlineParts);
    const units: Unit[] = [];
    const notes: string[] = [];
    for (const [role, cells] of groupByRole(unitCells)) {
      const parsed = parseUnits(joinCells(cells), { defaultRole: role, firstIsLead: options.firstIsLead });
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
      if (applied) remark.governed.push(node.position.start.line);
    }
    return {
      number: node.number,
      label: node.label,
      section: place.section,
      subsection: place.subsection,
      text,
      units,
      unitsRaw: [attribution.unitsText, writtenUnits].filter((text) => text !== '').join('；') || null,
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
        `the remark ${remark.fromTask >= 0 ? `in task ${remark.fromTask}` : `at line ${remark.position.start.line}`} makes ${remark.units.join('、')} an implicit unit of ${remark.governed.length} task(s), on lines ${first}–${last} (${remark.scope})`,
        remark.position,
      );
    }
  }

  function addRemark(units: string[], scope: UnitRemark['scope'], section: number, position: Task['position']): void {
    if (units.length > 0) remarks.push({ units, scope, section, fromTask: -1, position, governed: [] });
  }

  return { read, addRemark, finish };
}

const DEADLINE_LABEL = /^\s*[【[]?(?:完成|推进|办结)?(?:时限|时间|期限)(?:节点|要求|安排)?[】\]]?\s*[:：]\s*/;

/** Cells of one column: a row split by a page break joins as one text; labelled lines stay apart. */
function joinCells(cells: Cell[]): string {
  return cells.some((cell) => cell.label) ? cells.map((cell) => cell.value.trim()).join('；') : joinText(cells.map((cell) => cell.value));
}

function groupByRole(cells: Cell[]): [UnitRole, Cell[]][] {
  const groups = new Map<UnitRole, Cell[]>();
  for (const cell of cells) {
    const role = cell.role ?? 'responsible';
    groups.set(role, [...(groups.get(role) ?? []), cell]);
  }
  return [...groups];
}

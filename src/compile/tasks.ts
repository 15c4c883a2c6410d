/**
 * Task nodes → model tasks: text joined across rows, units split and expanded, deadlines
 * normalized, and units that a remark makes implicit ("以下均需…落实，不再列出…下同") given
 * to the tasks it governs.
 */
import type { VFile } from 'vfile';
import type { Deadline, Task, Unit, UnitRole } from '../model/schema';
import type { Task as TaskNode } from '../tree';
import { canonicalUnitName, parseUnits, type ParsedUnits, type UnitRemark } from '../extract/units';
import { findMilestones, parseDeadline } from '../extract/deadlines';
import { readTaskCells } from './task-cells';
import type { PlanTask } from './plan';
import { report, RULES } from '../diagnostics';

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
  read(node: TaskNode, place: TaskPlace): PlanTask;
  /** A remark outside any task (a heading's, a line's own) that governs the tasks after it. */
  addRemark(units: string[], scope: UnitRemark['scope'], section: number, position: Task['position']): void;
  /** Leaders of a section (its annotation 牵头领导：…, or a heading named after a leader): every task under it answers to them. */
  addSectionLeaders(names: string[], section: number, subsection: number | null): void;
  finish(): void;
}

export function createTaskReader(file: VFile, referenceDate: string | null, options: { firstIsLead?: boolean } = {}): TaskReader {
  const remarks: ActiveRemark[] = [];
  const sectionLeaders: { names: string[]; section: number; subsection: number | null }[] = [];
  // Cells repeat row after row (one notice: 99 rows, 2 distinct deadline cells, 68 unit cells):
  // each distinct cell is read once per notice. Every task gets its own copies of the results.
  const unitCells = new Map<string, ParsedUnits>();
  const deadlineCells = new Map<string, Deadline>();

  function unitsOf(text: string, role: UnitRole): ParsedUnits {
    const key = `${role}\u0000${text}`;
    let parsed = unitCells.get(key);
    if (!parsed) unitCells.set(key, (parsed = parseUnits(text, { defaultRole: role, firstIsLead: options.firstIsLead })));
    return parsed;
  }

  function deadlineOf(raw: string | null, number: number, position: Task['position']): Deadline {
    const key = raw ?? '';
    let deadline = deadlineCells.get(key);
    if (!deadline) deadlineCells.set(key, (deadline = parseDeadline(raw, { referenceDate })));
    if (deadline.raw !== null && deadline.kind === 'unspecified') {
      report(file, 'info', 'deadline-unread', `task ${number}: “${snippet(deadline.raw)}” stands where its time is, but names no date or period fengong can read`, position);
    }
    return { ...deadline };
  }

  function read(node: TaskNode, place: TaskPlace): PlanTask {
    const cells = readTaskCells(node);
    const units: Unit[] = [];
    const notes: string[] = cells.other ? [cells.other] : [];
    const leaders: string[] = [];
    for (const group of sectionLeaders) {
      if (group.section !== place.section || (group.subsection !== null && group.subsection !== place.subsection)) continue;
      for (const name of group.names) if (!leaders.includes(name)) leaders.push(name);
    }
    for (const name of cells.leaders) if (!leaders.includes(name)) leaders.push(name);
    for (const source of cells.units) {
      const parsed = unitsOf(source.text, source.role);
      for (const unit of parsed.units) if (!units.some((known) => known.name === unit.name)) units.push({ ...unit });
      if (parsed.note) notes.push(parsed.note);
      for (const problem of parsed.problems) report(file, RULES[problem.ruleId].severity, problem.ruleId, `task ${node.number}: ${problem.message}`, source.position);
      for (const name of parsed.leaders) if (!leaders.includes(name)) leaders.push(name);
      if (parsed.units.length === 0 && parsed.leaders.length === 0 && parsed.remarks.length === 0 && source.text.trim() !== '') {
        report(file, 'warning', 'units-unread', `task ${node.number}: “${snippet(source.text)}” stands where its units are, but names no unit fengong can read`, source.position);
      }
      for (const remark of parsed.remarks) {
        // （具体任务需由各乡（镇）人民政府落实） in the task's own cell: its units are this task's, implicitly.
        if (remark.scope === 'this-task') {
          for (const name of remark.inherited) {
            if (!units.some((unit) => unit.name === name)) units.push({ name, role: 'responsible', implicit: true, canonical: canonicalUnitName(name) ?? name });
          }
        } else if (remark.inherited.length > 0) {
          activate({ units: remark.inherited, scope: remark.scope, section: place.section, fromTask: node.number, position: source.position, governed: [] });
        }
      }
    }
    for (const remark of remarks) {
      if (remark.scope === 'rest-of-section' && remark.section !== place.section) continue;
      let applied = false;
      for (const name of remark.units) {
        if (units.some((unit) => unit.name === name)) continue;
        units.push({ name, role: 'responsible', implicit: true, canonical: canonicalUnitName(name) ?? name });
        applied = true;
      }
      if (applied) remark.governed.push(node.position.start.line);
    }
    return {
      number: node.number,
      label: node.label,
      section: place.section,
      subsection: place.subsection,
      text: cells.text,
      units,
      leaders,
      unitsRaw: cells.unitsRaw,
      note: notes.length > 0 ? notes.join('；') : null,
      deadline: deadlineOf(cells.deadlineRaw, node.number, cells.deadlinePosition),
      milestones: findMilestones(cells.text, { referenceDate }),
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
    if (units.length > 0) activate({ units, scope, section, fromTask: -1, position, governed: [] });
  }

  /**
   * A remark repeated row after row (each copy of a table, each part restating 以下均需…) adds
   * nothing once an earlier one with the same units and reach is active: that one, checked
   * first, already gives every task those units, so the repeat would govern no task and report
   * nothing. Keeping it would only make every later task scan one more remark.
   */
  function activate(remark: ActiveRemark): void {
    if (!remarks.some((active) => sameReach(active, remark))) remarks.push(remark);
  }

  function addSectionLeaders(names: string[], section: number, subsection: number | null): void {
    if (names.length > 0) sectionLeaders.push({ names, section, subsection });
  }

  return { read, addRemark, addSectionLeaders, finish };
}

/** A cell quoted in a message: short, on one line. */
function snippet(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 24 ? `${line.slice(0, 24)}…` : line;
}

/** Same units in the same order, and the same tasks in reach. */
function sameReach(a: ActiveRemark, b: ActiveRemark): boolean {
  if (a.scope !== b.scope || (a.scope === 'rest-of-section' && a.section !== b.section)) return false;
  return a.units.length === b.units.length && a.units.every((name, index) => name === b.units[index]);
}

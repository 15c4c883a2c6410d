/**
 * A task node's cells → its text, its unit texts (by role) and its deadline text. Units come
 * from unit cells, from an attribution (a closing bracket or labelled lines), or — when a row
 * lost its columns — from an attribution still at the end of the text.
 */
import type { Position, UnitRole } from '../model/schema';
import type { Cell, Task as TaskNode } from '../tree';
import { findTrailingAttribution, splitAttribution, stripDeadlineLabel, type Attribution } from '../extract/inline';
import { cleanJoined, cleanText, joinText } from '../extract/text';
import { readLeaders } from '../extract/leaders';

export interface UnitSource {
  role: UnitRole;
  text: string;
  position: Position;
}

export interface TaskCells {
  text: string;
  units: UnitSource[];
  unitsRaw: string | null;
  deadlineRaw: string | null;
  /** Where the deadline was written (its cell, or the attribution holding it). */
  deadlinePosition: Position;
  /** 备注, a category column and other columns fengong has no field for, as written. */
  other: string | null;
  /** People from a leader column (牵头领导, 责任人 …), names only. */
  leaders: string[];
}

export function readTaskCells(node: TaskNode): TaskCells {
  const columns = cellsByColumn(node.children);
  const byColumn = (kind: Cell['column']): readonly Cell[] => columns.get(kind) ?? NONE;
  let text = cleanJoined(byColumn('text').map((cell) => cell.value));
  const attributionCells = byColumn('attribution');
  const unitCells = byColumn('units');
  let attributionText = attributionCells.length > 0 ? joinCells(attributionCells) : '';
  let attributionPosition = attributionCells[0]?.position ?? node.position;
  if (!attributionText && unitCells.length === 0) {
    const trailing = findTrailingAttribution(text);
    if (trailing) {
      attributionText = text.slice(trailing.start, trailing.end);
      text = cleanText(text.slice(0, trailing.start));
      attributionPosition = byColumn('text').at(-1)?.position ?? node.position;
    }
  }
  const attribution = attributionText === '' ? NO_ATTRIBUTION : splitAttribution(attributionText);
  const units: UnitSource[] = [];
  if (attribution.unitsText) units.push({ role: 'responsible', text: attribution.unitsText, position: attributionPosition });
  const unitGroups = groupByRole(unitCells).map(([role, cells]): UnitSource => ({ role, text: joinCells(cells), position: cells[0]!.position }));
  for (const group of unitGroups) units.push(group);
  const deadlineParts = byColumn('deadline').map((cell) => stripDeadlineLabel(cell.value));
  if (attribution.deadlineRaw) deadlineParts.unshift(attribution.deadlineRaw);
  const deadlineRaw = joinText(deadlineParts);
  const written = [attribution.unitsText, ...unitGroups.map((group) => group.text)].filter((part) => part !== '');
  const other = cleanJoined([...byColumn('category'), ...byColumn('other')].map((cell) => cell.value));
  const leaders = readLeaders(joinCells(byColumn('leader')));
  return {
    text,
    units,
    unitsRaw: written.length > 0 ? written.join('；') : null,
    deadlineRaw: deadlineRaw === '' ? null : deadlineRaw,
    deadlinePosition: byColumn('deadline')[0]?.position ?? (attribution.deadlineRaw ? attributionPosition : node.position),
    other: other === '' ? null : other,
    leaders,
  };
}

const NONE: readonly Cell[] = [];
const NO_ATTRIBUTION: Attribution = { unitsText: '', deadlineRaw: null };

/** A task's cells by column, in order: one pass instead of a filter per column. */
function cellsByColumn(cells: readonly Cell[]): Map<Cell['column'], Cell[]> {
  const columns = new Map<Cell['column'], Cell[]>();
  for (const cell of cells) {
    const column = columns.get(cell.column);
    if (column) column.push(cell);
    else columns.set(cell.column, [cell]);
  }
  return columns;
}

/** Cells of one column: a row split by a page break joins as one text; labelled lines stay apart. */
function joinCells(cells: readonly Cell[]): string {
  return cells.some((cell) => cell.label) ? cells.map((cell) => cell.value.trim()).join('；') : joinText(cells.map((cell) => cell.value));
}

function groupByRole(cells: readonly Cell[]): [UnitRole, Cell[]][] {
  const groups = new Map<UnitRole, Cell[]>();
  for (const cell of cells) {
    const role = cell.role ?? 'responsible';
    const group = groups.get(role);
    if (group) group.push(cell);
    else groups.set(role, [cell]);
  }
  return [...groups];
}

/**
 * Which column each cell of a row belongs to. Copies out of PDFs add or lose empty cells
 * (a merged header cell, a trailing tab), so cells are matched to the header's content
 * columns by count first, and by what they look like when the count is off.
 */
import type { Cell as LineCell } from '../lines/cells';
import type { Column } from '../classify/table-header';
import type { Task } from './types';

const DEADLINE_LIKE =
  /^(?:.{0,12}(?:\d{4}|[〇一二三四五六七八九十]{2,4})年.{0,16}|.{0,8}(?:期间|时期|底前|前完成|以前|之前|季度|上半年|下半年|年底|年内|每年|每季|每月|长期|持续|常态|逐步|适时|按期|按年度)(?:.{0,10}))$/;

export function looksLikeDeadline(text: string): boolean {
  return text.length <= 40 && DEADLINE_LIKE.test(text.trim()) && !/[。；]/.test(text);
}

/** Unit lists name organs: short items ending in 局, 委, 办, 部, 院, 会, 政府, 中心, 队, 社, 所 … */
export function looksLikeUnits(text: string): boolean {
  const items = text.split(/[、，,；;\s]+/).filter((item) => item !== '');
  if (items.length === 0) return false;
  return items.every((item) => item.length <= 24 && /(?:局|委|办|部|院|会|政府|中心|队|社|所|厅|署|行|司|公司|单位|部门|集团|站|馆|组|处|室|联|协|团)(?:[)）〕\]】].*)?$/.test(item));
}

export function alignCells(cells: LineCell[], columns: Column[]): [LineCell, Column][] {
  const row = [...cells];
  while (row.length > columns.length && row[row.length - 1]!.text === '') row.pop();
  while (row.length > columns.length && row[0]!.text === '') row.shift();
  if (row.length > columns.length) mergeExtrasIntoText(row, columns);
  const pairs: [LineCell, Column][] = [];
  if (row.length === columns.length) {
    row.forEach((cell, index) => pairs.push([cell, columns[index]!]));
  } else {
    // Fewer cells than columns: fill from the left, but a last cell that reads as a deadline
    // goes to the deadline column ("1  文本  2024年底前" with no unit cell).
    const deadlineIndex = columns.findIndex((column) => column.kind === 'deadline');
    const last = row[row.length - 1];
    const pinLast = row.length >= 2 && deadlineIndex >= 0 && last && looksLikeDeadline(last.text);
    row.forEach((cell, index) => {
      const column = pinLast && index === row.length - 1 ? columns[deadlineIndex]! : columns[Math.min(index, columns.length - 1)]!;
      pairs.push([cell, column]);
    });
  }
  return pairs.filter(([cell]) => cell.text !== '');
}

/** More cells than columns: a tab inside the task text; the extras before the units join the text. */
function mergeExtrasIntoText(row: LineCell[], columns: Column[]): void {
  const textIndex = Math.max(0, columns.findIndex((column) => column.kind === 'text'));
  const extra = row.length - columns.length;
  const merged = row.slice(textIndex, textIndex + extra + 1).filter((cell) => cell.text !== '');
  if (merged.length === 0) {
    row.splice(textIndex, extra);
    return;
  }
  const first = merged[0]!;
  const last = merged[merged.length - 1]!;
  // The view between first.start and last.end is the raw slice; the gap inside is kept.
  row.splice(textIndex, extra + 1, { text: merged.map((cell) => cell.text).join(' '), start: first.start, end: last.end });
}

/**
 * A continuation line with no column gaps at all (OCR lost the tabs): it continues the
 * column that was left unfinished, or the one it looks like.
 */
export function guessContinuationColumn(task: Task, text: string, columns: Column[]): Column {
  const byKind = (kind: Column['kind']): Column | undefined => columns.find((column) => column.kind === kind);
  const lastCell = task.children[task.children.length - 1];
  const unitsColumn = byKind('units');
  const deadlineColumn = byKind('deadline');
  if (lastCell?.column === 'units' && /[、，,]$/.test(lastCell.value.trim()) && unitsColumn) return unitsColumn;
  if (lastCell?.column === 'text' && !/[。；;]$/.test(lastCell.value.trim())) return byKind('text') ?? columns[0]!;
  if (deadlineColumn && looksLikeDeadline(text) && !task.children.some((cell) => cell.column === 'deadline')) return deadlineColumn;
  if (unitsColumn && looksLikeUnits(text) && !/[。]/.test(text)) return unitsColumn;
  return byKind('text') ?? columns[0]!;
}

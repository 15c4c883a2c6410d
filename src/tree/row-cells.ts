/**
 * Which column each cell of a row belongs to. Copies out of PDFs add or lose empty cells
 * (a merged header cell, a trailing tab), OCR drops empty cells altogether, and a row broken
 * over two lines continues whichever columns were cut. So cells are matched to the header's
 * content columns in order, by place where tabs keep places, and otherwise by what each cell
 * looks like and which column was left unfinished.
 */
import type { Cell as LineCell } from '../lines/cells';
import type { Column } from '../classify/table-header';
import type { Task } from './types';
import { foldWidth } from '../lines';
import { BRACKET_GROUP, closesBracket, endsLikeOrganName, leavesBracketOpen, looksLikeDeadline, looksLikeUnits } from '../classify/cell-kinds';

export { leavesBracketOpen, looksLikeDeadline, looksLikeUnits };

/** The last part of a cell reads as finished: a sentence's end, an organ's name, a remark's close. */
export function endsComplete(text: string, kind: Column['kind']): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  if (kind === 'units') return !/[、，,；;]$/.test(trimmed) && (endsLikeOrganName(trimmed) || /[〕\]】］]$/.test(trimmed) || /等$/.test(trimmed));
  if (kind === 'text') return /[。！？；.!?;]["”’）)]?$/.test(trimmed);
  return true;
}

export interface AlignOptions {
  /** Tabs keep column places: a cell at index k stands in column k or, with cells lost, later. */
  positional: boolean;
  /** The column the first cell most likely continues (an unfinished cell), or must take (a row's text). */
  open?: Column | null;
  /** How much `open` is preferred: 1.5 a hint, 10 a must (a new row's first cell is its text). */
  pull?: number;
  /** `open` was left with a bracket open: the cell that closes it goes there, wherever it stands. */
  closes?: boolean;
}

/** Cells of a row (after its number) → content columns, in order. Empty cells are dropped. */
export function alignCells(cells: LineCell[], columns: Column[], options: AlignOptions = { positional: true }): [LineCell, Column][] {
  const row = [...cells];
  while (row.length > columns.length && row[row.length - 1]!.text === '') row.pop();
  while (row.length > columns.length && row[0]!.text === '') row.shift();
  if (row.length > columns.length) mergeExtrasIntoText(row, columns);
  if (options.positional && row.length === columns.length) {
    return row.map((cell, index): [LineCell, Column] => [cell, columns[index]!]).filter(([cell]) => cell.text !== '');
  }
  return bestAssignment(row, columns, options);
}

/**
 * Fewer cells than columns: each cell goes to a column after the one before it, the columns
 * chosen to fit best (a units-like cell to a unit column, a date to the deadline). With tabs,
 * a cell cannot stand before its own place. A small dynamic program over (cell, column).
 */
function bestAssignment(row: LineCell[], columns: Column[], options: AlignOptions): [LineCell, Column][] {
  const n = row.length;
  const m = columns.length;
  const slack = m - n;
  const NONE = -Infinity;
  // score[i][j]: best total with cell i in column j; from[i][j]: column of cell i-1.
  // The cell `open` pulls: the one closing its bracket, or the first when it is the only one
  // (with several cells, their order and looks place them better than a guess).
  const filled = row.filter((cell) => cell.text !== '').length;
  const first = options.closes
    ? row.findIndex((cell) => closesBracket(cell.text))
    : filled === 1 || (options.pull ?? 0) >= 10
      ? row.findIndex((cell) => cell.text !== '')
      : -1;
  const score: number[][] = [];
  const from: number[][] = [];
  for (let i = 0; i < n; i++) {
    score.push(new Array<number>(m).fill(NONE));
    from.push(new Array<number>(m).fill(-1));
    const cell = row[i]!;
    for (let j = 0; j < m; j++) {
      if (options.positional && (j < i || j > i + slack)) continue;
      const fit = fitOf(cell.text, columns[j]!, i === first ? options.open : null, options.pull ?? 1.5) - 0.01 * j;
      if (i === 0) {
        score[i]![j] = fit;
        continue;
      }
      for (let k = 0; k < j; k++) {
        const total = score[i - 1]![k]! + fit;
        if (total > score[i]![j]!) {
          score[i]![j] = total;
          from[i]![j] = k;
        }
      }
    }
  }
  let column = -1;
  for (let j = 0; j < m; j++) if (n > 0 && score[n - 1]![j]! > NONE && (column < 0 || score[n - 1]![j]! > score[n - 1]![column]!)) column = j;
  const pairs: [LineCell, Column][] = [];
  if (column < 0) {
    // No order fits (more filled cells than columns cannot reach here): fill from the left.
    row.forEach((cell, index) => pairs.push([cell, columns[Math.min(index, m - 1)]!]));
  } else {
    for (let i = n - 1; i >= 0; i--) {
      pairs.unshift([row[i]!, columns[column]!]);
      column = from[i]![column]!;
    }
  }
  return pairs.filter(([cell]) => cell.text !== '');
}

/**
 * How well a cell's text fits a column; empty cells fit anywhere. A list of several organs, a
 * piece starting with a list separator ("、市场监督管理局"), or a bracketed remark alone
 * ("〔以下均需…下同〕") is units even where text was left open. `open` gets a bonus of `pull`.
 */
function fitOf(text: string, column: Column, open: Column | null | undefined, pull: number): number {
  if (text === '') return 0;
  const bonus = open && open === column ? pull : 0;
  const units = looksLikeUnits(text);
  const bare = text.replace(BRACKET_GROUP, '').trim();
  switch (column.kind) {
    case 'text':
      return 1 + bonus - (units || looksLikeDeadline(text) ? 0.3 : 0) - (/^[、，,；;]/.test(text) || bare === '' ? 1 : 0);
    case 'units':
      if (bare === '') return bonus + 1.5;
      if (!units) return bonus + (/[。]/.test(bare) ? -1 : 0.2);
      return bonus + 2 + (/[、，,；;]/.test(bare) ? 0.5 : 0);
    case 'deadline':
      return bonus + (looksLikeDeadline(text) ? 2 : -0.5);
    default:
      return bonus + 0.5;
  }
}

/** More cells than columns: a gap inside the task text; the extras before the units join the text. */
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

export interface OpenColumn {
  column: Column;
  /** How strongly the next line is pulled into it. */
  pull: number;
  /** Pulled because a bracket was left open there. */
  closes?: boolean;
}

/**
 * The column a continuation line most likely goes on with: the task's text when it stops
 * mid-sentence, its units when they stop at a separator or mid-name — strongly when a bracket
 * was left open ("各乡（镇）人民政府〔以下" / "均需…下同〕") — nothing in particular when both or
 * neither are open.
 */
export function openColumn(task: Task, columns: Column[], next = ''): OpenColumn | null {
  const textColumn = columns.find((column) => column.kind === 'text') ?? null;
  const text = tailOf(task, 'text');
  if (text.trim() === '') return textColumn ? { column: textColumn, pull: 10 } : null;
  // With 牵头 and 配合 columns, the one cut short may be either: the open one, else the last.
  const unitCells = lastCellsOf(task, 'units');
  const lastUnits = unitCells.find((cell) => !endsComplete(cell.value, 'units')) ?? unitCells[unitCells.length - 1];
  const unitsColumn = lastUnits ? (columns.find((column) => column.kind === 'units' && column.role === lastUnits.role) ?? null) : null;
  if (unitsColumn && lastUnits && leavesBracketOpen(lastUnits.value) && closesBracket(next)) return { column: unitsColumn, pull: 4, closes: true };
  if (textColumn && leavesBracketOpen(text) && closesBracket(next)) return { column: textColumn, pull: 4, closes: true };
  // The row ended with its time, cut short: "持续" / "推进", "2024年12" / "月底前".
  const last = task.children[task.children.length - 1];
  const deadlineColumn = columns.find((column) => column.kind === 'deadline');
  if (deadlineColumn && last?.column === 'deadline' && goesOnWithDeadline(last.value, next)) return { column: deadlineColumn, pull: 3 };
  const unitsOpen = lastUnits !== undefined && !endsComplete(lastUnits.value, 'units');
  const textOpen = !endsComplete(text, 'text');
  // Only the text so far, cut mid-sentence: the next line goes on with it, whatever it looks like.
  if (textOpen && last?.column === 'text' && textColumn) return { column: textColumn, pull: 4 };
  if (textOpen && !unitsOpen && textColumn) return { column: textColumn, pull: 1.5 };
  if (unitsOpen && !textOpen && unitsColumn) return { column: unitsColumn, pull: 1.5 };
  return null;
}

/** A short piece that, put after the time written so far, still reads as a time. */
function goesOnWithDeadline(deadline: string, next: string): boolean {
  const piece = next.replace(/\s+/g, '');
  if (piece === '' || piece.length > 8 || /[。；;，,、]/.test(piece) || endsLikeOrganName(piece)) return false;
  return looksLikeDeadline(foldWidth(deadline) + piece);
}

/** The last ~200 characters of a column's cells: enough to see how it ends, constant work per line. */
function tailOf(task: Task, kind: Column['kind']): string {
  let tail = '';
  for (let index = task.children.length - 1; index >= 0 && tail.length < 200; index--) {
    const cell = task.children[index]!;
    if (cell.column === kind) tail = cell.value + tail;
  }
  return tail;
}

/** The last cell of each column of `kind`, in column order (a row has one, or 牵头 and 配合). */
function lastCellsOf(task: Task, kind: Column['kind']): Task['children'][number][] {
  const cells: Task['children'][number][] = [];
  for (let index = task.children.length - 1; index >= 0; index--) {
    const cell = task.children[index]!;
    if (cell.column === kind && !cells.some((known) => known.role === cell.role)) cells.unshift(cell);
  }
  return cells;
}

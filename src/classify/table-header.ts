import type { UnitRole } from '../model/schema';
import { FIELD_LABELS, TEXT_COLUMN, fieldLabel, type FieldKind } from '../lexicon/labels';
import { CodeSet, SPACE_RANGES } from '../lines/chars';

/**
 * A task table's header row names its columns: 序号 | 主要任务 | 责任单位 | 推进时间, or
 * 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限, in any order. It repeats at every page
 * break, with whatever tab layout the copy left (a merged cell drops or adds a tab), so it
 * is recognised by its words, not by its cell positions.
 */
export type ColumnKind = FieldKind;

export interface Column {
  kind: ColumnKind;
  /** For unit columns: the role the header gives (牵头单位 → lead). */
  role?: UnitRole;
  label: string;
}

/** 推进时间, 完成时限, 办结期限, 时间进度: deadline columns are worded more freely than labels. */
const DEADLINE_COLUMN = /^(?:推进|完成|办结|实施)?(?:时间|时限|期限)(?:节点|要求|安排|进度)?$/;

export function columnOf(word: string): Column | null {
  const label = word.replace(/\s+/g, '');
  const known = fieldLabel(label);
  if (known) return known.role ? { kind: known.field, role: known.role, label } : { kind: known.field, label };
  if (TEXT_COLUMN.test(label)) return { kind: 'text', label };
  if (DEADLINE_COLUMN.test(label)) return { kind: 'deadline', label };
  return null;
}

/**
 * The columns a header line names, in order, or null when the line is not a header.
 * Needs at least two known column words and nothing else on the line. PDF copies letter-space
 * header cells ("责 任 单 位") or lose the gaps between them ("序号主要任务"), so when the words
 * do not split on blanks the line is read again with its blanks removed.
 */
export function readTableHeader(view: string): Column[] | null {
  if (!onlyHeaderChars(view)) return null;
  // A ruled header ("| 序号 | 主要任务 | 责任单位 |") parts its cells with bars.
  const text = /[|｜│┃]/.test(view) ? view.replace(/[|｜│┃]/g, '\t').trim() : view.trim();
  if (text === '' || text.length > 80) return null;
  // Tabs and wide gaps part the cells; a single blank may be letter-spacing inside one ("工作 任务").
  const cells = text
    .split(/\t| {2,}/)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '');
  const byCells = cells.length >= 2 && cells.length <= 8 ? wordsToColumns(cells) : null;
  if (byCells && isHeaderShape(byCells)) return byCells;
  const words = text.split(/[\t ]+/);
  const columns = words.length <= 8 ? wordsToColumns(words) : null;
  if (columns) return isHeaderShape(columns) ? columns : null;
  const compact = words.join('');
  if (compact.length > 48 || !HEADER_HINT.test(compact)) return null;
  const segmented = segmentColumns(compact);
  return segmented && isHeaderShape(segmented) ? segmented : null;
}

/**
 * Every character of a header is a letter of some column word, a blank or a bar: one scan
 * rules out the task rows (their figures, their punctuation) before any splitting.
 */
const HEADER_CHARS = new CodeSet(
  `${[...new Set([...FIELD_LABELS.map((label) => label.word).join(''), ...TEXT_COLUMN.source, ...DEADLINE_COLUMN.source])].filter((char) => /\p{Script=Han}/u.test(char)).join('')}|｜│┃`,
  SPACE_RANGES,
);

function onlyHeaderChars(view: string): boolean {
  for (let i = 0; i < view.length; i++) if (!HEADER_CHARS.has(view.charCodeAt(i))) return false;
  return true;
}

/** A header names a task or unit column, among two to eight. */
function isHeaderShape(columns: Column[]): boolean {
  if (columns.length < 2 || columns.length > 8) return false;
  return columns.some((column) => column.kind === 'text' || column.kind === 'units');
}

const HEADER_HINT = /任务|措施|事项|单位|部门|时限|时间/;

function wordsToColumns(words: string[]): Column[] | null {
  const columns: Column[] = [];
  for (const word of words) {
    const column = columnOf(word);
    if (!column) return null;
    columns.push(column);
  }
  return columns;
}

/** Column words are 2–6 characters; the fewest words that cover the whole text win. */
function segmentColumns(compact: string): Column[] | null {
  const best: ({ count: number; from: number; column: Column } | null)[] = [{ count: 0, from: 0, column: DEFAULT_COLUMNS[0]! }];
  for (let end = 1; end <= compact.length; end++) {
    best.push(null);
    for (let length = 2; length <= 6 && length <= end; length++) {
      const before = best[end - length];
      if (!before) continue;
      const column = columnOf(compact.slice(end - length, end));
      if (column && (!best[end] || before.count + 1 < best[end]!.count)) best[end] = { count: before.count + 1, from: end - length, column };
    }
  }
  const columns: Column[] = [];
  for (let end = compact.length; end > 0; ) {
    const step = best[end];
    if (!step) return null;
    columns.unshift(step.column);
    end = step.from;
  }
  return columns;
}

/** The columns a row's cells (after its number) map to, given the header or the common default. */
export function contentColumns(header: Column[] | null): Column[] {
  const columns = (header ?? DEFAULT_COLUMNS).filter((column) => column.kind !== 'number');
  return columns.length > 0 ? columns : DEFAULT_COLUMNS;
}

export const DEFAULT_COLUMNS: Column[] = [
  { kind: 'text', label: '主要任务' },
  { kind: 'units', role: 'responsible', label: '责任单位' },
  { kind: 'deadline', label: '推进时间' },
];

/** The usual five-column layout (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限), for a table that lost its header. */
export const LEAD_SUPPORT_COLUMNS: Column[] = [
  { kind: 'text', label: '重点任务' },
  { kind: 'units', role: 'lead', label: '牵头单位' },
  { kind: 'units', role: 'support', label: '配合单位' },
  { kind: 'deadline', label: '完成时限' },
];

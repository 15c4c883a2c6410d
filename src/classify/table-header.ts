import type { UnitRole } from '../model/schema';

/**
 * A task table's header row names its columns: 序号 | 主要任务 | 责任单位 | 推进时间, or
 * 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限, in any order. It repeats at every page
 * break, with whatever tab layout the copy left (a merged cell drops or adds a tab), so it
 * is recognised by its words, not by its cell positions.
 */
export type ColumnKind = 'number' | 'text' | 'units' | 'deadline' | 'other';

export interface Column {
  kind: ColumnKind;
  /** For unit columns: the role the header gives (牵头单位 → lead). */
  role?: UnitRole;
  label: string;
}

const COLUMN_WORDS: { kind: ColumnKind; role?: UnitRole; pattern: RegExp }[] = [
  { kind: 'number', pattern: /^(?:序号|编号|序列号|项次)$/ },
  { kind: 'units', role: 'lead', pattern: /^(?:牵头(?:单位|部门|领导)?|主(?:办|责)(?:单位|部门))$/ },
  { kind: 'units', role: 'support', pattern: /^(?:配合|协办|参与|协助|协同)(?:单位|部门)?$/ },
  { kind: 'units', role: 'responsible', pattern: /^(?:责任(?:单位|部门|主体)|承办(?:单位|部门)|实施(?:单位|主体)|落实(?:单位|部门))$/ },
  {
    kind: 'deadline',
    pattern: /^(?:推进|完成|办结|实施)?(?:时间|时限|期限)(?:节点|要求|安排|进度)?$|^(?:时间节点|进度安排|时序进度)$/,
  },
  {
    kind: 'text',
    pattern:
      /^(?:主要|重点|工作|具体|目标|改革|建设)?(?:任务|措施|工作|事项|举措|内容)(?:内容|措施|名称|事项|清单|分工)?$/,
  },
  { kind: 'other', pattern: /^(?:备注|类别|分类|工作目标|目标要求|完成标准|责任领导|分管领导|责任人)$/ },
];

export function columnOf(word: string): Column | null {
  const label = word.replace(/\s+/g, '');
  for (const entry of COLUMN_WORDS) {
    if (entry.pattern.test(label)) {
      return entry.role ? { kind: entry.kind, role: entry.role, label } : { kind: entry.kind, label };
    }
  }
  return null;
}

/**
 * The columns a header line names, in order, or null when the line is not a header.
 * Needs at least two known column words and nothing else on the line.
 */
export function readTableHeader(view: string): Column[] | null {
  const words = view.trim().split(/[\t ]+/).filter((word) => word !== '');
  if (words.length < 2 || words.length > 8) return null;
  const columns: Column[] = [];
  for (const word of words) {
    const column = columnOf(word);
    if (!column) return null;
    columns.push(column);
  }
  const kinds = new Set(columns.map((column) => column.kind));
  if (!kinds.has('text') && !kinds.has('units')) return null;
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

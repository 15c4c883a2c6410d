/**
 * Field labels: the words a notice puts before a field or on top of a column — 牵头单位：…,
 * 责任单位, 完成时限：…, 牵头领导：…, 序号, 主要任务. Each says which field it opens and, for
 * units, which role. Table headers, labelled lines, inline brackets and the unit splitter read
 * their labels from this one list.
 */
import type { UnitRole } from '../model/schema';

export type FieldKind = 'number' | 'text' | 'units' | 'deadline' | 'leader' | 'category' | 'other';

export interface FieldLabel {
  word: string;
  field: FieldKind;
  /** For unit fields: the role the label gives. */
  role?: UnitRole;
}

const units = (role: UnitRole, words: string[]): FieldLabel[] => words.map((word) => ({ word, field: 'units', role }));
const fields = (field: FieldKind, words: string[]): FieldLabel[] => words.map((word) => ({ word, field }));

export const FIELD_LABELS: readonly FieldLabel[] = [
  ...units('lead', ['牵头单位', '牵头部门', '牵头责任单位', '牵头责任部门', '主责单位', '主责部门', '主办单位', '主办部门', '牵头', '主办']),
  ...units('support', [
    '配合单位', '配合部门', '参与单位', '参与部门', '协办单位', '协办部门', '协助单位', '协助部门', '协同单位', '协同部门',
    '协同责任单位', '支持单位', '配合', '参与', '协办', '协助', '协同',
  ]),
  ...units('responsible', ['责任单位', '责任部门', '责任主体', '承办单位', '承办部门', '实施单位', '实施主体', '落实单位', '落实部门']),
  ...fields('leader', [
    '牵头领导', '责任领导', '分管领导', '联系领导', '包保领导', '牵头县领导', '牵头市领导', '牵头区领导', '牵头省领导',
    '县级领导', '市级领导', '区级领导', '责任县领导', '责任市领导', '责任区领导', '分管县领导', '分管市领导', '分管区领导',
    '责任人', '负责人', '牵头人',
  ]),
  ...fields('deadline', [
    '完成时限', '完成时间', '完成期限', '办结时限', '办结时间', '推进时间', '时间节点', '时间要求', '时间安排', '时限',
    '时限要求', '进度安排', '时序进度', '完成时间节点', '实施时间', '推进时限', '时间', '期限',
  ]),
  ...fields('number', ['序号', '编号', '序列号', '项次']),
  ...fields('category', ['类别', '分类', '领域', '板块', '类型']),
  ...fields('other', ['备注', '工作目标', '目标要求', '完成标准', '预期目标']),
];

/** Column words of a task's own text: 主要任务, 重点任务, 工作措施, 目标任务, 任务内容 … */
export const TEXT_COLUMN = /^(?:主要|重点|工作|具体|目标|改革|建设)?(?:任务|措施|工作|事项|举措|内容)(?:内容|措施|名称|事项|清单|分工)?$/;

const BY_WORD = new Map(FIELD_LABELS.map((label) => [label.word, label]));

/** The label a word is, or undefined. */
export function fieldLabel(word: string): FieldLabel | undefined {
  return BY_WORD.get(word);
}

/** Words of the labels of some fields, longest first (for alternations). */
export function labelWords(...kinds: FieldKind[]): string[] {
  return FIELD_LABELS.filter((label) => kinds.includes(label.field))
    .map((label) => label.word)
    .sort((a, b) => b.length - a.length);
}

/** An alternation that lets OCR's blank stand between any two characters of a word ("牵 头单位"). */
export function spacedAlternation(words: readonly string[]): string {
  return words.map((word) => [...word].join('[ \\u3000]?')).join('|');
}

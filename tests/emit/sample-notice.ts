/**
 * A hand-made notice for the emitter tests: two sections, one subsection, four tasks,
 * implicit units, lead/support roles and hostile cell contents (formula starts, Markdown
 * syntax, HTML, a newline, quotes). Built through NoticeSchema.parse, so it is a valid Notice.
 */
import { NoticeSchema, type Notice, type Position, type Task } from '../../src/model/schema';

/** A position on one line of the (imaginary) source text. */
export function pos(line: number, length = 10): Position {
  const offset = (line - 1) * 80;
  return {
    start: { line, column: 1, offset },
    end: { line, column: 1 + length, offset: offset + length },
  };
}

/** The remark that makes a unit implicit in the tasks after it. */
export const REMARK = '〔以下均需各乡（镇）人民政府落实，不再列出，下同〕';
export const TOWNSHIPS = '各乡（镇）人民政府';
/** A unit cell that tries to start a formula when a spreadsheet opens the CSV. */
export const FORMULA_UNIT = "=cmd|' /C calc'!A0";
/** A task text with Markdown/HTML syntax, a newline and quotes. */
export const MARKUP_TEXT = '建立“一张表”台账 | 按*季度*更新_进度_，<b>重点</b>\n逐项销号，标注"已完成"';
/** A task text that starts with a minus sign. */
export const MINUS_TEXT = '-统筹推进示范点建设，每年新增不少于 3 个';

const tasks: Task[] = [
  {
    ordinal: 1,
    plan: 1,
    number: 1,
    label: '1',
    section: 1,
    subsection: null,
    text: MINUS_TEXT,
    units: [
      { name: '县民政局', role: 'lead', implicit: false, canonical: '县民政局' },
      { name: '县财政局', role: 'support', implicit: false, canonical: '县财政局' },
    ],
    leaders: [],
    unitsRaw: '县民政局牵头，县财政局配合',
    note: null,
    deadline: { raw: '2023年6月底前', kind: 'by', start: null, end: '2023-06-30', cycle: null },
    milestones: [],
    position: pos(20),
  },
  {
    ordinal: 2,
    plan: 1,
    number: 2,
    label: '2',
    section: 1,
    subsection: 1,
    text: MARKUP_TEXT,
    units: [
      { name: '县委组织部', role: 'responsible', implicit: false, canonical: '县委组织部' },
      { name: TOWNSHIPS, role: 'responsible', implicit: false, canonical: TOWNSHIPS },
    ],
    leaders: [],
    unitsRaw: `县委组织部，${TOWNSHIPS}${REMARK}`,
    note: REMARK,
    deadline: { raw: '2024年12月', kind: 'date', start: '2024-12-01', end: '2024-12-31', cycle: null },
    milestones: [],
    position: pos(22),
  },
  {
    ordinal: 3,
    plan: 1,
    number: 3,
    label: '3',
    section: 1,
    subsection: 1,
    text: '完善议事协调机制',
    units: [
      { name: FORMULA_UNIT, role: 'responsible', implicit: false, canonical: FORMULA_UNIT },
      { name: TOWNSHIPS, role: 'responsible', implicit: true, canonical: TOWNSHIPS },
    ],
    leaders: [],
    unitsRaw: FORMULA_UNIT,
    note: null,
    deadline: { raw: '持续推进', kind: 'ongoing', start: null, end: null, cycle: null },
    milestones: [],
    position: pos(24),
  },
  {
    ordinal: 4,
    plan: 1,
    number: 4,
    label: '4',
    section: 2,
    subsection: null,
    text: '落实资金保障',
    units: [
      { name: '县财政局', role: 'responsible', implicit: false, canonical: '某县财政局' },
      { name: TOWNSHIPS, role: 'responsible', implicit: true, canonical: TOWNSHIPS },
    ],
    leaders: [],
    unitsRaw: '县财政局',
    note: null,
    deadline: { raw: '“十四五”期间', kind: 'period', start: '2021-01-01', end: '2025-12-31', cycle: null },
    milestones: [],
    position: pos(26),
  },
];

const base: Notice = {
  schemaVersion: 2,
  source: { name: 'sample.txt', encoding: 'utf8', bytes: 2048, sha256: 'ab'.repeat(32) },
  meta: {
    title: '示例县人民政府办公室关于印发示例工作分工方案的通知',
    docNumber: '示政办〔2023〕7号',
    issuer: '示例县人民政府办公室',
    date: '2023-04-17',
    addressees: ['各乡（镇）人民政府', '县直有关单位'],
    signer: '张三',
    urgency: '平急',
    disclosure: '主动公开',
    sender: null,
    telegramClass: null,
    attachments: [{ label: '附件', title: '示例工作分工方案' }],
  },
  preamble: ['现将《示例工作分工方案》印发给你们，请认真抓好落实。'],
  body: [
    { label: '一、', number: 1, title: '加强组织领导', text: '各部门要高度重视。', position: pos(10) },
  ],
  closing: [],
  imprint: { copiedTo: [], printer: null, printDate: null },
  plans: [
    { index: 1, label: '附件', title: '示例工作分工方案', layout: 'table', declared: { sections: 2, tasks: 4 }, position: pos(18, 2) },
  ],
  sections: [
    {
      plan: 1,
      number: 1,
      label: '一、',
      title: '健全工作机制',
      subsections: [{ number: 1, label: '（一）', title: '完善组织体系', position: pos(21) }],
      position: pos(19),
    },
    { plan: 1, number: 2, label: '二、', title: '强化保障措施', subsections: [], position: pos(25) },
  ],
  tasks,
  diagnostics: [],
};

/** A fresh, valid sample notice; `overrides` replace top-level keys. */
export function sampleNotice(overrides: Partial<Notice> = {}): Notice {
  return NoticeSchema.parse({ ...structuredClone(base), ...overrides });
}

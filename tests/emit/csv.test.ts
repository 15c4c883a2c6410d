import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/emit';
import type { Notice } from '../../src/model/schema';
import { readCsv, readCsvObjects } from './csv-reader';
import { FORMULA_UNIT, MARKUP_TEXT, MINUS_TEXT, TOWNSHIPS, sampleNotice } from './sample-notice';

const CONTRACT_TASK_COLUMNS = [
  'source', 'doc_number', 'ordinal', 'plan', 'plan_title', 'number', 'section', 'section_title',
  'subsection', 'subsection_title', 'text', 'units', 'lead_units', 'leaders', 'deadline_raw',
  'deadline_kind', 'deadline_start', 'deadline_end', 'deadline_cycle', 'milestones',
];
const CONTRACT_ASSIGNMENT_COLUMNS = [
  'source', 'doc_number', 'task_ordinal', 'plan', 'task_number', 'unit', 'canonical', 'role',
  'implicit', 'section', 'section_title', 'deadline_kind', 'deadline_start', 'deadline_end',
];
const ADDED_TASK_COLUMNS = ['support_units', 'note'];
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

const plain = (notices: Notice | Notice[], table: 'tasks' | 'assignments' = 'tasks') =>
  toCsv(notices, { table, bom: false });

function secondNotice(): Notice {
  const notice = sampleNotice();
  notice.source = { ...notice.source, name: 'other.txt', sha256: 'cd'.repeat(32) };
  notice.meta = { ...notice.meta, docNumber: '另政办〔2024〕3号' };
  notice.tasks = notice.tasks.slice(0, 2);
  return notice;
}

describe('tasks table: one row per task, contract columns first', () => {
  const rows = readCsvObjects(plain(sampleNotice()));

  it('has the contract columns in order, then the added ones', () => {
    const header = readCsv(plain(sampleNotice()))[0]!;
    expect(header.slice(0, CONTRACT_TASK_COLUMNS.length)).toEqual(CONTRACT_TASK_COLUMNS);
    expect(header.slice(CONTRACT_TASK_COLUMNS.length)).toEqual(ADDED_TASK_COLUMNS);
  });

  it('writes one row per task with section and subsection titles', () => {
    expect(rows.map((row) => row.number)).toEqual(['1', '2', '3', '4']);
    expect(rows[1]).toMatchObject({ section: '1', section_title: '健全工作机制', subsection: '1', subsection_title: '完善组织体系' });
    expect(rows[3]).toMatchObject({ section: '2', section_title: '强化保障措施', subsection: '', subsection_title: '' });
  });

  it('joins unit names with ；and lists lead and support units apart', () => {
    expect(rows[0]).toMatchObject({ units: '县民政局；县财政局', lead_units: '县民政局', support_units: '县财政局' });
    expect(rows[3]!.units).toBe(`县财政局；${TOWNSHIPS}`);
  });

  it('writes the deadline, the note and the document identity', () => {
    expect(rows[3]).toMatchObject({
      deadline_raw: '“十四五”期间', deadline_kind: 'period', deadline_start: '2021-01-01', deadline_end: '2025-12-31',
      source: 'sample.txt', doc_number: '示政办〔2023〕7号',
    });
    expect(rows[0]).toMatchObject({ deadline_start: '', deadline_end: '2023-06-30' });
    expect(rows[1]!.note).toContain('下同');
  });
});

describe('assignments table: one row per task × unit', () => {
  const rows = readCsvObjects(plain(sampleNotice(), 'assignments'));

  it('has the contract columns in order, then the added ones', () => {
    const header = readCsv(plain(sampleNotice(), 'assignments'))[0]!;
    expect(header).toEqual(CONTRACT_ASSIGNMENT_COLUMNS);
  });

  it('writes a row for every unit of every task, with role and implicit as true/false', () => {
    expect(rows).toHaveLength(8);
    expect(rows.map((row) => `${row.task_number}:${row.role}:${row.implicit}`)).toEqual([
      '1:lead:false', '1:support:false', '2:responsible:false', '2:responsible:false',
      '3:responsible:false', '3:responsible:true', '4:responsible:false', '4:responsible:true',
    ]);
    expect(rows[7]).toMatchObject({ unit: TOWNSHIPS, section_title: '强化保障措施', deadline_kind: 'period' });
    expect(rows[6]!.canonical).toBe('某县财政局');
  });

  it('keeps a task without units as one row with empty unit cells', () => {
    const notice = sampleNotice();
    notice.tasks[0]!.units = [];
    const first = readCsvObjects(plain(notice, 'assignments')).filter((row) => row.task_number === '1');
    expect(first).toEqual([expect.objectContaining({ unit: '', role: '', implicit: '' })]);
  });
});

describe('several notices: rows of all, in order, under one header', () => {
  it('concatenates the rows and writes the header once', () => {
    const csv = plain([sampleNotice(), secondNotice()]);
    const lines = readCsv(csv);
    expect(lines.filter((cells) => cells[0] === 'source')).toHaveLength(1);
    const rows = readCsvObjects(csv);
    expect(rows.map((row) => `${row.source}#${row.number}`)).toEqual([
      'sample.txt#1', 'sample.txt#2', 'sample.txt#3', 'sample.txt#4', 'other.txt#1', 'other.txt#2',
    ]);
    expect(rows[5]!.doc_number).toBe('另政办〔2024〕3号');
  });

  it('writes only the header for no notices, and nothing without a header', () => {
    expect(readCsv(plain([]))).toEqual([CONTRACT_TASK_COLUMNS.concat(ADDED_TASK_COLUMNS)]);
    expect(toCsv([], { bom: false, header: false })).toBe('');
  });
});

describe('encoding and line endings: BOM by default, CRLF records', () => {
  it('starts with a UTF-8 BOM unless bom is false', () => {
    expect(toCsv(sampleNotice()).startsWith('\uFEFFsource,')).toBe(true);
    expect(toCsv(sampleNotice(), { bom: false }).startsWith('source,')).toBe(true);
  });

  it('leaves out the header when asked', () => {
    const rows = readCsv(toCsv(sampleNotice(), { bom: false, header: false }));
    expect(rows).toHaveLength(4);
    expect(rows[0]![0]).toBe('sample.txt');
  });

  it('ends every record with CRLF and keeps a newline inside a cell as written', () => {
    const csv = plain(sampleNotice());
    expect(csv.endsWith('\r\n')).toBe(true);
    const bareNewlines = csv.replace(/\r\n/g, '').split('\n').length - 1;
    expect(bareNewlines).toBe(MARKUP_TEXT.split('\n').length - 1);
  });
});

describe('formula guard: no cell starts a formula', () => {
  const csv = plain(sampleNotice());
  const assignments = plain(sampleNotice(), 'assignments');

  it('prefixes an apostrophe to text cells starting with = + - @ tab or CR', () => {
    const rows = readCsvObjects(csv);
    expect(rows[0]!.text).toBe(`'${MINUS_TEXT}`);
    expect(rows[2]!.units).toBe(`'${FORMULA_UNIT}；${TOWNSHIPS}`);
    expect(readCsvObjects(assignments)[4]!.unit).toBe(`'${FORMULA_UNIT}`);
  });

  it('leaves no cell of either table starting with a formula character', () => {
    for (const cells of [...readCsv(csv), ...readCsv(assignments)]) {
      for (const cell of cells) expect(cell).not.toMatch(FORMULA_START);
    }
  });

  it('keeps numbers and ISO dates as they are', () => {
    const row = readCsvObjects(csv)[3]!;
    expect([row.number, row.section, row.deadline_start]).toEqual(['4', '2', '2021-01-01']);
  });

  it('guards any text starting with a formula character, and nothing else', () => {
    const hostile = fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '＝'), fc.string());
    fc.assert(
      fc.property(fc.oneof(hostile.map(([a, b]) => a + b), fc.string()), (text) => {
        const notice = sampleNotice();
        notice.tasks[1]!.text = text;
        const cell = readCsvObjects(plain(notice))[1]!.text;
        expect(cell).toBe(FORMULA_START.test(text) ? `'${text}` : text);
      }),
      { seed: 42 },
    );
  });
});

describe('round trip: quotes, commas and line breaks come back intact', () => {
  it('reads back the hostile text exactly', () => {
    expect(readCsvObjects(plain(sampleNotice()))[1]!.text).toBe(MARKUP_TEXT);
  });

  it('quotes a multi-line text that holds no quote or comma', () => {
    const notice = sampleNotice();
    notice.tasks[1]!.text = '第一行\n第二行\r第三行';
    const rows = readCsvObjects(plain(notice));
    expect(rows).toHaveLength(4);
    expect(rows[1]!.text).toBe('第一行\n第二行\r第三行');
  });

  it('reads back any text and unit name that does not start a formula', () => {
    const safe = fc.string({ unit: 'grapheme' }).filter((s) => !FORMULA_START.test(s));
    fc.assert(
      fc.property(safe, safe, (text, unit) => {
        const notice = sampleNotice();
        notice.tasks[2]!.text = text;
        notice.tasks[2]!.units = [{ name: unit, role: 'responsible', implicit: false, canonical: unit }];
        expect(readCsvObjects(plain(notice))[2]).toMatchObject({ text, units: unit });
      }),
      { seed: 42 },
    );
  });
});

/**
 * What the built CLI writes, read back as the consumers read it: CSV through a CSV reader,
 * Markdown through remark-parse + remark-gfm. Every expectation comes from the CLI's own JSON
 * model of the same input. The batch behaviour is in tests/package/batch-cli.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Nodes, Root, Table, TableCell } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { Notice, Unit } from '../../src/model/schema';
import { readCsv, readCsvObjects } from '../emit/csv-reader';
import { runCli, seedName, tempFolder } from '../package/run-cli';

// Each test runs the built CLI or a bundler; under a full parallel run on 2 cores that takes seconds.
const SLOW = 60_000;

const BOM = '\uFEFF';
const UTF8_BOM = [0xef, 0xbb, 0xbf];
// What a spreadsheet would run as a formula (OWASP CSV injection): = + - @ tab CR, and their full-width forms.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const HOSTILE = path.join('fixtures', 'hostile-cells', 'input.txt');

/** A node's text, as mdast-util-to-string gives it: the values of its descendants. */
function toString(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map((child) => toString(child as Nodes)).join('');
  return '';
}

const modelOf = (input: string): Notice => JSON.parse(runCli([input, '-f', 'json']).stdout);
const seedModel = modelOf(seedName);
const hostileModel = modelOf(HOSTILE);

function csvOf(args: string[]): { text: string; raw: Buffer } {
  const run = runCli([...args, '-f', 'csv']);
  expect(run.code).toBe(0);
  return { text: run.stdout, raw: run.raw };
}

const withoutBom = (text: string) => (text.startsWith(BOM) ? text.slice(1) : text);
const cell = (value: string | number | boolean | null) => (value === null ? '' : String(value));
/** The CSV writer's formula guard undone: a leading apostrophe before a formula character. */
const unguard = (value: string) => (/^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? value.slice(1) : value);

/** The rows the model says the assignments table must have: one per (task, unit), one for a task without units. */
function expectedAssignments(notice: Notice): Record<string, string>[] {
  return notice.tasks.flatMap((task) => {
    const units: (Unit | null)[] = task.units.length > 0 ? task.units : [null];
    return units.map((unit) => ({
      task_number: cell(task.number),
      unit: cell(unit?.name ?? null),
      role: cell(unit?.role ?? null),
      implicit: cell(unit?.implicit ?? null),
      section: cell(task.section),
      deadline_kind: task.deadline.kind,
      deadline_start: cell(task.deadline.start),
      deadline_end: cell(task.deadline.end),
    }));
  });
}

describe('CSV tasks table equals the model', { timeout: SLOW }, () => {
  const rows = readCsvObjects(withoutBom(csvOf([seedName]).text));
  const sectionTitles = new Map(seedModel.sections.map((section) => [section.number, section.title]));

  it('has one row per task: 99 for the seed', () => {
    expect(rows).toHaveLength(99);
    expect(seedModel.tasks).toHaveLength(99);
  });

  it('holds each task’s number, section, text, units, lead units and deadline as the JSON model', () => {
    rows.forEach((row, index) => {
      const task = seedModel.tasks[index]!;
      expect(row).toMatchObject({
        number: cell(task.number),
        section: cell(task.section),
        section_title: sectionTitles.get(task.section) ?? '',
        subsection: cell(task.subsection),
        text: task.text,
        units: task.units.map((unit) => unit.name).join('；'),
        lead_units: task.units.filter((unit) => unit.role === 'lead').map((unit) => unit.name).join('；'),
        deadline_raw: cell(task.deadline.raw),
        deadline_kind: task.deadline.kind,
        deadline_start: cell(task.deadline.start),
        deadline_end: cell(task.deadline.end),
      });
    });
  });
});

describe('CSV assignments table: exactly one row per task × unit', { timeout: SLOW }, () => {
  const rows = readCsvObjects(withoutBom(csvOf([seedName, '-t', 'assignments']).text));
  const expected = expectedAssignments(seedModel);

  it('has as many rows as the model has (task, unit) pairs', () => {
    const pairs = seedModel.tasks.reduce((sum, task) => sum + Math.max(1, task.units.length), 0);
    expect(rows).toHaveLength(pairs);
    expect(pairs).toBeGreaterThan(99);
  });

  it('holds the same task, unit, role, implicit flag and deadline, in order', () => {
    expect(rows.map((row) => Object.fromEntries(Object.keys(expected[0]!).map((key) => [key, row[key]])))).toEqual(expected);
  });

  it('never repeats a (task, unit) pair', () => {
    const keys = rows.map((row) => `${row.task_number}\u0000${row.unit}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('flags the units that come from a remark (implicit) apart from those in the cell', () => {
    expect(rows.some((row) => row.implicit === 'true')).toBe(true);
    expect(rows.some((row) => row.implicit === 'false')).toBe(true);
  });
});

describe('CSV bytes: BOM for Excel, --no-bom for pipelines, --out-encoding gb18030', { timeout: SLOW }, () => {
  const utf8 = csvOf([seedName, '-t', 'assignments']);

  it('starts with the UTF-8 BOM by default', () => {
    expect([...utf8.raw.subarray(0, 3)]).toEqual(UTF8_BOM);
  });

  it('drops the BOM with --no-bom and changes nothing else', () => {
    const bare = csvOf([seedName, '-t', 'assignments', '--no-bom']);
    expect([...bare.raw.subarray(0, 3)]).not.toEqual(UTF8_BOM);
    expect(bare.text).toBe(withoutBom(utf8.text));
  });

  it('with --out-encoding gb18030 writes GB18030 bytes that decode to the same table', () => {
    const gb = csvOf([seedName, '-t', 'assignments', '--out-encoding', 'gb18030']);
    expect(gb.raw.equals(Buffer.from(withoutBom(utf8.text)))).toBe(false);
    const decoded = iconv.decode(gb.raw, 'gb18030');
    expect(decoded).toBe(withoutBom(utf8.text));
    expect(readCsv(decoded)).toEqual(readCsv(withoutBom(utf8.text)));
  });

  it('writes the same GB18030 bytes to --out', () => {
    const out = path.join(tempFolder(), 'tasks.csv');
    expect(runCli([seedName, '-f', 'csv', '--out-encoding', 'gb18030', '-o', out]).code).toBe(0);
    expect(iconv.decode(readFileSync(out), 'gb18030')).toBe(withoutBom(csvOf([seedName]).text));
  });
});

describe('CSV cells can never start a formula (hostile fixture)', { timeout: SLOW }, () => {
  const tasks = readCsv(withoutBom(csvOf([HOSTILE]).text));
  const assignments = readCsv(withoutBom(csvOf([HOSTILE, '-t', 'assignments']).text));

  it('the fixture really holds cells that start with - = + @', () => {
    const starts = hostileModel.tasks.map((task) => task.text[0]);
    expect(starts).toEqual(expect.arrayContaining(['-', '=', '+', '@']));
    expect(hostileModel.tasks.flatMap((task) => task.units.map((unit) => unit.name))).toContain('=县财政局');
  });

  it('has no cell in either table that starts with = + - @ tab or CR', () => {
    const offending = [...tasks, ...assignments].flat().filter((value) => FORMULA_START.test(value));
    expect(offending).toEqual([]);
  });

  it('makes them inert with a leading apostrophe, the rest of the text kept', () => {
    const rows = readCsvObjects(withoutBom(csvOf([HOSTILE]).text));
    expect(rows.map((row) => row.text)).toEqual(
      hostileModel.tasks.map((task) => (FORMULA_START.test(task.text) ? `'${task.text}` : task.text)),
    );
    const units = readCsvObjects(withoutBom(csvOf([HOSTILE, '-t', 'assignments']).text)).map((row) => row.unit);
    expect(units).toContain("'=县财政局");
  });

  it('equals the model once the guard is taken off', () => {
    const rows = readCsvObjects(withoutBom(csvOf([HOSTILE, '-t', 'assignments']).text));
    expect(rows.map((row) => unguard(row.unit!))).toEqual(expectedAssignments(hostileModel).map((row) => row.unit));
  });
});

describe('Markdown parses back to the same task table', { timeout: SLOW }, () => {
  const read = (input: string): Root => unified().use(remarkParse).use(remarkGfm).parse(runCli([input, '-f', 'md']).stdout);
  const bodyRows = (root: Root): string[][] =>
    root.children
      .filter((node): node is Table => node.type === 'table')
      .flatMap((table) => {
        const [header, ...rows] = table.children;
        expect(header!.children.map((c: TableCell) => toString(c))).toEqual(['序号', '主要任务', '责任单位', '推进时间']);
        return rows.map((row) => row.children.map((c: TableCell) => toString(c)));
      });
  // 责任单位 lists names joined by 、, each with its marks in full-width brackets (牵头, 配合, 默认).
  const MARKS = /（(?:牵头|配合|默认)(?:，(?:牵头|配合|默认))*）$/;
  const unitNames = (value: string) => (value === '' ? [] : value.split('、').map((name) => name.replace(MARKS, '')));

  it('has 99 table rows for the seed', () => {
    expect(bodyRows(read(seedName))).toHaveLength(99);
  });

  it('holds each task’s 序号, 主要任务, units and 推进时间 as the JSON model', () => {
    const rows = bodyRows(read(seedName));
    rows.forEach((row, index) => {
      const task = seedModel.tasks[index]!;
      expect(row[0]).toBe(String(task.number));
      expect(row[1]).toBe(task.text.trim());
      expect(unitNames(row[2]!)).toEqual(task.units.map((unit) => unit.name));
      expect(row[3]).toBe(task.deadline.raw ?? '');
    });
  });

  it('marks implicit units (默认) and lead units (牵头) in the units cell', () => {
    const rows = bodyRows(read(seedName));
    seedModel.tasks.forEach((task, index) => {
      const marked = row2marks(rows[index]![2]!);
      expect(marked.implicit).toEqual(task.units.filter((unit) => unit.implicit).map((unit) => unit.name));
      expect(marked.lead).toEqual(task.units.filter((unit) => unit.role === 'lead').map((unit) => unit.name));
    });
  });

  it('keeps | * < and formula characters of the hostile fixture as text', () => {
    const rows = bodyRows(read(HOSTILE));
    expect(rows.map((row) => row[1])).toEqual(hostileModel.tasks.map((task) => task.text.trim()));
    expect(rows.map((row) => unitNames(row[2]!))).toEqual(hostileModel.tasks.map((task) => task.units.map((unit) => unit.name)));
  });

  function row2marks(value: string): { implicit: string[]; lead: string[] } {
    const items = value === '' ? [] : value.split('、');
    const marked = (mark: string) => items.filter((item) => MARKS.test(item) && item.match(MARKS)![0].includes(mark)).map((item) => item.replace(MARKS, ''));
    return { implicit: marked('默认'), lead: marked('牵头') };
  }
});

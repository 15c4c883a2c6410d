import fc from 'fast-check';
import type { Heading, List, Nodes, Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { toMarkdown, toMarkdownTree } from '../../src/emit';
import { unitsCell } from '../../src/emit/markdown-cells';
import type { Notice, Task, Unit } from '../../src/model/schema';
import { FORMULA_UNIT, MARKUP_TEXT, TOWNSHIPS, sampleNotice } from './sample-notice';

const HEADER = ['序号', '主要任务', '责任单位', '推进时间'];

/** The text of a node, as mdast-util-to-string gives it (values of all descendants). */
function textOf(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map((child) => textOf(child as Nodes)).join('');
  return '';
}

/** Parse the emitted Markdown back, as a GFM reader would. */
function readBack(notice: Notice): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(toMarkdown(notice));
}

const tablesOf = (root: Root) => root.children.filter((node): node is Table => node.type === 'table');
const cellsOf = (table: Table) => table.children.map((row) => row.children.map((cell) => textOf(cell)));
const headingsOf = (root: Root) =>
  root.children.filter((node): node is Heading => node.type === 'heading').map((h) => `${h.depth} ${textOf(h)}`);

/** The cells the model says a task's row should read. */
const expectedRow = (task: Task) => [String(task.number), task.text.trim(), unitsCell(task.units), task.deadline.raw ?? ''];

describe('outline: title, plan title, one heading per section and subsection', () => {
  it('writes the notice title as H1, the plan title and sections as H2, subsections as H3', () => {
    expect(headingsOf(readBack(sampleNotice()))).toEqual([
      '1 示例县人民政府办公室关于印发示例工作分工方案的通知',
      '2 示例工作分工方案',
      '2 一、健全工作机制',
      '3 （一）完善组织体系',
      '2 二、强化保障措施',
    ]);
  });

  it('reads back titles holding Markdown syntax as written', () => {
    const notice = sampleNotice();
    notice.sections[0]!.title = '推进*重点*_项目_ <b>a|b</b> #1';
    notice.sections[0]!.subsections[0]!.title = '# 1. > [x](y)';
    const headings = headingsOf(readBack(notice));
    expect(headings[2]).toBe('2 一、推进*重点*_项目_ <b>a|b</b> #1');
    expect(headings[3]).toBe('3 （一）# 1. > [x](y)');
  });

  it('falls back to the plan title when the notice has none, and leaves out what is missing', () => {
    const notice = sampleNotice();
    notice.meta.title = null;
    expect(headingsOf(readBack(notice)).slice(0, 2)).toEqual(['1 示例工作分工方案', '2 一、健全工作机制']);
    notice.plans[0]!.title = null;
    expect(headingsOf(readBack(notice))[0]).toBe('2 一、健全工作机制');
  });
});

describe('metadata list: 文号, 发文机关, 成文日期, 主送, 签发人, 等级, 公开属性', () => {
  const listOf = (root: Root) => root.children.find((node): node is List => node.type === 'list');

  it('lists each field as "label：value" right after the title', () => {
    const root = readBack(sampleNotice());
    expect(root.children[1]!.type).toBe('list');
    expect(listOf(root)!.children.map(textOf)).toEqual([
      '文号：示政办〔2023〕7号',
      '发文机关：示例县人民政府办公室',
      '成文日期：2023-04-17',
      '主送：各乡（镇）人民政府、县直有关单位',
      '签发人：张三',
      '等级：平急',
      '公开属性：主动公开',
    ]);
  });

  it('leaves out fields the notice lacks', () => {
    const notice = sampleNotice();
    Object.assign(notice.meta, { signer: null, urgency: null, addressees: [] });
    expect(listOf(readBack(notice))!.children.map(textOf)).not.toContainEqual(expect.stringMatching(/^(签发人|等级|主送)/));
  });
});

describe('task tables: 序号 | 主要任务 | 责任单位 | 推进时间 under their heading', () => {
  it('writes one table per section or subsection that has tasks, rows as the model', () => {
    const notice = sampleNotice();
    const tables = tablesOf(readBack(notice)).map(cellsOf);
    const [t1, t2, t3, t4] = notice.tasks as [Task, Task, Task, Task];
    expect(tables).toEqual([
      [HEADER, expectedRow(t1)],
      [HEADER, expectedRow(t2), expectedRow(t3)],
      [HEADER, expectedRow(t4)],
    ]);
  });

  it('puts tasks that precede any subsection right under the section heading', () => {
    const kinds = readBack(sampleNotice()).children.map((node) => node.type);
    // h1, list, h2 plan, h2 一、, table (task 1), h3 （一）, table, h2 二、, table
    expect(kinds).toEqual(['heading', 'list', 'heading', 'heading', 'table', 'heading', 'table', 'heading', 'table']);
  });

  it('writes a plan without sections as one table', () => {
    const notice = sampleNotice({ sections: [] });
    notice.tasks = notice.tasks.map((task) => ({ ...task, section: 0, subsection: null }));
    const root = readBack(notice);
    expect(tablesOf(root)).toHaveLength(1);
    expect(cellsOf(tablesOf(root)[0]!)).toHaveLength(1 + notice.tasks.length);
  });

  it('builds the tables as mdast nodes, each row with four cells', () => {
    const tree = toMarkdownTree(sampleNotice());
    for (const table of tablesOf(tree)) {
      for (const row of table.children) expect(row.children).toHaveLength(4);
    }
  });
});

describe('hostile cells: | * _ < and line breaks are escaped by the serializer', () => {
  it('reads back the hostile text as plain text, with no HTML, emphasis or extra cells', () => {
    const root = readBack(sampleNotice());
    const row = tablesOf(root)[1]!.children[1]!;
    expect(row.children).toHaveLength(4);
    expect(textOf(row.children[1]!)).toBe(MARKUP_TEXT);
    const kinds = new Set<string>();
    const walk = (node: Nodes) => {
      kinds.add(node.type);
      if ('children' in node) node.children.forEach((child) => walk(child as Nodes));
    };
    walk(row);
    expect([...kinds].sort()).toEqual(['tableCell', 'tableRow', 'text']);
  });

  it('reads back a formula-like unit name untouched (Markdown is no spreadsheet)', () => {
    const row = tablesOf(readBack(sampleNotice()))[1]!.children[2]!;
    expect(textOf(row.children[2]!)).toBe(`${FORMULA_UNIT}、${TOWNSHIPS}（默认）`);
  });

  it('round-trips any task text and unit name', () => {
    // Markdown-significant ASCII, CJK, full-width punctuation, spaces, line breaks, and
    // whole constructs: entities, HTML, autolinks, emphasis, escapes.
    const tokens = ['&amp;', '&#xA;', '<b>', '</b>', '<http://a.b>', '**', '~~', '\\|', '1. ', '# ', '> '];
    const alphabet = fc.constantFrom(...'|*_<>&#;\\`[]()!~-+=:"\'. \n\t明县委（）〔〕、，：；“”1aZ'.split(''), ...tokens);
    const text = fc.array(alphabet, { maxLength: 30 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, text, (body, name) => {
        const notice = sampleNotice();
        notice.tasks[2]!.text = body;
        notice.tasks[2]!.units = [{ name, role: 'responsible', implicit: false, canonical: name }];
        const rows = tablesOf(readBack(notice))[1]!.children;
        expect(rows).toHaveLength(3);
        expect(rows[2]!.children.map((cell) => textOf(cell))).toEqual(['3', body.trim(), name.trim(), '持续推进']);
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});

describe('责任单位 cell: names joined by 、, lead and implicit units marked', () => {
  const unit = (name: string, role: Unit['role'], implicit = false): Unit => ({ name, role, implicit, canonical: name });

  it('marks the lead unit 牵头 and leaves its support units plain', () => {
    expect(unitsCell([unit('甲局', 'lead'), unit('乙局', 'support')])).toBe('甲局（牵头）、乙局');
  });

  it('marks support units 配合 where the task has no lead', () => {
    expect(unitsCell([unit('甲局', 'responsible'), unit('乙局', 'support')])).toBe('甲局、乙局（配合）');
  });

  it('marks units from a remark 默认, together with a role mark', () => {
    expect(unitsCell([unit('甲局', 'responsible'), unit('各乡镇', 'responsible', true)])).toBe('甲局、各乡镇（默认）');
    expect(unitsCell([unit('甲局', 'lead', true)])).toBe('甲局（牵头，默认）');
  });

  it('writes nothing for a task without units', () => {
    expect(unitsCell([])).toBe('');
  });
});

describe('repeated cells: a text in many rows is escaped as it is alone', () => {
  it('writes every row of a repeated hostile text the same, and reads each back intact', () => {
    const tokens = ['&amp;', '<b>', '**', '\\|', '1. ', '- ', '|-', ':-'];
    const alphabet = fc.constantFrom(...'|*_<>&#\\`[]~-+=:. \n明县（）、1a'.split(''), ...tokens);
    const text = fc.array(alphabet, { minLength: 1, maxLength: 20 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, text, (body, name) => {
        const alone = sampleNotice();
        alone.tasks[0]!.text = body;
        alone.tasks[0]!.units = [{ name, role: 'responsible', implicit: false, canonical: name }];
        const repeated = sampleNotice();
        for (const task of repeated.tasks) {
          task.deadline = alone.tasks[0]!.deadline;
          task.text = body;
          task.units = [{ name, role: 'responsible', implicit: false, canonical: name }];
        }
        // The row of task 1 without its number cell, as written where the text occurs once.
        const rowOf = (markdown: string, number: number) => markdown.split('\n').find((line) => line.startsWith(`| ${number} |`))!.slice(`| ${number}`.length);
        const expected = rowOf(toMarkdown(alone), 1);
        const markdown = toMarkdown(repeated);
        for (const task of repeated.tasks) expect(rowOf(markdown, task.number)).toBe(expected);
        const rows = tablesOf(readBack(repeated)).flatMap((table) => table.children.slice(1));
        for (const row of rows) expect(row.children.slice(1, 3).map((cell) => textOf(cell))).toEqual([body.trim(), name.trim()]);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});

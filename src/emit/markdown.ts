/**
 * Markdown: an mdast tree (title, metadata list, plan title, one heading per section and
 * subsection, a GFM table of its tasks), stringified by remark. Table syntax and escaping are
 * the library's: every cell holds a text node, never hand-written pipes.
 */
import { outlineOf, type Outline } from './outline';
import type { Heading, List, ListItem, Root, RootContent, Table, TableRow, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Meta, Notice, Section, Task } from '../model/schema';
import { cellText, deadlineCell, unitsCell } from './markdown-cells';
import { textHandler } from './markdown-text';

export const TABLE_HEADER = ['序号', '主要任务', '责任单位', '推进时间'] as const;

const text = (value: string): Text => ({ type: 'text', value });

function heading(depth: Heading['depth'], value: string): Heading {
  return { type: 'heading', depth, children: [text(value)] };
}

function row(cells: readonly string[]): TableRow {
  return {
    type: 'tableRow',
    children: cells.map((cell) => ({ type: 'tableCell', children: [text(cellText(cell))] })),
  };
}

/** The cells of one task's table row, in TABLE_HEADER order. */
export function taskCells(task: Task): string[] {
  return [String(task.number), task.text, unitsCell(task.units), deadlineCell(task.deadline)];
}

function taskTable(tasks: readonly Task[]): Table {
  return {
    type: 'table',
    align: TABLE_HEADER.map(() => null),
    children: [row(TABLE_HEADER), ...tasks.map((task) => row(taskCells(task)))],
  };
}

/** 文号, 发文机关, … as "label：value" items; fields the notice lacks are left out. */
function metaList(meta: Meta): List | null {
  const fields: [string, string | null][] = [
    ['文号', meta.docNumber],
    ['发文机关', meta.issuer],
    ['成文日期', meta.date],
    ['主送', meta.addressees.length > 0 ? meta.addressees.join('、') : null],
    ['签发人', meta.signer],
    ['等级', meta.urgency],
    ['公开属性', meta.disclosure],
  ];
  const items: ListItem[] = fields
    .filter((field): field is [string, string] => field[1] !== null && field[1] !== '')
    .map(([label, value]) => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [text(`${label}：${value}`)] }],
    }));
  return items.length === 0 ? null : { type: 'list', ordered: false, spread: false, children: items };
}

/**
 * The tasks of each section, in one pass: tasks come in document order, and each names its
 * plan and section. Tasks of a plan without sections (or naming one the outline lacks) are loose.
 */
function tasksBySection(notice: Notice, outline: Outline): { loose: Map<number, Task[]>; bySection: Map<Section, Task[]> } {
  const loose = new Map<number, Task[]>();
  const bySection = new Map<Section, Task[]>();
  for (const task of notice.tasks) {
    const section = outline.section(task);
    if (section === undefined) push(loose, task.plan, task);
    else push(bySection, section, task);
  }
  return { loose, bySection };
}

function push<Key>(map: Map<Key, Task[]>, key: Key, task: Task): void {
  const list = map.get(key);
  if (list) list.push(task);
  else map.set(key, [task]);
}

/** A section's heading, the table of tasks directly under it, then each subsection's. */
function sectionBlocks(section: Section, own: readonly Task[]): RootContent[] {
  const known = new Set(section.subsections.map((sub) => sub.number));
  // Tasks before any subsection, or naming one the outline lacks, stay under the section.
  const direct = own.filter((task) => task.subsection === null || !known.has(task.subsection));
  const blocks: RootContent[] = [heading(2, `${section.label}${section.title}`)];
  if (direct.length > 0) blocks.push(taskTable(direct));
  for (const sub of section.subsections) {
    blocks.push(heading(3, `${sub.label}${sub.title}`));
    const subTasks = own.filter((task) => task.subsection === sub.number);
    if (subTasks.length > 0) blocks.push(taskTable(subTasks));
  }
  return blocks;
}

/** The notice as an mdast tree: its title and metadata, then each plan's title, sections and tasks. */
export function toMarkdownTree(notice: Notice): Root {
  const children: RootContent[] = [];
  const title = notice.meta.title ?? notice.plans[0]?.title ?? null;
  if (title) children.push(heading(1, title));
  const meta = metaList(notice.meta);
  if (meta) children.push(meta);
  const { loose, bySection } = tasksBySection(notice, outlineOf(notice));
  for (const plan of notice.plans) {
    // Not twice: a notice that is the plan itself, or whose H1 fell back to the plan title.
    const planTitle = [notice.plans.length > 1 ? plan.label : null, plan.title].filter((part) => part).join('　');
    if (planTitle !== '' && plan.title !== title) children.push(heading(2, planTitle));
    const own = loose.get(plan.index);
    if (own) children.push(taskTable(own));
    for (const section of notice.sections) {
      if (section.plan === plan.index) children.push(...sectionBlocks(section, bySection.get(section) ?? []));
    }
  }
  return { type: 'root', children };
}

// No pipe alignment: one long task text would otherwise pad every row of its table.
const processor = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, { bullet: '-', handlers: { text: textHandler } })
  .freeze();

/** The notice as GFM Markdown. */
export function toMarkdown(notice: Notice): string {
  return processor.stringify(toMarkdownTree(notice));
}

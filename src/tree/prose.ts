/**
 * A task plan written as prose: numbered items at nested levels (一、（一）1.（1）①), tasks
 * carrying their units in a closing bracket or on labelled lines below them
 * (责任单位：… / 完成时限：…). The task level is the level where attributions stand; the levels
 * above it are sections and subsections, the levels below are a task's own sub-items.
 */
import type { VFile } from 'vfile';
import type { SourceLine } from '../lines';
import { foldWidth } from '../lines';
import { isPageNumber } from '../classify/furniture';
import { isImprint } from '../classify/notice-lines';
import { matchFieldLabel, matchItemMarker, type ItemLevel, type ItemMarker } from '../classify/items';
import { findTrailingAttribution } from '../classify/attribution';
import { report } from '../diagnostics';
import { segmentOf } from './notice';
import { enclose, spanOf } from './position';
import type { Cell, Plan, Section, Segment, Subsection, Task } from './types';
import type { RunningHeaders } from './running-headers';
import { leavesBracketOpen } from '../classify/cell-kinds';

interface Item {
  marker: ItemMarker;
  lines: SourceLine[];
  fields: { line: SourceLine; label: string; length: number }[];
}

type Loose = { kind: 'line'; line: SourceLine } | { kind: 'item'; item: Item };

export function buildProsePlan(lines: SourceLine[], file: VFile, headers: RunningHeaders): Plan {
  const sequence = collectItems(lines, headers);
  const items = sequence.flatMap((entry) => (entry.kind === 'item' ? [entry.item] : []));
  const levels = chooseLevels(items);
  const fallback = lines[0] ? spanOf(lines[0]) : { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  const plan: Plan = { type: 'plan', children: [], position: fallback };
  let section: Section | null = null;
  let subsection: Subsection | null = null;
  let task: Task | null = null;
  let seenItem = false;

  const place = (node: Plan['children'][number]): void => {
    const parent = subsection ?? section ?? plan;
    (parent.children as unknown[]).push(node);
    parent.position = enclose([parent, node], parent.position);
    if (subsection && section) section.position = enclose([section, node], section.position);
  };

  for (const entry of sequence) {
    if (entry.kind === 'line') {
      const segment = segmentOf(entry.line);
      const text = entry.line.view.trim();
      if (isPageNumber(text) || (seenItem && headers.test(text))) place({ ...segment, type: 'furniture' });
      else if (isImprint(text)) plan.children.push({ ...segment, type: 'imprint' });
      else if (!seenItem && !/[。；]$/.test(text) && !/^[（(〔【[]/.test(text) && text.length <= 60) addTitle(plan, segment);
      else place({ type: 'paragraph', children: [segment], position: segment.position });
      continue;
    }
    seenItem = true;
    const { item } = entry;
    const level = item.marker.level;
    if (level === levels.section || (levels.section === null && level < levels.task && levels.subsection !== level)) {
      section = { type: 'section', number: item.marker.number, label: item.marker.label, children: [], position: spanOf(item.lines[0]!) };
      addHeading(section, item);
      plan.children.push(section);
      subsection = null;
      task = null;
    } else if (level === levels.subsection) {
      subsection = { type: 'subsection', number: item.marker.number, label: item.marker.label, children: [], position: spanOf(item.lines[0]!) };
      addHeading(subsection, item);
      if (section) {
        section.children.push(subsection);
        section.position = enclose([section, subsection], section.position);
      } else plan.children.push(subsection);
      task = null;
    } else if (level === levels.task) {
      task = taskOf(item);
      place(task);
    } else if (level > levels.task && task) {
      appendSubItem(task, item);
      for (const parent of [subsection, section]) if (parent) parent.position = enclose([parent, task], parent.position);
    } else {
      // A level between subsection and task: kept as a paragraph of the current part.
      const segments = itemSegments(item);
      place({ type: 'paragraph', children: segments, position: enclose(segments, segments[0]!.position) });
    }
  }
  if (items.length > 0 && !items.some(isAttributed)) {
    report(file, 'warning', 'layout-no-units', 'the plan numbers its items but names no responsible units for them (no 责任单位 column, bracket or label): units are left empty', plan.children[0]?.position);
  }
  plan.position = enclose(plan.children, fallback);
  return plan;
}

function collectItems(lines: SourceLine[], headers: RunningHeaders): Loose[] {
  const sequence: Loose[] = [];
  const open: Item[] = [];
  let current: Item | null = null;
  for (const line of lines) {
    const text = line.view.trim();
    if (text === '') continue;
    // Page furniture between two lines of an item: the item goes on after it.
    if (isPageNumber(text) || (open.length > 0 && headers.test(text))) {
      sequence.push({ kind: 'line', line });
      continue;
    }
    if (isImprint(text)) {
      // 抄送：… / …印发 close the document: nothing after them continues a task.
      current = null;
      sequence.push({ kind: 'line', line });
      continue;
    }
    // A labelled line inside a bracket left open above ("（市发改委牵头；" / "完成时限：…）") goes on with it.
    const label = current ? matchFieldLabel(text) : null;
    const field = label && !leavesBracketOpen(current!.lines.map((held) => held.view).join('')) ? label : null;
    if (field && current) {
      fieldOwner(open, current).fields.push({ line, label: field.label, length: field.length });
      continue;
    }
    const marker = matchItemMarker(text);
    if (marker) {
      current = { marker, lines: [line], fields: [] };
      while (open.length > 0 && open[open.length - 1]!.marker.level >= marker.level) open.pop();
      open.push(current);
      sequence.push({ kind: 'item', item: current });
    } else if (current && current.fields.length === 0) current.lines.push(line);
    else {
      current = null;
      sequence.push({ kind: 'line', line });
    }
  }
  return sequence;
}

/**
 * Labelled lines after a task's sub-items belong to the task, not to its last sub-item:
 * "1.推进… 具体包括：" / "（1）…；" / "（2）…。" / "牵头单位：…".
 */
function fieldOwner(open: Item[], current: Item): Item {
  if (current.marker.level < 4) return current;
  for (let index = open.length - 2; index >= 0; index--) {
    const item = open[index]!;
    if (item.marker.level < current.marker.level && item.marker.level >= 2) return item;
  }
  return current;
}

function isAttributed(item: Item): boolean {
  return item.fields.length > 0 || findTrailingAttribution(foldWidth(item.lines.map((line) => line.raw.trim()).join(''))) !== null;
}

interface Levels {
  section: ItemLevel | null;
  subsection: ItemLevel | null;
  task: ItemLevel;
}

/** The task level is where most attributions stand; without any, the arabic-numbered level. */
function chooseLevels(items: Item[]): Levels {
  const attributed = new Map<ItemLevel, number>();
  for (const item of items) if (isAttributed(item)) attributed.set(item.marker.level, (attributed.get(item.marker.level) ?? 0) + 1);
  const present = [...new Set(items.map((item) => item.marker.level))].sort();
  let task = [...attributed].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  task ??= present.includes(3) ? 3 : (present.filter((level) => level > 1).at(-1) ?? present[0] ?? 3);
  const above = present.filter((level) => level < task);
  return { section: above[0] ?? null, subsection: above[1] ?? null, task };
}

function addTitle(plan: Plan, segment: Segment): void {
  const title = plan.children.find((child) => child.type === 'planTitle');
  if (title && title.type === 'planTitle') {
    title.children.push(segment);
    title.position = enclose(title.children, title.position);
  } else plan.children.push({ type: 'planTitle', children: [segment], position: segment.position });
}

/** An item's own lines and any labelled lines under it, as segments in order. */
function itemSegments(item: Item): Segment[] {
  return [...item.lines.map(segmentOf), ...item.fields.map((field) => segmentOf(field.line))];
}

function addHeading(parent: Section | Subsection, item: Item): void {
  const segments = itemSegments(item);
  parent.children.push({ ...segments[0]!, type: 'heading' });
  // Text or labelled lines under a heading are kept as its paragraph (a part-level remark, say).
  const rest = segments.slice(1);
  if (rest.length > 0) (parent.children as unknown[]).push({ type: 'paragraph', children: rest, position: enclose(rest, rest[0]!.position) });
  parent.position = enclose(segments, parent.position);
}

function taskOf(item: Item): Task {
  const cells: Cell[] = [];
  const first = item.lines[0]!;
  const firstStart = first.raw.length - first.raw.trimStart().length;
  cells.push(cellOf(first, firstStart, firstStart + item.marker.length, 'number'));
  const spans = item.lines.map((line, index) => {
    const start = index === 0 ? firstStart + item.marker.length : line.raw.length - line.raw.trimStart().length;
    return { line, start, end: line.raw.trimEnd().length };
  });
  const joined = foldWidth(spans.map((span) => span.line.raw.slice(span.start, span.end)).join(''));
  const attribution = findTrailingAttribution(joined);
  let consumed = 0;
  for (const span of spans) {
    const length = span.end - span.start;
    const cut = attribution ? Math.min(Math.max(attribution.start - consumed, 0), length) : length;
    if (cut > 0) cells.push(cellOf(span.line, span.start, span.start + cut, 'text'));
    if (cut < length) cells.push(cellOf(span.line, span.start + cut, span.end, 'attribution'));
    consumed += length;
  }
  for (const field of item.fields) cells.push(fieldCell(field));
  return { type: 'task', number: item.marker.number, label: item.marker.label, children: cells, position: enclose(cells, cells[0]!.position) };
}

function appendSubItem(task: Task, item: Item): void {
  for (const line of item.lines) {
    const start = line.raw.length - line.raw.trimStart().length;
    task.children.push(cellOf(line, start, line.raw.trimEnd().length, 'text'));
  }
  for (const field of item.fields) task.children.push(fieldCell(field));
  task.position = enclose(task.children, task.position);
}

/** A labelled line ("牵头单位：…；完成时限：…") is an attribution of its own. */
function fieldCell(field: Item['fields'][number]): Cell {
  const start = field.line.raw.length - field.line.raw.trimStart().length;
  return { ...cellOf(field.line, start, field.line.raw.trimEnd().length, 'attribution'), label: field.label };
}

function cellOf(line: SourceLine, from: number, to: number, column: Cell['column']): Cell {
  return { type: 'cell', column, value: line.raw.slice(from, to), position: spanOf(line, from, to) };
}

/** The plan node → plan title, sections with subsections, and the flat task list. */
import type { VFile } from 'vfile';
import type { Section, Task } from '../model/schema';
import type { Heading, Paragraph, Plan, Section as SectionNode, Subsection as SubsectionNode, Task as TaskNode } from '../tree';
import { matchSectionHeading, matchSubsectionHeading } from '../classify/plan-lines';
import { matchItemMarker } from '../classify/items';
import { foldWidth } from '../lines';
import { cleanJoined, cleanText, joinText } from '../extract/text';
import { createTaskReader, type TaskReader } from './tasks';
import { readLeaderLine, readRemarkLine, splitHeadingRemark } from './remarks';

export type PlanSection = Omit<Section, 'plan'>;
export type PlanTask = Omit<Task, 'ordinal' | 'plan'>;

export interface PlanContent {
  title: string | null;
  sections: PlanSection[];
  tasks: PlanTask[];
  /** The plan's own paragraphs outside any task (a preamble that may state its counts). */
  paragraphs: string[];
}

type PartChild = SectionNode['children'][number] | Plan['children'][number];

export function readPlan(plan: Plan, file: VFile, referenceDate: string | null, firstIsLead: boolean): PlanContent {
  const content: PlanContent = { title: null, sections: [], tasks: [], paragraphs: [] };
  const reader = createTaskReader(file, referenceDate, { firstIsLead });
  const visit = (children: PartChild[], section: number, record: PlanSection | null): void => {
    for (const child of children) {
      if (child.type === 'planTitle') content.title ??= cleanJoined(child.children.map((segment) => segment.value));
      else if (child.type === 'task') content.tasks.push(reader.read(child, { section, subsection: null }));
      else if (child.type === 'paragraph') {
        content.paragraphs.push(cleanJoined(child.children.map((segment) => segment.value)));
        applyRemarkLine(child, reader, section, null);
      }
      else if (child.type === 'section') {
        const { number, label, position } = child;
        const next: PlanSection = { number, label, title: headingTitle(child, reader, number, null), subsections: [], position };
        content.sections.push(next);
        visit(child.children, number, next);
      } else if (child.type === 'subsection') {
        const title = headingTitle(child, reader, section, child.number);
        record?.subsections.push({ number: child.number, label: child.label, title, position: child.position });
        for (const part of child.children) {
          if (part.type === 'task') content.tasks.push(reader.read(part, { section, subsection: child.number }));
          else if (part.type === 'paragraph') applyRemarkLine(part, reader, section, child.number);
        }
      }
    }
  };
  visit(plan.children, 0, null);
  reader.finish();
  return content;
}

/** A paragraph among the tasks may be a remark that governs them, or a line naming the leaders of its part. */
function applyRemarkLine(paragraph: Paragraph, reader: TaskReader, section: number, subsection: number | null): void {
  const text = cleanJoined(paragraph.children.map((segment) => segment.value));
  const leaders = readLeaderLine(text);
  if (leaders) {
    reader.addSectionLeaders(leaders, section, subsection);
    return;
  }
  const remark = readRemarkLine(text);
  if (remark) reader.addRemark(remark.inherited, remark.scope, section, paragraph.position);
}

/** The heading's title; a blanket remark on it is handed to the task reader once. */
function headingTitle(node: SectionNode | SubsectionNode, reader: TaskReader, section: number, subsection: number | null): string {
  // A heading may come in several leaves: "八、" and its words split by a page number.
  const headings = (node.children as { type: string }[]).filter((child) => child.type === 'heading') as Heading[];
  const heading = headings[0];
  const written = joinText(headings.map((leaf) => leaf.value));
  const view = foldWidth(written).trim();
  const marker = node.type === 'section' ? (matchSectionHeading(view) ?? matchItemMarker(view)) : (matchSubsectionHeading(view) ?? matchItemMarker(view));
  const rest = marker ? ('rest' in marker ? marker.rest : view.slice(marker.length)) : view;
  const raw = written.trim().slice(written.trim().length - rest.trim().length);
  const { title, remark, leaders } = splitHeadingRemark(cleanText(raw));
  if (remark && heading) {
    reader.addRemark(remark.inherited, remark.scope, section, heading.position);
  }
  reader.addSectionLeaders(leaders, section, subsection);
  // A prose heading may run on into its text: （一）强化科技创新。推进… → 强化科技创新
  const stop = title.search(/[。；]/);
  return stop > 0 ? title.slice(0, stop) : title;
}

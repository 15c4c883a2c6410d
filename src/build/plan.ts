/** The plan node → plan title, sections with subsections, and the flat task list. */
import type { VFile } from 'vfile';
import type { Section, Task } from '../model/schema';
import type { Heading, Plan, Section as SectionNode, Subsection as SubsectionNode, Task as TaskNode } from '../tree';
import { matchSectionHeading, matchSubsectionHeading } from '../classify/plan-lines';
import { foldWidth } from '../lines';
import { cleanJoined, cleanText } from '../extract/text';
import { createTaskReader } from './tasks';

export interface PlanContent {
  title: string | null;
  sections: Section[];
  tasks: Task[];
}

export function readPlan(plan: Plan | undefined, file: VFile, referenceDate: string | null, firstIsLead: boolean): PlanContent {
  const content: PlanContent = { title: null, sections: [], tasks: [] };
  if (!plan) return content;
  const reader = createTaskReader(file, referenceDate, { firstIsLead });
  const readTask = (node: TaskNode, section: number, subsection: number | null): void => {
    content.tasks.push(reader.read(node, { section, subsection }));
  };
  for (const child of plan.children) {
    if (child.type === 'planTitle') content.title ??= cleanJoined(child.children.map((segment) => segment.value));
    else if (child.type === 'task') readTask(child, 0, null);
    else if (child.type === 'section') content.sections.push(readSection(child, readTask));
    else if (child.type === 'subsection') readSubsectionTasks(child, 0, readTask);
  }
  reader.finish();
  return content;
}

function headingTitle(node: SectionNode | SubsectionNode): string {
  const heading = (node.children as { type: string }[]).find((child) => child.type === 'heading') as Heading | undefined;
  const view = foldWidth(heading?.value ?? '').trim();
  const marker = node.type === 'section' ? matchSectionHeading(view) : matchSubsectionHeading(view);
  const rest = marker?.rest ?? view;
  const raw = heading ? heading.value.trim().slice(heading.value.trim().length - rest.length) : rest;
  return cleanText(raw);
}

type ReadTask = (node: TaskNode, section: number, subsection: number | null) => void;

function readSection(node: SectionNode, readTask: ReadTask): Section {
  const section: Section = { number: node.number, label: node.label, title: headingTitle(node), subsections: [], position: node.position };
  for (const child of node.children) {
    if (child.type === 'task') readTask(child, node.number, null);
    else if (child.type === 'subsection') {
      section.subsections.push({ number: child.number, label: child.label, title: headingTitle(child), position: child.position });
      readSubsectionTasks(child, node.number, readTask);
    }
  }
  return section;
}

function readSubsectionTasks(node: SubsectionNode, section: number, readTask: ReadTask): void {
  for (const child of node.children) if (child.type === 'task') readTask(child, section, node.number);
}

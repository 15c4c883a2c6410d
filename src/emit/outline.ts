/**
 * Plan, section and subsection look-ups for the flat emitters: a task carries only the indexes
 * of its plan and section (一 = 1, （一） = 1); CSV, NDJSON and Markdown also want titles.
 */
import type { Notice, Plan, Section, Subsection, Task } from '../model/schema';

export interface Outline {
  plan(task: Task): Plan | undefined;
  section(task: Task): Section | undefined;
  subsection(task: Task): Subsection | undefined;
}

export function outlineOf(notice: Notice): Outline {
  // A plan's sections are numbered from 一; a damaged copy may repeat a number: the first one
  // whose span holds the task wins, else the first of that number.
  const sections = new Map<string, Section[]>();
  for (const section of notice.sections) {
    const key = `${section.plan}:${section.number}`;
    const list = sections.get(key);
    if (list) list.push(section);
    else sections.set(key, [section]);
  }
  const sectionOf = (task: Task): Section | undefined => {
    const list = sections.get(`${task.plan}:${task.section}`);
    if (!list || list.length === 1) return list?.[0];
    return list.find((section) => holds(section, task)) ?? list[0];
  };
  return {
    plan: (task) => notice.plans[task.plan - 1],
    section: sectionOf,
    subsection: (task) =>
      task.subsection === null ? undefined : sectionOf(task)?.subsections.find((sub) => sub.number === task.subsection),
  };
}

function holds(section: Section, task: Task): boolean {
  return section.position.start.offset <= task.position.start.offset && task.position.start.offset < section.position.end.offset;
}

/**
 * Section and subsection look-ups for the flat emitters: a task carries only the ordinals of
 * its section and subsection (一 = 1, （一） = 1); CSV, NDJSON and Markdown also want titles.
 */
import type { Notice, Section, Subsection, Task } from '../model/schema';

export interface Outline {
  section(task: Task): Section | undefined;
  subsection(task: Task): Subsection | undefined;
}

export function outlineOf(notice: Notice): Outline {
  const sections = new Map<number, Section>();
  // First one wins: a repeated ordinal is a parser diagnostic, not an emitter concern.
  for (const section of notice.sections) {
    if (!sections.has(section.number)) sections.set(section.number, section);
  }
  return {
    section: (task) => sections.get(task.section),
    subsection: (task) =>
      task.subsection === null
        ? undefined
        : sections.get(task.section)?.subsections.find((sub) => sub.number === task.subsection),
  };
}

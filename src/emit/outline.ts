/**
 * Section and subsection look-ups for the flat emitters: a task carries only the ordinals of
 * its section and subsection (一 = 1, （一） = 1); CSV, NDJSON and Markdown also want titles.
 */
import type { Notice, Section, Subsection, Task } from '../model/schema';

export interface Outline {
  section(task: Task): Section | undefined;
  subsection(task: Task): Subsection | undefined;
}

/** Does the section's span hold the task? Several attachments may each have a section 一. */
export function holds(section: Section, task: Task): boolean {
  return section.position.start.offset <= task.position.start.offset && task.position.start.offset < section.position.end.offset;
}

export function outlineOf(notice: Notice): Outline {
  const byNumber = new Map<number, Section>();
  for (const section of notice.sections) if (!byNumber.has(section.number)) byNumber.set(section.number, section);
  // Tasks come in document order, so one cursor over the sections finds each task's own.
  let cursor = 0;
  const sectionOf = (task: Task): Section | undefined => {
    const sections = notice.sections;
    for (let tries = 0; tries < sections.length; tries++) {
      const candidate = sections[(cursor + tries) % sections.length]!;
      if (candidate.number === task.section && holds(candidate, task)) {
        cursor = (cursor + tries) % sections.length;
        return candidate;
      }
    }
    return byNumber.get(task.section);
  };
  return {
    section: sectionOf,
    subsection: (task) =>
      task.subsection === null ? undefined : sectionOf(task)?.subsections.find((sub) => sub.number === task.subsection),
  };
}

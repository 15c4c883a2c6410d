/**
 * Consistency checks a careful reader makes: numbering without gaps or repeats, the counts
 * the notice declares, the attachment note naming the attachment's own title.
 */
import type { VFile } from 'vfile';
import type { Meta, Plan, Section, Task } from '../model/schema';

type NumberedTask = Pick<Task, 'number' | 'section' | 'position'>;
type NumberedSection = Pick<Section, 'number' | 'label' | 'position'>;
import type { Root } from '../tree';
import { report } from '../diagnostics';

export function checkTaskNumbering(tasks: readonly NumberedTask[], file: VFile): void {
  let previous: NumberedTask | null = null;
  for (const task of tasks) {
    if (previous) {
      const restartsInSection = task.number === 1 && task.section !== previous.section;
      if (task.number === previous.number + 1 || restartsInSection) {
        // in order
      } else if (task.number > previous.number + 1) {
        const missing = task.number === previous.number + 2 ? `${previous.number + 1} is missing` : `${previous.number + 1}–${task.number - 1} are missing`;
        report(file, 'warning', 'task-number-gap', `line ${task.position.start.line}: task ${previous.number} is followed by ${task.number}; ${missing}`, task.position);
      } else {
        report(file, 'warning', 'task-number-repeat', `line ${task.position.start.line}: task ${task.number} comes after task ${previous.number}; numbers repeat or go back`, task.position);
      }
    }
    previous = task;
  }
}

export function checkSectionNumbering(sections: readonly NumberedSection[], file: VFile): void {
  sections.forEach((section, index) => {
    if (index > 0 && section.number !== sections[index - 1]!.number + 1) {
      report(file, 'warning', 'section-number-gap', `section ${section.label} follows section ${sections[index - 1]!.label}`, section.position);
    }
  });
}

export function checkDeclaredCounts(plan: Plan, sections: readonly unknown[], tasks: readonly unknown[], file: VFile, place: Root['position']): void {
  const { declared } = plan;
  if (declared.sections !== null && declared.sections !== sections.length) {
    report(file, 'warning', 'declared-count-mismatch', `the notice declares ${declared.sections} sections; ${sections.length} were found`, place);
  }
  if (declared.tasks !== null && declared.tasks !== tasks.length) {
    report(file, 'warning', 'declared-count-mismatch', `the notice declares ${declared.tasks} tasks; ${tasks.length} were found`, place);
  }
}

/** 附件：…建设的规划分工方案 vs the attachment's own title …建设规划分工方案. */
export function checkAttachmentTitle(meta: Meta, planTitle: string | null, root: Root, file: VFile): void {
  if (!planTitle || meta.attachments.length !== 1) return;
  const announced = meta.attachments[0]!.title;
  const comparable = (title: string): string => title.replace(/[《》“”"'‘’。.\s]/g, '');
  if (comparable(announced) === comparable(planTitle)) return;
  const note = root.children.find((node) => node.type === 'attachmentNote');
  report(file, 'warning', 'attachment-title-mismatch', `the attachment note names “${announced}” but the attachment is titled “${planTitle}”`, note?.position);
}

export function checkTasksFound(plan: Root['children'][number] | undefined, tasks: readonly unknown[], file: VFile, text: string): void {
  if (tasks.length > 0) return;
  if (text.trim() === '') {
    report(file, 'error', 'empty-input', 'the input is empty: there is no text to read');
    return;
  }
  report(file, 'error', 'no-tasks', plan ? 'no tasks were recognised in the plan: its layout is not one fengong knows' : 'no task plan was found in the text', plan?.position);
}

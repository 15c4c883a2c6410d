/** Stage 5: the tree → the notice model (before validation). */
import type { VFile } from 'vfile';
import type { Notice, Plan as PlanModel, Section, Source, Task } from '../model/schema';
import type { Plan, Root } from '../tree';
import { findDeclaredCounts } from '../classify/plan-lines';
import { cleanJoined } from '../extract/text';
import { foldWidth } from '../lines';
import { toDiagnostics } from '../diagnostics';
import { readMeta } from './meta';
import { readBody } from './body';
import { readImprint } from './imprint';
import { readPlan } from './plan';
import { checkAttachmentTitle, checkDeclaredCounts, checkSectionNumbering, checkTaskNumbering, checkTasksFound } from './checks';

/** "排在第一位的为牵头单位": the notice says the first unit of each list leads. */
const FIRST_IS_LEAD = /(?:排在?第一(?:位|个)?|排名第一|第一(?:个|位|家)?(?:单位|部门)?)的?(?:单位|部门)?(?:为|是)牵头/;

export function compileNotice(root: Root, file: VFile, source: Source, text: string): Notice {
  const meta = readMeta(root);
  const { preamble, body, closing } = readBody(root);
  // Every wording of the rule ends in 牵头: a text without 牵 is not squeezed at all.
  const firstIsLead = text.includes('牵') && FIRST_IS_LEAD.test(text.replace(/\s+/g, ''));
  const plans: PlanModel[] = [];
  const sections: Section[] = [];
  const tasks: Task[] = [];
  for (const { node, label } of planNodes(root)) {
    const index = plans.length + 1;
    const content = readPlan(node, file, meta.date, firstIsLead);
    const announced = label ? meta.attachments.find((attachment) => attachment.label === label)?.title : undefined;
    const title = content.title ?? announced ?? (meta.attachments.length === 1 && plans.length === 0 ? meta.attachments[0]!.title : null);
    checkTaskNumbering(content.tasks, file);
    checkSectionNumbering(content.sections, file);
    const declared = findDeclaredCounts(cleanJoined([content.title ?? '', ...content.paragraphs])) ?? { sections: null, tasks: null };
    plans.push({ index, label, title, layout: content.tasks.length > 0 ? (node.layout ?? 'table') : null, declared, position: node.position });
    for (const section of content.sections) sections.push({ plan: index, ...section });
    for (const task of content.tasks) tasks.push({ ordinal: tasks.length + 1, plan: index, ...task });
  }
  // Counts stated in the cover letter speak of the plan when it has one plan with tasks.
  const withTasks = plans.filter((plan) => tasks.some((task) => task.plan === plan.index));
  const cover = findDeclaredCounts(cleanJoined([...preamble, ...body.map((point) => `${point.title ?? ''}${point.text}`)]));
  if (cover && withTasks.length === 1) {
    const plan = withTasks[0]!;
    plan.declared = { sections: plan.declared.sections ?? cover.sections, tasks: plan.declared.tasks ?? cover.tasks };
  }
  for (const plan of plans) {
    checkDeclaredCounts(plan, sections.filter((section) => section.plan === plan.index), tasks.filter((task) => task.plan === plan.index), file, plan.position ?? root.position);
  }
  const main = withTasks[0] ?? plans[0];
  checkAttachmentTitle(meta, plans.length === 1 ? (main?.title ?? null) : null, root, file);
  checkTasksFound(planNodes(root)[0]?.node, tasks, file, text);
  return {
    schemaVersion: 2,
    source,
    meta,
    preamble,
    body,
    closing,
    imprint: readImprint(root),
    plans,
    sections,
    tasks,
    diagnostics: toDiagnostics(file),
  };
}

/** The plan nodes in order, each with the 附件N line that announced it. */
function planNodes(root: Root): { node: Plan; label: string | null }[] {
  const found: { node: Plan; label: string | null }[] = [];
  let label: string | null = null;
  for (const child of root.children) {
    if (child.type === 'attachmentStart') label = foldWidth(child.value).replace(/\s+/g, '');
    else if (child.type === 'plan') {
      found.push({ node: child, label });
      label = null;
    }
  }
  return found;
}

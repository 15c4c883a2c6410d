/** Stage 5: the tree → the notice model (before validation). */
import type { VFile } from 'vfile';
import type { Notice, Source } from '../model/schema';
import type { Plan, Root } from '../tree';
import { findDeclaredCounts } from '../classify/plan-lines';
import { cleanJoined } from '../extract/text';
import { toDiagnostics } from '../diagnostics';
import { readMeta } from './meta';
import { readBody } from './body';
import { readPlan } from './plan';
import { checkAttachmentTitle, checkDeclaredCounts, checkSectionNumbering, checkTaskNumbering, checkTasksFound } from './checks';

/** "排在第一位的为牵头单位": the notice says the first unit of each list leads. */
const FIRST_IS_LEAD = /(?:排在?第一(?:位|个)?|排名第一|第一(?:个|位|家)?(?:单位|部门)?)的?(?:单位|部门)?(?:为|是)牵头/;

export function buildNotice(root: Root, file: VFile, source: Source, text: string): Notice {
  const meta = readMeta(root);
  const { preamble, body } = readBody(root);
  const planNodes = root.children.filter((node): node is Plan => node.type === 'plan');
  // Every wording of the rule ends in 牵头: a text without 牵 is not squeezed at all.
  const firstIsLead = text.includes('牵') && FIRST_IS_LEAD.test(text.replace(/\s+/g, ''));
  const contents = planNodes.map((node) => ({ node, ...readPlan(node, file, meta.date, firstIsLead) }));
  // Several attachments: their tasks in order; the first one with tasks names the plan.
  const main = contents.find((content) => content.tasks.length > 0) ?? contents[0];
  const planNode = main?.node;
  const content = {
    title: main?.title ?? null,
    sections: contents.flatMap((part) => part.sections),
    tasks: contents.flatMap((part) => part.tasks),
  };
  const layouts = [...new Set(contents.filter((part) => part.tasks.length > 0).map((part) => part.node.layout ?? 'table'))];
  const noticeText = cleanJoined([...preamble, ...body.map((point) => `${point.title ?? ''}${point.text}`), content.title ?? '']);
  const declared = findDeclaredCounts(noticeText) ?? { sections: null, tasks: null };
  const plan = {
    title: content.title ?? meta.attachments[0]?.title ?? null,
    declared,
    layout: layouts.length > 0 ? layouts.join('+') : null,
  };
  for (const part of contents) checkTaskNumbering(part.tasks, file);
  checkSectionNumbering(content.sections, file);
  checkDeclaredCounts(plan, content.sections, content.tasks, file, planNode?.position ?? root.position);
  checkAttachmentTitle(meta, content.title, root, file);
  checkTasksFound(planNode, content.tasks, file, text);
  return {
    schemaVersion: 1,
    source,
    meta,
    preamble,
    body,
    plan,
    sections: content.sections,
    tasks: content.tasks,
    diagnostics: toDiagnostics(file),
  };
}

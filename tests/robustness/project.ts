/**
 * What "the same tasks" means for a damaged copy: number, section, subsection, text, each unit's
 * name, role and implicitness, and the deadline's meaning. Positions, labels and the raw texts
 * as written legitimately differ between copies; the deadline's `raw` is compared with its
 * copy noise (widths, spaces, quote forms) folded away.
 */
import type { Notice } from '../../src';
import { leaves, type Root } from '../../src/tree';
import { foldWidth, splitLines } from '../../src/lines';

export interface TaskProjection {
  number: number;
  section: number;
  subsection: number | null;
  text: string;
  units: { name: string; role: string; implicit: boolean }[];
  deadline: { raw: string | null; kind: string; start: string | null; end: string | null };
}

export function projectTasks(notice: Notice): TaskProjection[] {
  return notice.tasks.map((task) => ({
    number: task.number,
    section: task.section,
    subsection: task.subsection,
    text: task.text,
    units: task.units.map(({ name, role, implicit }) => ({ name, role, implicit })),
    deadline: {
      raw: task.deadline.raw === null ? null : foldCopyNoise(task.deadline.raw),
      kind: task.deadline.kind,
      start: task.deadline.start,
      end: task.deadline.end,
    },
  }));
}

/** Widths, spaces and quote forms folded: what differs between two copies of the same words. */
export function foldCopyNoise(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/[“”"]/g, '"')
    .replace(/[\s\u3000]+/g, '');
}

/**
 * The nothing-lost invariant: every leaf's value is the source text at its position, and the
 * leaves in source order hold every non-blank character of the text.
 */
export function lostText(tree: Root, text: string): string | null {
  const sorted = leaves(tree).sort((a, b) => a.position.start.offset - b.position.start.offset);
  for (const leaf of sorted) {
    const at = text.slice(leaf.position.start.offset, leaf.position.end.offset);
    if (at !== leaf.value) return `leaf at line ${leaf.position.start.line} holds ${JSON.stringify(leaf.value.slice(0, 40))}, the text there is ${JSON.stringify(at.slice(0, 40))}`;
  }
  // Blank as the lines stage sees it: whitespace of any width, and the invisible zero-width marks.
  // A ruled row's bars are column gaps, like tabs: a leaf may hold them or not.
  const nonBlank = (value: string): string => foldWidth(value).replace(/[\s|│┃]+/g, '');
  const held = nonBlank(sorted.map((leaf) => leaf.value).join(''));
  const all = nonBlank(splitLines(text).map((line) => line.raw).join(''));
  if (held === all) return null;
  let index = 0;
  while (index < held.length && held[index] === all[index]) index++;
  return `the leaves hold ${held.length} of ${all.length} non-blank characters; they part at ${JSON.stringify(all.slice(index, index + 30))}`;
}

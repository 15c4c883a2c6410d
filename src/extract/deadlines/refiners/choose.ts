/**
 * One deadline for a cell that states several ("2023年6月底前启动，2024年底前完成"): the phrase
 * with the latest end, since the task is done when its last step is. A dated phrase beats an
 * open one ("2024年6月底前；长期坚持" → by 2024-06-30: the date is what can be checked). With no
 * end anywhere: a phrase with a start, then a repeating one, then any calendar phrase, then
 * ongoing wording.
 */
import type { Hit } from '../types';

export function chooseDeadline(hits: Hit[]): Hit | null {
  let best: Hit | null = null;
  for (const hit of hits) {
    if (hit.end !== null && (best === null || best.end === null || hit.end > best.end)) best = hit;
  }
  return (
    best ??
    hits.find((h) => h.start !== null) ??
    hits.find((h) => h.kind === 'recurring') ??
    hits.find((h) => h.kind !== 'ongoing') ??
    hits[0] ??
    null
  );
}

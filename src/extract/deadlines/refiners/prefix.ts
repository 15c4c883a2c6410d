/**
 * Words before a phrase that change its kind: 到 / 至 / 截至 / 截止 / 直至 / 不晚于 / 最迟 make it
 * due by its end (到2025年 → by 2025-12-31); 自 / 从 make it a start (自2023年起). The word joins
 * the phrase, so a milestone's raw text reads 到2025年.
 */
import type { Refiner } from '../types';

const BY = /(?:截至到?|截止到?|直至|直到|不晚于|不迟于|最迟于?|最晚于?|到|至)$/;
const SINCE = /(?:自从|自|从)$/;
const LOOK_BACK = 4;

export const applyPrefixes: Refiner = (hits, scan) => {
  let floor = 0;
  return hits.map((hit) => {
    const before = scan.text.slice(Math.max(floor, hit.from - LOOK_BACK), hit.from);
    floor = hit.to;
    if (hit.kind === 'recurring' || hit.kind === 'ongoing') return hit;
    const by = BY.exec(before);
    if (by && hit.kind !== 'by' && !(hit.kind === 'period' && hit.end === null && hit.start !== null)) {
      return { ...hit, from: hit.from - by[0].length, kind: 'by', start: null, end: hit.span?.end ?? hit.end };
    }
    if (by) return { ...hit, from: hit.from - by[0].length };
    const since = SINCE.exec(before);
    const open = hit.kind === 'period' && hit.end === null;
    const single = hit.parts !== undefined && hit.parts.mod === 'none' && hit.kind !== 'by';
    if (since && (open || single)) {
      // 自2023年起 only widens; 自2023年 (no 起) still means from 2023 on. A span (从2023年到2025年) stays.
      return { ...hit, from: hit.from - since[0].length, kind: 'period', start: hit.start ?? hit.span?.start ?? null, end: null };
    }
    return hit;
  });
};

/**
 * A span written before a repeating phrase bounds it: 2023—2025年每年 → recurring yearly from
 * 2023-01-01 to 2025-12-31; “十四五”期间每年 likewise; 2023年起每季度 → from 2023-01-01, no end.
 */
import type { Hit, Refiner } from '../types';

const GAP = /^(?:期间|期内|内|间|中)?[，,、]?$/;

export const boundRecurring: Refiner = (hits, scan) => {
  const out: Hit[] = [];
  for (const hit of hits) {
    const prev = out[out.length - 1];
    const bounded =
      hit.kind === 'recurring' &&
      prev !== undefined &&
      prev.span !== null &&
      (prev.kind === 'period' || prev.kind === 'date') &&
      GAP.test(scan.text.slice(prev.to, hit.from));
    if (bounded && prev) {
      out[out.length - 1] = { ...hit, from: prev.from, start: prev.start, end: prev.end, span: prev.span, dated: prev.dated };
      continue;
    }
    out.push(hit);
  }
  return out;
};

/**
 * Of hits that overlap, keep the longest (2024年底前 over 年底前 over 年底; 2024年第三季度 over
 * 季度); on a tie, the earlier. Linear in the text: each kept hit marks the characters it covers.
 */
import type { Hit, Refiner } from '../types';

export const removeOverlaps: Refiner = (hits, scan) => {
  if (hits.length < 2) return hits;
  const order = hits
    .map((hit, i) => ({ hit, i }))
    .sort((a, b) => b.hit.to - b.hit.from - (a.hit.to - a.hit.from) || a.hit.from - b.hit.from || a.i - b.i);
  const taken = new Uint8Array(scan.text.length + 1);
  const kept: Hit[] = [];
  for (const { hit } of order) {
    let free = true;
    for (let k = hit.from; k < hit.to && free; k++) free = taken[k] === 0;
    if (!free) continue;
    taken.fill(1, hit.from, hit.to);
    kept.push(hit);
  }
  return kept.sort((a, b) => a.from - b.from);
};

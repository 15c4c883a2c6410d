/**
 * A yearless phrase after one with a written year takes that year, not the reference's:
 * "2024年6月底前、12月底前" → 2024-12-31; "2024年12月启动，3月底前完成" → 2025-03-31 (a month
 * already past in that year rolls into the next).
 */
import { fieldsOf, resolveSpan } from '../calendar';
import type { Refiner, Span } from '../types';

export const carryYear: Refiner = (hits, scan) => {
  let anchor: Span | null = null;
  return hits.map((hit) => {
    const parts = hit.parts;
    if (parts && parts.year !== null && hit.span) anchor = hit.span;
    if (!parts || !anchor || parts.year !== null || parts.rel !== null) return hit;
    const span = resolveSpan(parts, scan.ref, anchor);
    if (!span) return hit;
    return { ...hit, ...fieldsOf(parts, span), span, dated: true };
  });
};

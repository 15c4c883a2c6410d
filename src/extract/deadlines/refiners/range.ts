/**
 * Two whole phrases joined by a dash or 至/到 are one span: 2024年至2025年, 2023年6月—2024年6月,
 * 2023年11月至次年3月, 2024年上半年至2025年底. A yearless or relative second end is read
 * against the first (2023年6月至12月 → 2023-06-01..2023-12-31).
 */
import { resolveSpan } from '../calendar';
import { CONN_CHARS } from '../grammar';
import type { Hit, Refiner } from '../types';

const JOIN = new RegExp(`^${CONN_CHARS}{1,3}$`);
const CALENDAR = new Set(['date', 'by', 'period']);

function secondEnd(a: Hit, b: Hit, ref: Parameters<typeof resolveSpan>[1]): string | null {
  if (b.parts && b.parts.year === null && a.span) {
    const span = resolveSpan(b.parts, ref, a.span);
    return span ? span.end : null;
  }
  return b.end ?? b.span?.end ?? null;
}

export const mergeRanges: Refiner = (hits, scan) => {
  const out: Hit[] = [];
  for (const hit of hits) {
    const prev = out[out.length - 1];
    if (prev && prev.span && CALENDAR.has(prev.kind) && CALENDAR.has(hit.kind)) {
      const gap = scan.text.slice(prev.to, hit.from);
      const end = JOIN.test(gap) ? secondEnd(prev, hit, scan.ref) : null;
      const start = prev.start ?? prev.span.start;
      if (end !== null && start <= end) {
        out[out.length - 1] = {
          from: prev.from,
          to: hit.to,
          kind: 'period',
          start,
          end,
          span: { start, end },
          dated: true,
        };
        continue;
      }
    }
    out.push(hit);
  }
  return out;
};

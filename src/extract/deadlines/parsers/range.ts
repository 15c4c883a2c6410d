/**
 * Spans whose first end is written short: 2024—2025年 / 2024-2025 / 2024一2025年(间),
 * 2024年6—12月 / 6月至9月 / 11月—2月 (into the next year), 2024年6月1日—30日. A span whose
 * two ends are whole phrases (2024年至2025年6月) is joined by the range refiner instead.
 */
import { daySpan, monthSpan } from '../calendar';
import { CONN } from '../grammar';
import type { Hit, Parser, Scan } from '../types';

const Y = '(?:19|20)\\d{2}';

function periodHit(m: RegExpExecArray, start: string, end: string, dated = true): Hit | null {
  if (start > end) return null;
  const span = { start, end };
  return { from: m.index, to: m.index + m[0].length, kind: 'period', start, end, span, dated };
}

export const yearRangeParser: Parser = {
  name: 'range-years',
  needs: '0123456789',
  pattern: new RegExp(`(?<!\\d)(?<y1>${Y})${CONN}(?<y2>${Y})(?:年度?|(?![\\d.\\-/]))(?:期间|间)?`, 'g'),
  extract(m) {
    const y1 = Number(m.groups?.y1);
    const y2 = Number(m.groups?.y2);
    if (y2 <= y1 || y2 - y1 > 50) return null;
    return periodHit(m, `${y1}-01-01`, `${y2}-12-31`);
  },
};

/** A yearless range takes the reference year, or the next when it is wholly past. */
function rangeYear(written: string | undefined, scan: Scan): number | null {
  if (written) return Number(written);
  return scan.ref ? scan.ref.year : null;
}

export const monthRangeParser: Parser = {
  name: 'range-months',
  needs: '月',
  pattern: new RegExp(`(?<!\\d)(?:(?<y>${Y})年度?)?(?<m1>\\d{1,2})月?${CONN}(?<m2>\\d{1,2})月份?`, 'g'),
  extract(m, scan) {
    const g = m.groups ?? {};
    const m1 = Number(g.m1);
    const m2 = Number(g.m2);
    let year = rangeYear(g.y, scan);
    if (year === null) return monthSpan(2000, m1, m2) ? noDates(m) : null;
    if (!g.y && scan.ref && m2 < scan.ref.month && m1 <= m2) year += 1;
    const span = monthSpan(year, m1, m2, m2 < m1 ? year + 1 : year);
    return span ? periodHit(m, span.start, span.end) : null;
  },
};

export const dayRangeParser: Parser = {
  name: 'range-days',
  needs: '月',
  pattern: new RegExp(
    `(?<!\\d)(?:(?<y>${Y})年)?(?<m1>\\d{1,2})月(?<d1>\\d{1,2})[日号]?${CONN}(?:(?<m2>\\d{1,2})月)?(?<d2>\\d{1,2})[日号]`,
    'g',
  ),
  extract(m, scan) {
    const g = m.groups ?? {};
    const m1 = Number(g.m1);
    const m2 = g.m2 ? Number(g.m2) : m1;
    let year = rangeYear(g.y, scan);
    if (year === null) return noDates(m);
    if (!g.y && scan.ref && m2 < scan.ref.month && m1 <= m2) year += 1;
    const first = daySpan(year, m1, Number(g.d1));
    const last = daySpan(m2 < m1 ? year + 1 : year, m2, Number(g.d2));
    return first && last ? periodHit(m, first.start, last.end) : null;
  },
};

/** A range recognised but not placed in a year (no reference given). */
function noDates(m: RegExpExecArray): Hit {
  return { from: m.index, to: m.index + m[0].length, kind: 'period', start: null, end: null, span: null, dated: false };
}

/**
 * Dates in digits and separators: 2024.6.30, 2024-06-30, 2024/6/30 (a day) and 2024.6,
 * 2024-06 (a month), with the usual tails (2024.6.30前). Amounts such as 2000.5万元 or
 * 2020.5% are not months.
 */
import { calendarHit } from '../calendar';
import { MOD, readModifier } from '../grammar';
import type { Parser } from '../types';

const DATE = '(?<![\\d.])(?<y>(?:19|20)\\d{2})(?<sep>[./-])(?<m>\\d{1,2})(?:\\k<sep>(?<d>\\d{1,2}))?';

export const numericParser: Parser = {
  name: 'numeric',
  needs: './-',
  pattern: new RegExp(`${DATE}(?![\\d.%万亿千百元个])(?:[日号])?${MOD}`, 'g'),
  extract(m, scan) {
    const g = m.groups ?? {};
    const month = Number(g.m);
    const mod = readModifier(g.mod);
    const parts = g.d
      ? { year: Number(g.y), rel: null, unit: 'day' as const, month, day: Number(g.d), mod }
      : { year: Number(g.y), rel: null, unit: 'month' as const, month, mod: mod === 'early' ? 'none' as const : mod };
    return calendarHit(m.index, m.index + m[0].length, parts, scan);
  },
};

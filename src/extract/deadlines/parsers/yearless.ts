/**
 * A part of a year with no year written: 6月底前, 6月前, 12月31日前, 上半年, 第三季度末前,
 * 三季度, 前三季度, 6月上旬. The year comes from the reference (see resolveSpan).
 */
import { calendarHit } from '../calendar';
import { MOD, SUB, readParts } from '../grammar';
import type { Parser } from '../types';

export const yearlessParser: Parser = {
  name: 'yearless',
  needs: '年季月',
  pattern: new RegExp(`(?<![\\d年])${SUB}${MOD}`, 'g'),
  extract(m, scan) {
    const parts = readParts(m.groups ?? {}, null, null);
    if (parts.unit === 'year') return null;
    return calendarHit(m.index, m.index + m[0].length, parts, scan);
  },
};

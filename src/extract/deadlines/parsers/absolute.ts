/**
 * A written year and what it names: 2024年 / 2024年度, 2024年上半年, 2024年第三季度,
 * 2024年6月, 2024年6月30日, 2024年6月上旬, each with its tail: 2024年底前, 2024年6月底,
 * 2024年内, 2023年起, 2024年年底前.
 */
import { calendarHit } from '../calendar';
import { MOD, SUB, YEAR, readParts } from '../grammar';
import type { Parser } from '../types';

export const absoluteParser: Parser = {
  name: 'absolute',
  needs: '年',
  pattern: new RegExp(`${YEAR}年度?(?:${SUB})?(?:年(?=[底末终初内]))?${MOD}`, 'g'),
  extract(m, scan) {
    const groups = m.groups ?? {};
    const parts = readParts(groups, Number(groups.y), null);
    return calendarHit(m.index, m.index + m[0].length, parts, scan);
  },
};

/**
 * Five-year plans: 十一五 … 十五五 (十一五 = 2006–2010, each next plan five years on, so
 * 十四五 = 2021–2025 and 十五五 = 2026–2030), quotes already dropped. 期间 / 时期 / 期内 name the
 * span; 末 / 期末 / 前 make it due by the plan's last day; 以来 starts there. A bare 十四五
 * (as in a plan's name) is a period too, but not a milestone of a task's text.
 */
import { planSpan } from '../calendar';
import type { Parser } from '../types';

const ORDINAL: Record<string, number> = { 一: 11, 二: 12, 三: 13, 四: 14, 五: 15, 六: 16, 七: 17, 八: 18, 九: 19 };
const BY = new Set(['末', '末期', '期末', '前', '以前']);

export const planParser: Parser = {
  name: 'plan',
  needs: '五',
  pattern:
    /(?<![一二三四五六七八九十百千万\d])十(?<n>[一二三四五六七八九])五(?:规划|计划)?(?<suf>期间|期内|期末|时期|末期|末|以来|以前|前(?!期)|初期|中期|内)?/g,
  extract(m) {
    const ordinal = ORDINAL[m.groups?.n ?? ''];
    if (ordinal === undefined) return null;
    const span = planSpan(ordinal);
    const suf = m.groups?.suf;
    const from = m.index;
    const to = m.index + m[0].length;
    const dated = suf !== undefined;
    if (suf && BY.has(suf)) return { from, to, span, dated, kind: 'by', start: null, end: span.end };
    if (suf === '以来') return { from, to, span, dated, kind: 'period', start: span.start, end: null };
    return { from, to, span, dated, kind: 'period', start: span.start, end: span.end };
  },
};

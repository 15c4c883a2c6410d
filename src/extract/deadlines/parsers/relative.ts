/**
 * Phrases dated from the notice's own date (the reference): 今年底 / 年底前 / 年内 / 当年 /
 * 明年 / 次年6月底前 / 下一年度, 本月底 / 下月, 本季度末, 即日起. Without a reference they keep
 * their kind and leave the dates null.
 */
import { calendarHit, daySpan, fieldsOf, monthSpan } from '../calendar';
import { MOD, MOD_CORE, SUB, readModifier, readParts } from '../grammar';
import type { CalendarParts, Hit, Parser, Scan } from '../types';

const YEAR_WORD: Record<string, number> = {
  今: 0, 本: 0, 当: 0, 明: 1, 次: 1, 来: 1, 下: 1, 下一: 1, 去: -1, 上: -1, 上一: -1,
};

/** 今年, 明年底前, 次年6月, 下一年度, 上年: a year counted from the reference. */
export const relativeYearParser: Parser = {
  name: 'relative-year',
  needs: '年',
  pattern: new RegExp(
    `(?<![相每])(?<rel>今|本|当|明|次|来|下一?|去|上一?)年度?(?:${SUB})?(?:年(?=[底末终初内]))?${MOD}`,
    'g',
  ),
  extract(m, scan) {
    const groups = m.groups ?? {};
    const parts = readParts(groups, null, YEAR_WORD[groups.rel ?? ''] ?? 0);
    return calendarHit(m.index, m.index + m[0].length, parts, scan);
  },
};

/**
 * 年底前, 年内, 年末, 年度内: the reference year. Not after a count (三年内, 5年内, 半年内,
 * 近年内), which is a duration, not a calendar year.
 */
export const currentYearParser: Parser = {
  name: 'current-year',
  needs: '年',
  pattern: new RegExp(
    `(?<![\\d〇○零一二三四五六七八九十两几半多数每今本当明次来下去上近全前])年度?(?<mod>${MOD_CORE})`,
    'g',
  ),
  extract(m, scan) {
    const mod = readModifier(m.groups?.mod);
    if (mod === 'none') return null;
    const parts: CalendarParts = { year: null, rel: 0, unit: 'year', mod };
    return calendarHit(m.index, m.index + m[0].length, parts, scan);
  },
};

const MONTH_WORD: Record<string, number> = { 本: 0, 当: 0, 下: 1, 下个: 1, 次: 1, 上: -1, 上个: -1 };

/** 本月底前, 下个月, 当月: a month counted from the reference month. */
export const relativeMonthParser: Parser = {
  name: 'relative-month',
  needs: '月',
  pattern: new RegExp(`(?<![每])(?<rm>本|当|下个?|次|上个?)月份?${MOD}`, 'g'),
  extract(m, scan) {
    const groups = m.groups ?? {};
    const mod = readModifier(groups.mod);
    const parts: CalendarParts = { year: null, rel: 0, unit: 'month', mod: mod === 'early' ? 'none' : mod };
    const hit = (span: ReturnType<typeof monthSpan>): Hit => ({
      from: m.index,
      to: m.index + m[0].length,
      ...fieldsOf(parts, span),
      span,
      dated: span !== null,
    });
    if (!scan.ref) return hit(null);
    const index = scan.ref.year * 12 + scan.ref.month - 1 + (MONTH_WORD[groups.rm ?? ''] ?? 0);
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    return hit(monthSpan(year, month, month));
  },
};

/** 本季度末前, 下一季度: a quarter counted from the reference quarter. */
export const relativeQuarterParser: Parser = {
  name: 'relative-quarter',
  needs: '季',
  pattern: new RegExp(`(?<rq>本|当|下一?个?|次)季度?${MOD}`, 'g'),
  extract(m, scan) {
    const groups = m.groups ?? {};
    const mod = readModifier(groups.mod);
    const parts: CalendarParts = { year: null, rel: 0, unit: 'quarter', mod: mod === 'early' ? 'none' : mod };
    let span = null;
    if (scan.ref) {
      const step = groups.rq === '本' || groups.rq === '当' ? 0 : 1;
      const index = scan.ref.year * 4 + Math.floor((scan.ref.month - 1) / 3) + step;
      const q = (index % 4) + 1;
      span = monthSpan(Math.floor(index / 4), q * 3 - 2, q * 3);
    }
    return { from: m.index, to: m.index + m[0].length, ...fieldsOf(parts, span), span, dated: span !== null };
  },
};

/** 即日起, 自印发之日起: from the notice's date on. */
export const fromTodayParser: Parser = {
  name: 'from-today',
  needs: '日',
  pattern: /(?:自|从)?(?:即日|(?:发布|印发|发文|下发|公布|通知)之日)(?:起|开始)/g,
  extract(m, scan: Scan): Hit {
    const start = scan.ref ? scan.ref.iso : null;
    const span = scan.ref ? daySpan(scan.ref.year, scan.ref.month, scan.ref.day) : null;
    return { from: m.index, to: m.index + m[0].length, kind: 'period', start, end: null, span, dated: false };
  },
};

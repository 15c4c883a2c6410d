/**
 * Regex fragments shared by the parsers, written over the normalized text (ASCII digits, no
 * spaces, no quotes). Each is linear: alternations of literals, bounded digit runs, no
 * nested quantifiers.
 */
import type { CalendarParts, Modifier, Unit } from './types';

/** A written year, not the tail of a longer number. */
export const YEAR = '(?<!\\d)(?<y>(?:19|20)\\d{2})';

/**
 * The part of a year a phrase names: 上半年, 前三季度, 第三季度 / 三季度, 6月, 6月30日 (24时),
 * 6月上旬 / 6月初.
 */
export const SUB =
  '(?:(?<half>[上下])半年|(?<q3>前[三3])季度|第?(?<q>[1-4一二三四])季度' +
  '|(?<m>\\d{1,2})月份?(?:(?<d>\\d{1,2})[日号](?:\\d{1,2}[时点](?:\\d{1,2}分)?)?|(?<xun>[上中下]旬|初))?)';

/**
 * What may follow a named unit: 底前 / 末前 / 以前 / 之前 / 前 / 以内 / 内 / 止 (due by its end),
 * 底 / 末 / 终 (its end), 初 (its start), 起 / 开始 / 以来 (from its start on).
 * 前期 (an early stage), 前后 (around) and 起草 (to draft) are words of their own.
 */
export const MOD_CORE =
  '(?:底|末|终)?(?:以前|之前|前(?![期后])|以内|之内|内|止)|底|末|终|初|起(?!草)|开始|以来';
export const MOD = `(?<mod>${MOD_CORE})?`;

/** Range connectors: 2024—2025年, 2024-2025年, 2024～2025, 2024至2025, 6到9月. */
export const CONN_CHARS = '[-—–~至到―‐‒−]';
export const CONN = `(?:${CONN_CHARS}{1,3}|一)`;

const QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

export function readModifier(mod: string | undefined): Modifier {
  if (!mod) return 'none';
  if (mod === '初') return 'early';
  if (mod.startsWith('起') || mod === '开始' || mod === '以来') return 'since';
  return 'by';
}

type Groups = Record<string, string | undefined>;

/** The unit a match names, from SUB's groups; a year when SUB did not match. */
export function readParts(groups: Groups, year: number | null, rel: number | null): CalendarParts {
  const mod = readModifier(groups.mod);
  const parts = (unit: Unit, more: Partial<CalendarParts> = {}): CalendarParts => ({
    year,
    rel,
    unit,
    // 6月初 is read as the month's first ten days; 初 after a half or quarter adds nothing.
    mod: mod === 'early' && unit !== 'year' ? 'none' : mod,
    ...more,
  });
  if (groups.half) return parts('half', { n: groups.half === '上' ? 1 : 2 });
  if (groups.q3) return parts('first3q');
  if (groups.q) return parts('quarter', { n: QUARTER[groups.q] ?? 1 });
  if (groups.m) {
    const month = Number(groups.m);
    if (groups.d) return parts('day', { month, day: Number(groups.d) });
    if (groups.xun) return parts('xun', { month, xun: groups.xun === '中旬' ? 2 : groups.xun === '下旬' ? 3 : 1 });
    return parts('month', { month });
  }
  return parts('year');
}

/** Run a global pattern over the text once, collecting what `extract` keeps (into `out`, if given). */
export function eachMatch<T>(pattern: RegExp, text: string, extract: (m: RegExpExecArray) => T | null, out: T[] = []): T[] {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    const value = extract(m);
    if (value !== null) out.push(value);
  }
  return out;
}

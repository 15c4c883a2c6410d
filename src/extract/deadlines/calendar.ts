/**
 * Calendar arithmetic: valid ISO dates, month lengths (leap years: 2024年2月底 → 2024-02-29),
 * the span a named unit covers, and the year a yearless phrase falls in.
 */
import type { DeadlineKind } from '../../model/schema';
import type { CalendarParts, Hit, Reference, Scan, Span } from './types';

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function iso(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function lastDay(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Months m1..m2 of one year (m2 may run into the next year: 11—2月). */
export function monthSpan(year: number, m1: number, m2: number, year2 = year): Span | null {
  if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12) return null;
  return { start: iso(year, m1, 1), end: iso(year2, m2, lastDay(year2, m2)) };
}

export function daySpan(year: number, month: number, day: number): Span | null {
  if (month < 1 || month > 12 || day < 1 || day > lastDay(year, month)) return null;
  const date = iso(year, month, day);
  return { start: date, end: date };
}

/** A 五年规划 by its ordinal: 十一五 (11) = 2006–2010, each next plan five years on. */
export function planSpan(ordinal: number): Span {
  const first = 2006 + (ordinal - 11) * 5;
  return { start: iso(first, 1, 1), end: iso(first + 4, 12, 31) };
}

/** The span a calendar phrase names in a given year; null when the date does not exist. */
export function spanOf(parts: CalendarParts, year: number): Span | null {
  const n = parts.n ?? 1;
  const month = parts.month ?? 0;
  switch (parts.unit) {
    case 'year':
      // 2024年初: the first quarter, the usual reading of 年初.
      return parts.mod === 'early' ? monthSpan(year, 1, 3) : monthSpan(year, 1, 12);
    case 'half':
      return n === 1 ? monthSpan(year, 1, 6) : monthSpan(year, 7, 12);
    case 'quarter':
      return monthSpan(year, n * 3 - 2, n * 3);
    case 'first3q':
      return monthSpan(year, 1, 9);
    case 'month':
      return monthSpan(year, month, month);
    case 'xun': {
      if (month < 1 || month > 12) return null;
      const xun = parts.xun ?? 1;
      const first = xun === 1 ? 1 : xun === 2 ? 11 : 21;
      const last = xun === 3 ? lastDay(year, month) : first + 9;
      return { start: iso(year, month, first), end: iso(year, month, last) };
    }
    case 'day':
      return daySpan(year, month, parts.day ?? 0);
  }
}

export function parseReference(date: string | null | undefined): Reference | null {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!daySpan(year, month, day)) return null;
  return { year, month, day, iso: iso(year, month, day) };
}

/**
 * Resolve a phrase to its span. A yearless phrase (6月底前, 上半年) takes the reference year,
 * or the next one when it would lie wholly before the reference month: a notice of
 * 2023-11-20 that says 3月底前 means March 2024.
 */
export function resolveSpan(parts: CalendarParts, ref: Reference | null, anchor?: Span): Span | null {
  if (parts.year !== null) return spanOf(parts, parts.year);
  const base = anchor ? Number(anchor.start.slice(0, 4)) : ref?.year;
  if (base === undefined) return null;
  if (parts.rel !== null) return spanOf(parts, base + parts.rel);
  const span = spanOf(parts, base);
  const floor = anchor ? anchor.start : ref ? iso(ref.year, ref.month, 1) : null;
  if (span && floor && span.end < floor) return spanOf(parts, base + 1);
  return span;
}

function defaultKind(parts: CalendarParts): DeadlineKind {
  if (parts.mod === 'by') return 'by';
  const named = parts.unit === 'month' || parts.unit === 'xun' || parts.unit === 'day';
  return named && parts.mod !== 'since' ? 'date' : 'period';
}

/** Kind and dates of a resolved phrase: 底前/内 → by its last day, 起 → from its first day. */
export function fieldsOf(parts: CalendarParts, span: Span | null): Pick<Hit, 'kind' | 'start' | 'end'> {
  const kind = defaultKind(parts);
  if (!span) return { kind, start: null, end: null };
  if (parts.mod === 'by') return { kind, start: null, end: span.end };
  if (parts.mod === 'since') return { kind, start: span.start, end: null };
  return { kind, start: span.start, end: span.end };
}

export function calendarHit(from: number, to: number, parts: CalendarParts, scan: Scan): Hit | null {
  const span = resolveSpan(parts, scan.ref);
  if (!span && parts.year !== null) return null; // 2023年2月30日: no such day
  return { from, to, ...fieldsOf(parts, span), span, parts, dated: span !== null };
}

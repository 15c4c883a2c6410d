/**
 * Shared shapes of the deadline grammar. Parsers turn regex matches into hits over the
 * normalized text; refiners merge, extend and drop hits (chrono-node's parser/refiner split).
 */
import type { DeadlineCycle, DeadlineKind } from '../../model/schema';

export interface DeadlineContext {
  /** The notice's date (YYYY-MM-DD): the year for 年底前, 6月底前, 明年 … */
  referenceDate?: string | null;
}

export interface Reference {
  year: number;
  month: number;
  day: number;
  iso: string;
}

/** Inclusive ISO dates a calendar phrase names. */
export interface Span {
  start: string;
  end: string;
}

export type Unit = 'year' | 'half' | 'quarter' | 'first3q' | 'month' | 'xun' | 'day';

/** What follows a named unit: 前/底/内 (by), 起/开始 (since), 初 (early part), or nothing. */
export type Modifier = 'none' | 'by' | 'since' | 'early';

/** A calendar phrase taken apart, so refiners can re-resolve it against another year. */
export interface CalendarParts {
  /** The year as written (2024年), or null. */
  year: number | null;
  /** Offset from the reference year when written relatively (今年 0, 明年 1, 去年 -1). */
  rel: number | null;
  unit: Unit;
  /** 1–2 for a half, 1–4 for a quarter. */
  n?: number;
  month?: number;
  day?: number;
  /** 1 上旬/初, 2 中旬, 3 下旬. */
  xun?: number;
  mod: Modifier;
}

export interface Hit {
  /** Where the phrase starts and ends (exclusive) in the normalized text. */
  from: number;
  to: number;
  kind: DeadlineKind;
  start: string | null;
  end: string | null;
  cycle?: DeadlineCycle | null;
  /** The calendar span named before any modifier (2024年底前 → all of 2024). */
  span: Span | null;
  parts?: CalendarParts;
  /** Anchored to a written or resolved year/month: worth reporting as a milestone. */
  dated: boolean;
}

export interface Scan {
  text: string;
  ref: Reference | null;
}

export interface Parser {
  name: string;
  /** Global, precompiled; matched once over the text. */
  pattern: RegExp;
  /**
   * Characters one of which every match of `pattern` holds (年 for 2024年…): a text with none of
   * them is not scanned. Most cells and texts name only one or two kinds of phrase.
   */
  needs?: string;
  extract(match: RegExpExecArray, scan: Scan): Hit | null;
}

export type Refiner = (hits: Hit[], scan: Scan) => Hit[];

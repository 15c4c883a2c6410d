/**
 * The damage toolkit's ground: a seeded random source, and what a clean copy looks like.
 */

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [low, high]. */
  between(low: number, high: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: small, fast, good enough to shuffle test inputs. */
export function makeRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    between: (low, high) => low + int(high - low + 1),
    chance: (probability) => next() < probability,
    pick: (items) => items[int(items.length)]!,
  };
}

export type Damage = (text: string, rng: Rng) => string;

// ---------------------------------------------------------------------------------------------
// What the clean copy looks like (tab form): rows "12⇥text⇥units⇥deadline", continuation rows
// "⇥text⇥⇥", headings "一、…" / "(一) …", header rows "主要任务⇥⇥责任单位⇥推进时间".

export const ROW = /^(\d{1,3})\t/;
const HEADER_WORDS = /(?:责任|牵头|配合)(?:单位|部门)/;
const SECTION = /^[一二三四五六七八九十]{1,3}、/;
export const SUBSECTION = /^[(（][一二三四五六七八九十]{1,3}[)）] ?/;
const ATTACHMENT = /^附\s*件\s*\d{0,2}$/;

export const isRow = (line: string): boolean => ROW.test(line);
export const isHeader = (line: string): boolean =>
  line.includes('\t') && line.trim().length <= 40 && HEADER_WORDS.test(line) && !/^\s*\d/.test(line) && !/[。，]/.test(line);
const PART = /^第[一二三四五六七八九十]{1,3}(?:部分|章|篇)/;
const isHeading = (line: string): boolean => SECTION.test(line) || SUBSECTION.test(line) || PART.test(line);

export function planStart(lines: string[]): number {
  const index = lines.findIndex((line) => ATTACHMENT.test(line.trim()));
  return index < 0 ? 0 : index;
}

/**
 * The plan's title: the block of non-blank lines right above its first header, heading or row
 * (after 附件 when there is one), if it reads as a title (short, not a sentence).
 */
export function planTitle(lines: string[]): string | null {
  const start = planStart(lines);
  let first = start + 1;
  while (first < lines.length && !(isHeader(lines[first]!) || isHeading(lines[first]!.trim()) || isRow(lines[first]!))) first++;
  let index = first - 1;
  // Blank lines and bracketed remarks (（以下任务均需…）) stand between a title and its plan.
  while (index > start && (lines[index]!.trim() === '' || /^[（(〔【[]/.test(lines[index]!.trim()))) index--;
  const parts: string[] = [];
  for (; index > start && lines[index]!.trim() !== ''; index--) parts.unshift(lines[index]!.trim());
  const title = parts.join('');
  return title.length > 0 && title.length <= 80 && !/[。：:]$/.test(title) ? title : null;
}

export const mapLines = (text: string, change: (line: string, index: number, lines: string[]) => string | string[]): string => {
  const lines = text.split('\n');
  return lines.flatMap((line, index) => change(line, index, lines)).join('\n');
};

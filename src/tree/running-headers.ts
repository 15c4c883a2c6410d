/**
 * Running headers: a PDF prints a title at the top of every page — the plan's own, or, in a
 * notice with several attachments, the notice's or another attachment's. Copied out, it lands
 * between two lines of a task. A line is a running header when its letters and figures are most
 * of a title known in the document (compared on letters and figures only, so a copy's widths,
 * quotes and spaces do not matter).
 */
import { foldWidth, type SourceLine } from '../lines';
import { readTableHeader } from '../classify/table-header';
import { isPageNumber } from '../classify/furniture';
import { isRuledRow, splitCells } from '../lines/cells';

export interface RunningHeaders {
  /** Whether `text` repeats a known title; titles added later count from then on. */
  test(text: string): boolean;
  add(title: string): void;
}

/** Shorter keys match too much: a wrapped line of task text may be six characters of a title. */
const MIN_KEY = 6;
/** A header is the whole title, or one of its two wrapped lines. */
const MIN_SHARE = 0.4;
const MAX_TITLE = 200;

export function createRunningHeaders(titles: string[] = []): RunningHeaders {
  const keys: string[] = [];
  let longest = 0;
  const add = (title: string): void => {
    const key = lettersOf(title);
    if (key.length < MIN_KEY || key.length > MAX_TITLE || keys.includes(key)) return;
    keys.push(key);
    longest = Math.max(longest, key.length);
  };
  for (const title of titles) add(title);
  return {
    add,
    test(text) {
      // A table row (tabs) or a line far longer than any title is no running header.
      if (keys.length === 0 || text.length > longest * 3 || text.includes('\t')) return false;
      const key = lettersOf(text);
      if (key.length < MIN_KEY) return false;
      return keys.some((title) => key.length >= title.length * MIN_SHARE && title.includes(key));
    },
  };
}

/**
 * An attachment's title: its first lines, short and not sentences, before its table header or
 * its first numbered line. Joined, since a long title wraps.
 */
export function leadingTitle(lines: SourceLine[]): string {
  let title = '';
  for (const line of lines) {
    const text = line.view.trim();
    if (text === '' || isPageNumber(text)) continue;
    if (readTableHeader(text) || /^(?:\d|[一二三四五六七八九十]{1,3}[、.]|[（(])/.test(text) || /[。；：:]$/.test(text) || text.length > 60) break;
    // A line of cells (tabs, gaps, bars) is the table, not its title.
    if (isRuledRow(line.view) || splitCells(line).filter((cell) => cell.text !== '').length > 1) break;
    title += text;
    if (title.length > MAX_TITLE) break;
  }
  return title;
}

function lettersOf(text: string): string {
  return foldWidth(text).replace(/[^\p{L}\p{N}]/gu, '');
}

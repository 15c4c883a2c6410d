/**
 * Normalization for the deadline grammar: one linear pass that folds full-width forms
 * (２０２４ → 2024), drops spaces and quotes (“十四五” → 十四五, 2023 年 4 月 → 2023年4月) and
 * writes Chinese numerals as digits where they name a year, month or day
 * (二〇二四年十二月 → 2024年12月, 六月底前 → 6月底前). Every output character keeps the
 * [start, end) of the source characters it came from, so a match maps back to the input.
 */
import { CodeSet, SPACE_RANGES, isSpaceCode } from '../../lines/chars';

export interface Normalized {
  text: string;
  /** Source offset where each normalized character starts. */
  starts: number[];
  /** Source offset just past each normalized character. */
  ends: number[];
}

const QUOTE_CHARS = '"\'“”‘’「」『』〝〞`';
const QUOTES = new CodeSet(QUOTE_CHARS);
/** Opening quotes join the phrase after them, so a milestone reads “十四五”期间, not 十四五”期间. */
const OPENERS = new CodeSet('“‘「『〝');
const CN_DIGIT: Record<string, number> = {
  '〇': 0, '○': 0, '◯': 0, '零': 0, O: 0, o: 0,
  '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
const LATIN_ZERO = new Set(['O', 'o']);

/** Characters of a numeral run: the digits above and 十. */
const RUN_CHARS = new CodeSet(`${Object.keys(CN_DIGIT).join('')}十`);
const YUAN = 0x5143; // 元
const MONTH = 0x6708; // 月

function fold(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x301c) return 0x7e; // 〜 wave dash → ~
  if (code === 0xfe63) return 0x2d; // ﹣ small hyphen → -
  return code;
}

/** 十二 → 12, 三十一 → 31, 六 → 6; null for anything else (一二, 十十). */
export function smallNumber(run: string): number | null {
  if (run.length === 1 && run !== '十') {
    const d = CN_DIGIT[run];
    return d !== undefined && d > 0 && !LATIN_ZERO.has(run) ? d : null;
  }
  const ten = run.indexOf('十');
  if (ten < 0 || ten > 1 || run.indexOf('十', ten + 1) >= 0 || run.length - ten > 2) return null;
  const tensChar = run[0];
  const tens = ten === 0 ? 1 : tensChar !== undefined && !LATIN_ZERO.has(tensChar) ? CN_DIGIT[tensChar] : undefined;
  const unitsChar = run[ten + 1];
  const units = unitsChar === undefined ? 0 : LATIN_ZERO.has(unitsChar) ? undefined : CN_DIGIT[unitsChar];
  if (tens === undefined || units === undefined || tens === 0) return null;
  return tens * 10 + units;
}

/** A run of Chinese numeral characters, written as digits when the next character asks for it. */
function convertRun(run: string, next: string | undefined): string | null {
  if (next === '年') {
    if (run.length !== 4) return null;
    let out = '';
    let chinese = false;
    for (const ch of run) {
      const d = CN_DIGIT[ch];
      if (d === undefined) return null;
      if (!LATIN_ZERO.has(ch)) chinese = true;
      out += String(d);
    }
    return chinese ? out : null;
  }
  if (next === '月' || next === '日' || next === '号') {
    const value = smallNumber(run);
    return value !== null && value <= 31 ? String(value) : null;
  }
  return null;
}

/**
 * Text built from a source text: unchanged stretches are copied as slices (most characters are
 * left as they are), and every output character records the source span it came from.
 */
class Builder {
  private readonly pieces: string[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  private copied = 0;

  constructor(private readonly source: Normalized) {}

  /** Source characters [from, to) written as `out`, all of them mapped to the span from..to. */
  replace(from: number, to: number, out: string): void {
    this.copyTo(from);
    const start = this.source.starts[from] ?? 0;
    const end = this.source.ends[to - 1] ?? start;
    for (let k = 0; k < out.length; k++) {
      this.starts.push(start);
      this.ends.push(end);
    }
    this.pieces.push(out);
    this.copied = to;
  }

  /** Source characters up to `to` that stay as they are. */
  copyTo(to: number): void {
    if (to <= this.copied) return;
    this.pieces.push(this.source.text.slice(this.copied, to));
    for (let k = this.copied; k < to; k++) {
      this.starts.push(this.source.starts[k] as number);
      this.ends.push(this.source.ends[k] as number);
    }
    this.copied = to;
  }

  finish(): Normalized {
    this.copyTo(this.source.text.length);
    return { text: this.pieces.join(''), starts: this.starts, ends: this.ends };
  }
}

/** Every character pass 1 drops or folds: spaces, quotes, full-width forms, 〜 and ﹣. */
const NOISE = new CodeSet(`${QUOTE_CHARS}\u301c\ufe63`, [[0xff01, 0xff5e], ...SPACE_RANGES]);

/** Each character where it stands: source offsets `shift`, 1 + `shift`, … */
function offsets(length: number, shift: number): number[] {
  const out = new Array<number>(length);
  for (let i = 0; i < length; i++) out[i] = i + shift;
  return out;
}

/** Pass 1: fold widths, drop spaces and quotes. */
function dropSpacesAndQuotes(raw: string): Normalized {
  if (!NOISE.anyIn(raw)) return { text: raw, starts: offsets(raw.length, 0), ends: offsets(raw.length, 1) };
  const starts: number[] = [];
  const ends: number[] = [];
  const pieces: string[] = [];
  let copied = 0;
  let opener = -1;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    const ch = fold(code);
    const space = isSpaceCode(ch);
    if (!space && !QUOTES.has(ch)) {
      if (ch !== code) {
        pieces.push(raw.slice(copied, i), String.fromCharCode(ch));
        copied = i + 1;
      }
      starts.push(opener >= 0 ? opener : i);
      ends.push(i + 1);
      opener = -1;
      continue;
    }
    pieces.push(raw.slice(copied, i));
    copied = i + 1;
    if (OPENERS.has(ch)) opener = i;
    else if (!space) opener = -1;
  }
  pieces.push(raw.slice(copied));
  return { text: pieces.join(''), starts, ends };
}

/** Pass 2: numeral runs before 年/月/日/号; 元月 is January. */
function writeNumerals(kept: Normalized): Normalized {
  const text = kept.text;
  let out: Builder | null = null;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === YUAN && text.charCodeAt(i + 1) === MONTH) {
      (out ??= new Builder(kept)).replace(i, i + 1, '1');
      i += 1;
      continue;
    }
    if (!RUN_CHARS.has(code)) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < text.length && RUN_CHARS.has(text.charCodeAt(j))) j++;
    const converted = convertRun(text.slice(i, j), text[j]);
    if (converted !== null) (out ??= new Builder(kept)).replace(i, j, converted);
    i = j;
  }
  return out ? out.finish() : kept;
}

export function normalize(raw: string): Normalized {
  return writeNumerals(dropSpacesAndQuotes(raw));
}

/**
 * Normalization for the deadline grammar: one linear pass that folds full-width forms
 * (２０２４ → 2024), drops spaces and quotes (“十四五” → 十四五, 2023 年 4 月 → 2023年4月) and
 * writes Chinese numerals as digits where they name a year, month or day
 * (二〇二四年十二月 → 2024年12月, 六月底前 → 6月底前). Every output character keeps the
 * [start, end) of the source characters it came from, so a match maps back to the input.
 */
export interface Normalized {
  text: string;
  /** Source offset where each normalized character starts. */
  starts: number[];
  /** Source offset just past each normalized character. */
  ends: number[];
}

const QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '「', '」', '『', '』', '〝', '〞', '`']);
const SPACE = /\s/;
/** Opening quotes join the phrase after them, so a milestone reads “十四五”期间, not 十四五”期间. */
const OPENERS = new Set(['“', '‘', '「', '『', '〝']);
const CN_DIGIT: Record<string, number> = {
  '〇': 0, '○': 0, '◯': 0, '零': 0, O: 0, o: 0,
  '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
const LATIN_ZERO = new Set(['O', 'o']);

function fold(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x301c) return '~'; // 〜 wave dash
  if (code === 0xfe63) return '-'; // ﹣ small hyphen
  return ch;
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

function isRunChar(ch: string): boolean {
  return ch === '十' || CN_DIGIT[ch] !== undefined;
}

export function normalize(raw: string): Normalized {
  // Pass 1: fold widths, drop spaces and quotes.
  const chars: string[] = [];
  const s1: number[] = [];
  const e1: number[] = [];
  let opener = -1;
  for (let i = 0; i < raw.length; i++) {
    const ch = fold(raw.charAt(i));
    if (SPACE.test(ch) || QUOTES.has(ch)) {
      if (OPENERS.has(ch)) opener = i;
      else if (!SPACE.test(ch)) opener = -1;
      continue;
    }
    chars.push(ch);
    s1.push(opener >= 0 ? opener : i);
    e1.push(i + 1);
    opener = -1;
  }
  // Pass 2: numeral runs before 年/月/日/号; 元月 is January.
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (out: string, from: number, to: number) => {
    const start = s1[from] ?? 0;
    const end = e1[to - 1] ?? start;
    for (let k = 0; k < out.length; k++) {
      starts.push(start);
      ends.push(end);
    }
    text += out;
  };
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] as string;
    if (ch === '元' && chars[i + 1] === '月') {
      emit('1', i, i + 1);
      i += 1;
      continue;
    }
    if (!isRunChar(ch)) {
      emit(ch, i, i + 1);
      i += 1;
      continue;
    }
    let j = i;
    while (j < chars.length && isRunChar(chars[j] as string)) j++;
    const run = chars.slice(i, j).join('');
    const converted = convertRun(run, chars[j]);
    if (converted !== null) emit(converted, i, j);
    else for (let k = i; k < j; k++) emit(chars[k] as string, k, k + 1);
    i = j;
  }
  return { text, starts, ends };
}

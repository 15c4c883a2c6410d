/**
 * Canonical text for the model. OCR and PDF copies scatter spaces between Chinese
 * characters ("城乡 社区", "2023 年"), mix full- and half-width forms ("１５分钟", "(信包箱)",
 * "\"十四五\"", "100%,到2025年") and cut sentences at page breaks. The model gives one form
 * whatever the copy: ASCII digits and letters, no spaces beside Chinese, Chinese punctuation
 * in Chinese text.
 */
import { CodeSet, SPACE_RANGES } from '../lines/chars';

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_PUNCT = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026\\u00b7';
const WIDE = `${HAN}${CJK_PUNCT}`;

const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0e\uff0b\uff0d\uff0f]/g;
const SPACES = /[\s\u3000\u00a0\u2000-\u200b\u202f\u2060\ufeff]+/g;
const SPACE_BESIDE_WIDE = new RegExp(`(?<=[${WIDE}]) (?=\\S)|(?<=\\S) (?=[${WIDE}])`, 'g');
const ASCII_PUNCT_BESIDE_HAN = new RegExp(`(?<=[${WIDE}])[,;:?!()]|[,;:?!()](?=[${HAN}])`, 'g');
const HAS_HAN = new RegExp(`[${HAN}]`);
/** A pair of ASCII double quotes: in Chinese text, “…”. */
const ASCII_QUOTED = /"([^"\n]{0,80})"/g;
/** , ; between two other characters — not a thousands separator (1,000) nor a list of figures (1,2). */
const ASCII_CLAUSE_PUNCT = /(?<!\d),|,(?!\d)|;/g;
/** A doc number's year in any bracket OCR gives it (闽政办[2022]37号) → 〔2022〕, as docNumber has it. */
const DOC_NUMBER_YEAR = /[[［【〔(（] ?(\d{4}) ?[\]］】〕)）](?= ?\d{1,5} ?号)/g;
/** A full-width colon between two figures or Latin letters (A1：A9, 3：1): the ASCII one, as in Latin text. */
const WIDE_COLON_IN_LATIN = /(?<=[0-9A-Za-z])：(?=[0-9A-Za-z])/g;
const WIDE_PUNCT: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/**
 * Every rewrite below needs one of these characters (号 for the doc number's year), and trim
 * only removes white space; most task texts hold none, and one scan then tells they stay as written.
 */
const MAY_CHANGE = new CodeSet('％＋－．／：",;:?!()号\u200b\u2060', [[0xff10, 0xff19], [0xff21, 0xff3a], [0xff41, 0xff5a], ...SPACE_RANGES]);

export function cleanText(raw: string): string {
  if (!MAY_CHANGE.anyIn(raw)) return raw;
  const text = raw
    .replace(FULL_WIDTH_ALNUM, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(SPACES, ' ')
    .trim()
    .replace(SPACE_BESIDE_WIDE, '')
    .replace(DOC_NUMBER_YEAR, '〔$1〕')
    .replace(WIDE_COLON_IN_LATIN, ':');
  if (!HAS_HAN.test(text)) return text;
  return text
    .replace(ASCII_QUOTED, '“$1”')
    .replace(ASCII_PUNCT_BESIDE_HAN, (char) => WIDE_PUNCT[char] ?? char)
    .replace(ASCII_CLAUSE_PUNCT, (char) => WIDE_PUNCT[char] ?? char)
    .replace(/（([^（）]{0,40})\)/g, '（$1）')
    .replace(/\(([^()]{0,40})）/g, '（$1）');
}

/**
 * Join pieces of one text split over lines or rows: nothing between them, as a Chinese line
 * break means nothing — except one space between two Latin letters, where it was a word break.
 */
export function joinText(pieces: readonly string[]): string {
  if (pieces.length === 1) return (pieces[0] as string).trim(); // one cell or line: nothing to join
  const parts: string[] = [];
  let lastChar = '';
  for (const piece of pieces) {
    const part = piece.trim();
    if (part === '') continue;
    // Look at one character each side (not a `$`-anchored regex over the text joined so far,
    // which would make joining n pieces quadratic).
    if (isLatinLetter(lastChar) && isLatinLetter(part.charAt(0))) parts.push(' ');
    parts.push(part);
    lastChar = part.charAt(part.length - 1);
  }
  return parts.join('');
}

function isLatinLetter(char: string): boolean {
  return (char >= 'A' && char <= 'Z') || (char >= 'a' && char <= 'z');
}

/** Clean text of pieces joined across lines. */
export function cleanJoined(pieces: readonly string[]): string {
  return cleanText(joinText(pieces));
}

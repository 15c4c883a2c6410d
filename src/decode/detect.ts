/**
 * Which encoding a BOM-less byte string is in. Each sniffer looks at a sample and answers only
 * when the evidence is clear; the caller tries them in order (see ./index).
 */
import { decodeBytes } from './backend';
import { COMMON_HANZI } from './common-hanzi';
import type { EncodingName } from './names';

/** Bytes looked at for evidence; the whole input is decoded only once the encoding is chosen. */
const SAMPLE_BYTES = 256 * 1024;

/** The encoding a byte-order mark announces (EF BB BF, FF FE, FE FF), or null. */
export function sniffBom(bytes: Uint8Array): EncodingName | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf8';
  if (a === 0xff && b === 0xfe) return 'utf16le';
  if (a === 0xfe && b === 0xff) return 'utf16be';
  return null;
}

/**
 * UTF-16 without a BOM. Only with NUL bytes: any line break or ASCII character in UTF-16 has
 * one ("\n" is 0A 00), and without NULs short Latin text passes for CJK ("ca" read as BE is
 * U+6361). Nearly every 16-bit unit, read one way round, must be a character a notice would
 * contain. ASCII in UTF-16LE is "A\0B\0"; the same bytes read as BE are U+4100 U+4200, so
 * when both readings pass, the one with more ASCII wins. GB/Big5 byte pairs read as UTF-16 land
 * in Hangul, surrogates and private use, and fail.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf16le' | 'utf16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  if (bytes.subarray(0, end).indexOf(0) < 0) return null;
  const le = { plausible: 0, ascii: 0 };
  const be = { plausible: 0, ascii: 0 };
  for (let i = 0; i + 1 < end; i += 2) {
    tallyUnit(le, bytes[i]! | (bytes[i + 1]! << 8));
    tallyUnit(be, (bytes[i]! << 8) | bytes[i + 1]!);
  }
  const units = Math.floor(end / 2);
  const passes = (tally: typeof le) => tally.plausible >= units * 0.9;
  if (passes(le) && (!passes(be) || le.ascii >= be.ascii)) return 'utf16le';
  if (passes(be)) return 'utf16be';
  return null;
}

function tallyUnit(tally: { plausible: number; ascii: number }, unit: number): void {
  if (unit === 0x09 || unit === 0x0a || unit === 0x0d || (unit >= 0x20 && unit < 0x7f)) {
    tally.ascii++;
    tally.plausible++;
  } else if (isPlausibleNonAscii(unit)) {
    tally.plausible++;
  }
}

function isPlausibleNonAscii(unit: number): boolean {
  return (
    (unit >= 0x00a0 && unit <= 0x024f) || // Latin-1, Latin Extended
    (unit >= 0x0370 && unit <= 0x04ff) || // Greek, Cyrillic
    (unit >= 0x2000 && unit <= 0x2bff) || // punctuation, symbols, ①②, box drawing
    (unit >= 0x3000 && unit <= 0x30ff) || // CJK punctuation 。、「」, kana
    (unit >= 0x3200 && unit <= 0x33ff) || // ㈠ ㈡, CJK compatibility
    (unit >= 0x4e00 && unit <= 0x9fff) || // CJK Unified Ideographs
    (unit >= 0xff00 && unit <= 0xffef) // fullwidth forms （），：
  );
}

/** How Chinese a decoded text looks: frequent Hanzi for, rare scripts and U+FFFD against. */
export interface HanziEvidence {
  /** Frequent Hanzi (Simplified or Traditional). */
  common: number;
  /** Characters mojibake is made of: kana, Hangul, Greek, Cyrillic, box drawing, private use, … */
  odd: number;
  /** U+FFFD: byte sequences the encoding does not define. */
  invalid: number;
  /** Non-ASCII characters other than punctuation: the denominator. */
  weighed: number;
}

export function hanziEvidence(text: string): HanziEvidence {
  const evidence: HanziEvidence = { common: 0, odd: 0, invalid: 0, weighed: 0 };
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80 || isPunctuation(unit)) continue;
    evidence.weighed++;
    if (unit === 0xfffd) evidence.invalid++;
    else if (COMMON_HANZI.has(unit)) evidence.common++;
    else if (unit < 0x4e00 || unit > 0x9fff) evidence.odd++;
  }
  return evidence;
}

function isPunctuation(unit: number): boolean {
  return (unit >= 0x2000 && unit <= 0x206f) || (unit >= 0x3000 && unit <= 0x303f) || (unit >= 0xff00 && unit <= 0xffef);
}

/** From -2 (all invalid) to 1 (all frequent Hanzi); real prose scores about 0.7–0.9, mojibake near 0. */
export function hanziScore(evidence: HanziEvidence): number {
  if (evidence.weighed === 0) return 0;
  return (evidence.common - evidence.odd - 2 * evidence.invalid) / evidence.weighed;
}

/** The margin by which Big5 must out-score GB18030 to be chosen. */
const BIG5_MARGIN = 0.25;

export interface ChineseGuess {
  encoding: 'gb18030' | 'big5';
  /** hanziScore of the sample in that encoding. */
  score: number;
  /** Characters weighed: how much evidence the score rests on. */
  weighed: number;
}

/**
 * GB18030 or Big5, for bytes that are not UTF-8. Both decode almost any byte string (every Big5
 * pair is a valid GBK pair), so read the sample both ways and keep the one that reads as
 * Chinese. GB18030 is the default: Big5 only on clear evidence (a margin and at least two
 * frequent characters), since mainland notices are GB-encoded.
 */
export function chooseChineseEncoding(bytes: Uint8Array): ChineseGuess {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const gb = hanziEvidence(decodeBytes(sample, 'gb18030'));
  const big5 = hanziEvidence(decodeBytes(sample, 'big5'));
  const [gbScore, big5Score] = [hanziScore(gb), hanziScore(big5)];
  return big5.common >= 2 && big5Score - gbScore >= BIG5_MARGIN
    ? { encoding: 'big5', score: big5Score, weighed: big5.weighed }
    : { encoding: 'gb18030', score: gbScore, weighed: gb.weighed };
}

/**
 * UTF-8 with a few broken sequences (a file cut mid-character, a stray Latin-1 byte): at most
 * one U+FFFD per 50 well-formed non-ASCII characters. GB or Big5 read as UTF-8 is mostly U+FFFD.
 */
export function isMostlyUtf8(text: string): boolean {
  let wellFormed = 0;
  let invalid = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0xfffd) invalid++;
    else if (unit >= 0x80) wellFormed++;
  }
  return wellFormed >= 20 && invalid * 50 <= wellFormed;
}

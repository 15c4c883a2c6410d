/**
 * Refusing what is not text: a PNG, a zip or a .doc decodes "successfully" into garbage, so
 * say so instead of parsing it. Real text has no NUL and almost no control characters.
 */
import { DecodeError } from './errors';

/** Share of control characters from which the input is binary: real text has ~0, random bytes ~10%. */
const MAX_CONTROL_SHARE = 0.05;
/** Share of U+FFFD above which a guessed encoding is wrong or the bytes are not text. */
const MAX_INVALID_SHARE = 0.05;

/** The first NUL byte: no text encoding but UTF-16/32 puts one in a text file. */
export function assertNoNulByte(bytes: Uint8Array): void {
  const offset = bytes.indexOf(0);
  if (offset >= 0) throw new DecodeError('binary', `not a text file: NUL byte at offset ${offset}`);
}

/** Control characters other than tab, line breaks, form feed, SUB (DOS end-of-file) and ESC. */
function isControl(unit: number): boolean {
  if (unit < 0x20) return unit !== 0x09 && unit !== 0x0a && unit !== 0x0b && unit !== 0x0c && unit !== 0x0d && unit !== 0x1a && unit !== 0x1b;
  return unit === 0x7f || (unit >= 0x80 && unit <= 0x9f);
}

/** Throws 'binary' for a NUL character or mostly control characters in decoded text. */
export function assertTextual(text: string): void {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw new DecodeError('binary', `not a text file: NUL character at offset ${nul}`);
  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) controls++;
  if (controls > 0 && controls >= text.length * MAX_CONTROL_SHARE) {
    throw new DecodeError('binary', `not a text file: ${percent(controls, text.length)} of characters are control characters`);
  }
}

/** Throws 'undecodable' when too much of a guessed decoding is U+FFFD. */
export function assertDecodable(text: string, encoding: string): void {
  let invalid = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) invalid++;
  if (invalid > 0 && invalid >= text.length * MAX_INVALID_SHARE) {
    throw new DecodeError(
      'undecodable',
      `cannot decode: not UTF-8, and ${percent(invalid, text.length)} of characters are invalid as ${encoding} (best guess)`,
    );
  }
}

/** Below this hanziScore, with enough characters weighed, a guess reads as no Chinese at all. */
const MIN_CHINESE_SCORE = 0.1;
const MIN_WEIGHED = 64;

/**
 * Throws 'undecodable' when the best GB18030/Big5 reading is still gibberish (prose scores
 * 0.6–0.95, random bytes below 0): some other encoding, or not text.
 */
export function assertReadsAsChinese(guess: { encoding: string; score: number; weighed: number }): void {
  if (guess.weighed >= MIN_WEIGHED && guess.score < MIN_CHINESE_SCORE) {
    throw new DecodeError('undecodable', `cannot decode: not UTF-8, and reads as neither GB18030 nor Big5 Chinese (best: ${guess.encoding})`);
  }
}

function percent(part: number, whole: number): string {
  return `${Math.round((part / whole) * 100)}%`;
}

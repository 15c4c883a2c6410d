/**
 * decode: bytes (or a string) → text, with the encoding named. Notices come as UTF-8, as
 * GB18030/GBK from mainland Windows machines, as Big5 from Taiwan and Hong Kong, and as UTF-16
 * from "Save as Unicode"; anything else (a PNG, a .docx) is refused with a one-line reason.
 * Line endings are kept as they are: that is the lines stage's job.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { decodeBytes, decodeUtf8Strict } from './backend';
import { chooseChineseEncoding, isMostlyUtf8, sniffBom, sniffUtf16 } from './detect';
import { DecodeError } from './errors';
import { normalizeEncodingName, type EncodingName } from './names';
import { assertDecodable, assertNoNulByte, assertReadsAsChinese, assertTextual } from './text-check';

export { DecodeError, type DecodeErrorCode } from './errors';
export { normalizeEncodingName, type EncodingName } from './names';
export { setLegacyDecoder, type LegacyDecoder, type LegacyEncoding } from './backend';

/** Bytes → their SHA-256 as lowercase hex. */
export type Sha256Hex = (bytes: Uint8Array) => string;

// @noble/hashes runs anywhere (a browser has no synchronous SHA-256); under Node the library's
// entry (src/node/library.ts) and the CLI plug in node:crypto, about 9× faster, with `setSha256`.
const nobleSha256: Sha256Hex = (bytes) => bytesToHex(sha256(bytes));
let sha256Hex = nobleSha256;

/** Hash inputs with `hasher` instead of @noble/hashes; `undefined` restores it. */
export function setSha256(hasher: Sha256Hex | undefined): void {
  sha256Hex = hasher ?? nobleSha256;
}

export interface DecodeOptions {
  /** 'auto' (default) detects; a name (or alias: 'gbk', 'utf-8', …) forces that encoding. */
  encoding?: 'auto' | EncodingName;
  /** Inputs over this many bytes are refused; default 64 MiB. */
  maxBytes?: number;
}

export interface Decoded {
  /** The text, without a leading BOM. */
  text: string;
  encoding: EncodingName;
  /** Whether a byte-order mark (or a leading U+FEFF) was there and stripped. */
  bom: boolean;
  /** Size of the input in bytes (a string: its UTF-8 length). */
  bytes: number;
  /** SHA-256 of the input bytes as given (BOM included), lowercase hex. */
  sha256: string;
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

const BOM = '\uFEFF';

export function decode(input: string | Uint8Array, options: DecodeOptions = {}): Decoded {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const forced = !options.encoding || options.encoding === 'auto' ? null : normalizeEncodingName(options.encoding);

  // A string is already text: describe it as UTF-8 (its bytes are those a file would hold).
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  if (bytes.length > maxBytes) {
    throw new DecodeError('too-large', `input is ${bytes.length} bytes, over the ${maxBytes}-byte limit (maxBytes)`);
  }

  let encoding: EncodingName;
  let text: string;
  if (typeof input === 'string') {
    [encoding, text] = ['utf8', input];
  } else if (forced) {
    if (forced !== 'utf16le' && forced !== 'utf16be') assertNoNulByte(bytes);
    [encoding, text] = [forced, decodeBytes(bytes, forced)];
  } else {
    [encoding, text] = detectAndDecode(bytes);
  }

  const bom = text.startsWith(BOM);
  if (bom) text = text.slice(BOM.length);
  assertTextual(text);
  return { text, encoding, bom, bytes: bytes.length, sha256: sha256Hex(bytes) };
}

/**
 * The detection order: a BOM says it outright; NULs mean UTF-16 or binary; strict UTF-8 next
 * (pure ASCII is UTF-8 too); then UTF-8 with a few broken bytes; last GB18030 vs Big5, the two
 * that need weighing.
 */
function detectAndDecode(bytes: Uint8Array): [EncodingName, string] {
  const bom = sniffBom(bytes);
  if (bom) return [bom, decodeBytes(bytes, bom)];

  if (bytes.indexOf(0) >= 0) {
    const utf16 = sniffUtf16(bytes);
    if (utf16) return [utf16, decodeBytes(bytes, utf16)];
    assertNoNulByte(bytes);
  }

  const utf8 = decodeUtf8Strict(bytes);
  if (utf8 !== null) return ['utf8', utf8];

  const lenient = decodeBytes(bytes, 'utf8');
  if (isMostlyUtf8(lenient)) return ['utf8', lenient];

  const guess = chooseChineseEncoding(bytes);
  const text = decodeBytes(bytes, guess.encoding);
  // Control characters first: random bytes are 'binary', not a badly guessed encoding.
  assertTextual(text);
  assertDecodable(text, guess.encoding);
  assertReadsAsChinese(guess);
  return [guess.encoding, text];
}

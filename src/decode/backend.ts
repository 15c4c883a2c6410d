/**
 * Bytes → string for a named encoding. The platform's WHATWG TextDecoder by default (browsers,
 * Node with full ICU). iconv-lite cannot be the default: it needs Node's Buffer and does not
 * bundle for a browser, so a Node entry point may plug it in with `setLegacyDecoder`
 * (see ./iconv-lite), and it is then used for GB18030 and Big5 wherever `Buffer` exists.
 */
import { DecodeError } from './errors';
import type { EncodingName } from './names';

export type LegacyEncoding = 'gb18030' | 'big5';
export type LegacyDecoder = (bytes: Uint8Array, encoding: LegacyEncoding) => string;

let legacyDecoder: LegacyDecoder | undefined;

// Made once: opening a decoder costs more than decoding a notice. decode() without `stream`
// starts afresh each call, after a fatal error too.
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });
const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF16LE = new TextDecoder('utf-16le', { ignoreBOM: true });
/** GB18030 and Big5 decoders, made on first use: a runtime without full ICU lacks them. */
const LEGACY = new Map<LegacyEncoding, TextDecoder>();

/** Route GB18030 and Big5 through `decoder` where Node's Buffer exists; `undefined` restores TextDecoder. */
export function setLegacyDecoder(decoder: LegacyDecoder | undefined): void {
  legacyDecoder = decoder;
}

/**
 * Decode without throwing: malformed sequences become U+FFFD and a BOM stays in the text
 * (`ignoreBOM`), so the caller decides about both.
 */
export function decodeBytes(bytes: Uint8Array, encoding: EncodingName): string {
  switch (encoding) {
    case 'utf8':
      return UTF8.decode(bytes);
    case 'utf16le':
      return UTF16LE.decode(bytes);
    case 'utf16be':
      // Swapped to LE: every TextDecoder has utf-16le, Node without ICU lacks utf-16be.
      return UTF16LE.decode(swapBytePairs(bytes));
    case 'gb18030':
    case 'big5':
      return decodeLegacy(bytes, encoding);
  }
}

/** Strict UTF-8: the text, or null at the first malformed sequence. */
export function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return UTF8_STRICT.decode(bytes);
  } catch {
    return null;
  }
}

function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  if (legacyDecoder && typeof (globalThis as { Buffer?: unknown }).Buffer === 'function') {
    return legacyDecoder(bytes, encoding);
  }
  let decoder = LEGACY.get(encoding);
  if (!decoder) {
    try {
      decoder = new TextDecoder(encoding, { ignoreBOM: true });
    } catch {
      // Node built with small-icu or without ICU has no GB18030/Big5 TextDecoder.
      throw new DecodeError('unknown-encoding', `this runtime cannot decode ${encoding}: its TextDecoder lacks it (Node without full ICU?)`);
    }
    LEGACY.set(encoding, decoder);
  }
  return decoder.decode(bytes);
}

function swapBytePairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1]!;
    swapped[i + 1] = bytes[i]!;
  }
  // An odd trailing byte stays last, to come out as U+FFFD like any truncated unit.
  if (bytes.length % 2) swapped[bytes.length - 1] = bytes[bytes.length - 1]!;
  return swapped;
}

/**
 * Encoding names: the five fengong decodes, and the labels people type for them
 * (`--encoding GBK`, `utf-8`, `cp950`).
 */
import { DecodeError } from './errors';

export type EncodingName = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030' | 'big5';

// Keys are labels lower-cased with '-', '_', ' ' and '.' removed: 'UTF-8' → 'utf8'.
const ALIASES: Readonly<Record<string, EncodingName>> = {
  utf8: 'utf8',
  unicode11utf8: 'utf8',
  utf16le: 'utf16le',
  utf16: 'utf16le', // WHATWG: a bare "utf-16" label means little-endian
  ucs2: 'utf16le',
  unicode: 'utf16le', // Windows Notepad's name for UTF-16LE
  utf16be: 'utf16be',
  unicodefffe: 'utf16be',
  gb18030: 'gb18030', // GB18030 is a superset of GBK, itself a superset of GB2312
  gbk: 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
  windows936: 'gb18030',
  ms936: 'gb18030',
  euccn: 'gb18030',
  xgbk: 'gb18030',
  chinese: 'gb18030',
  big5: 'big5',
  big5hkscs: 'big5',
  cp950: 'big5',
  windows950: 'big5',
  ms950: 'big5',
  xxbig5: 'big5',
  cnbig5: 'big5',
};

/** The canonical name for an encoding label; an unknown label is a DecodeError 'unknown-encoding'. */
export function normalizeEncodingName(name: string): EncodingName {
  const key = name.trim().toLowerCase().replace(/[-_ .]/g, '');
  const found = Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined;
  if (!found) {
    throw new DecodeError('unknown-encoding', `unknown encoding '${name}': use utf8, utf16le, utf16be, gb18030 (gbk, gb2312) or big5`);
  }
  return found;
}

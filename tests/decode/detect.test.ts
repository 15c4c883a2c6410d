import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decode';
import { concat, encode, SIMPLIFIED, TRADITIONAL } from './samples';

const seed = readFileSync(new URL('../../seeds/mingxi-2023-16.txt', import.meta.url), 'utf8');

describe('a byte-order mark names the encoding and is stripped', () => {
  it.each([
    ['utf8', [0xef, 0xbb, 0xbf]],
    ['utf16le', [0xff, 0xfe]],
    ['utf16be', [0xfe, 0xff]],
  ] as const)('%s', (encoding, bom) => {
    const result = decode(concat(bom, encode(SIMPLIFIED, encoding)));
    expect(result).toMatchObject({ text: SIMPLIFIED, encoding, bom: true });
  });

  it('wins over the bytes that follow (a UTF-8 BOM before pure ASCII)', () => {
    expect(decode(concat([0xef, 0xbb, 0xbf], encode('abc', 'utf8')))).toMatchObject({ text: 'abc', encoding: 'utf8', bom: true });
  });
});

describe('valid UTF-8 is UTF-8', () => {
  it('decodes the seed notice from its UTF-8 bytes', () => {
    const result = decode(new Uint8Array(readFileSync(new URL('../../seeds/mingxi-2023-16.txt', import.meta.url))));
    expect(result).toMatchObject({ text: seed, encoding: 'utf8', bom: false });
  });

  it('takes pure ASCII as UTF-8', () => {
    expect(decode(encode('Plan 2023\n', 'utf8'))).toMatchObject({ text: 'Plan 2023\n', encoding: 'utf8' });
  });

  it('reads an empty input as empty UTF-8 text', () => {
    expect(decode(new Uint8Array(0))).toMatchObject({ text: '', encoding: 'utf8', bom: false, bytes: 0 });
  });

  it('keeps a file cut mid-character as UTF-8, with one U+FFFD at the cut', () => {
    const bytes = encode(SIMPLIFIED.repeat(3) + '落实', 'utf8');
    const result = decode(bytes.subarray(0, bytes.length - 1));
    expect(result.encoding).toBe('utf8');
    expect(result.text).toBe(SIMPLIFIED.repeat(3) + '落\uFFFD');
  });
});

describe('GB18030 is the default for non-UTF-8 Chinese', () => {
  it('round-trips the seed notice through GB18030 bytes to the identical string', () => {
    const result = decode(encode(seed, 'gb18030'));
    expect(result.encoding).toBe('gb18030');
    expect(result.text).toBe(seed);
  });

  it('decodes a GBK fragment with tabs and CRLF kept', () => {
    expect(decode(encode(SIMPLIFIED, 'gb18030'))).toMatchObject({ text: SIMPLIFIED, encoding: 'gb18030' });
  });

  it('reads Traditional characters saved as GBK as GB18030, not Big5', () => {
    expect(decode(encode(TRADITIONAL, 'gb18030'))).toMatchObject({ text: TRADITIONAL, encoding: 'gb18030' });
  });

  it('never takes a line of the seed, alone in GB18030, for Big5', () => {
    const lines = seed.split('\n').filter((line) => /[^\x00-\x7f]/.test(line));
    const big5 = lines.filter((line) => decode(encode(line, 'gb18030')).encoding === 'big5');
    expect(big5).toEqual([]);
  });

  it('falls back to GB18030 when one character is all the evidence there is', () => {
    // 的 in Big5 (AA BA) is a private-use character in GBK: one character is too little to overrule the default.
    expect(decode(encode('的', 'big5')).encoding).toBe('gb18030');
  });
});

describe('Big5 is chosen only on clear evidence', () => {
  it('detects a Traditional notice in Big5 without being told', () => {
    expect(decode(encode(TRADITIONAL, 'big5'))).toMatchObject({ text: TRADITIONAL, encoding: 'big5' });
  });

  it('detects a short Traditional phrase in Big5', () => {
    expect(decode(encode('國家發展委員會', 'big5'))).toMatchObject({ text: '國家發展委員會', encoding: 'big5' });
  });
});

describe('UTF-16 without a BOM is recognised by its NUL pattern', () => {
  it.each(['utf16le', 'utf16be'] as const)('%s Chinese text with line breaks', (encoding) => {
    expect(decode(encode(SIMPLIFIED, encoding))).toMatchObject({ text: SIMPLIFIED, encoding, bom: false });
  });

  it.each(['utf16le', 'utf16be'] as const)('%s pure ASCII', (encoding) => {
    expect(decode(encode('Notice No. 16\n', encoding))).toMatchObject({ text: 'Notice No. 16\n', encoding });
  });

  it('does not take Latin-1 "café" (no NULs; "ca" read as BE is U+6361) for UTF-16', () => {
    expect(() => decode(Uint8Array.of(0x63, 0x61, 0x66, 0xe9))).toThrow(expect.objectContaining({ code: 'undecodable' }));
  });
});

import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/emit';
import { encodeOutput } from '../../src/emit/encode';
import { sampleNotice } from './sample-notice';

describe('output encoding: utf8 as is, gb18030 for ANSI spreadsheet programs', () => {
  it('encodes UTF-8 with the BOM kept', () => {
    const bytes = encodeOutput('\uFEFF中文', 'utf8');
    expect([...bytes]).toEqual([0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0xad, 0xe6, 0x96, 0x87]);
  });

  it('encodes GB18030, including characters outside GBK, and drops a BOM', () => {
    const bytes = encodeOutput('\uFEFF中文,𠀀', 'gb18030');
    expect([...bytes.slice(0, 5)]).toEqual([0xd6, 0xd0, 0xce, 0xc4, 0x2c]);
    expect(new TextDecoder('gb18030').decode(bytes)).toBe('中文,𠀀');
  });

  it('round-trips a whole CSV through GB18030', () => {
    const csv = toCsv(sampleNotice());
    const back = new TextDecoder('gb18030').decode(encodeOutput(csv, 'gb18030'));
    expect(back).toBe(csv.slice(1));
  });

  it('returns a plain Uint8Array, not a Node Buffer', () => {
    for (const encoding of ['utf8', 'gb18030'] as const) {
      expect(Object.getPrototypeOf(encodeOutput('中', encoding))).toBe(Uint8Array.prototype);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { normalize, smallNumber } from '../../src/extract/deadlines/numerals';
import { dates } from './helpers';

describe('full-width digits and punctuation read as ASCII', () => {
  it.each([
    ['２０２４年６月３０日', 'date', '2024-06-30', '2024-06-30'],
    ['２０２４．６．３０', 'date', '2024-06-30', '2024-06-30'],
    ['２０２４／６／３０', 'date', '2024-06-30', '2024-06-30'],
    ['２０２４－２０２５年', 'period', '2024-01-01', '2025-12-31'],
    ['２０２４～２０２５年', 'period', '2024-01-01', '2025-12-31'],
  ])('%s', (raw, kind, start, end) => {
    expect(dates(raw)).toEqual({ kind, start, end });
  });
});

describe('Chinese numerals name years, months and days', () => {
  it.each([
    ['二〇二四年十二月', 'date', '2024-12-01', '2024-12-31'],
    ['二○二四年', 'period', '2024-01-01', '2024-12-31'],
    ['二零二四年六月三十日', 'date', '2024-06-30', '2024-06-30'],
    ['二O二四年六月', 'date', '2024-06-01', '2024-06-30'],
    ['六月底前', 'by', null, '2023-06-30'],
    ['十二月底前', 'by', null, '2023-12-31'],
    ['二〇二四年十月二十一日前', 'by', null, '2024-10-21'],
    ['元月底前', 'by', null, '2024-01-31'],
  ])('%s', (raw, kind, start, end) => {
    expect(dates(raw)).toEqual({ kind, start, end });
  });
  it('small numbers: 十 = 10, 十二 = 12, 二十 = 20, 三十一 = 31, not 一二', () => {
    expect([smallNumber('十'), smallNumber('十二'), smallNumber('二十'), smallNumber('三十一'), smallNumber('一二')]).toEqual([
      10, 12, 20, 31, null,
    ]);
  });
  it('plan names are left as words', () => {
    expect(normalize('“十四五”期间').text).toBe('十四五期间');
  });
});

describe('stray spaces and quotes do not matter', () => {
  it.each([
    ['2023 年 4 月', 'date', '2023-04-01', '2023-04-30'],
    ['2024 年 6 月 底 前', 'by', null, '2024-06-30'],
    ['2024\u3000年6月底前', 'by', null, '2024-06-30'],
    ['“ 十四五 ” 期间', 'period', '2021-01-01', '2025-12-31'],
  ])('%s', (raw, kind, start, end) => {
    expect(dates(raw)).toEqual({ kind, start, end });
  });
});

describe('normalized text maps back to the source', () => {
  it('each character keeps where it came from', () => {
    const source = '到 二〇二五 年底';
    const n = normalize(source);
    expect(n.text).toBe('到2025年底');
    const year = n.text.indexOf('2025');
    expect(source.slice(n.starts[year], n.ends[year + 3])).toBe('二〇二五');
    expect(n.starts).toHaveLength(n.text.length);
  });
});

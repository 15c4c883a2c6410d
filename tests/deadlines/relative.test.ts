import { describe, expect, it } from 'vitest';
import { dates } from './helpers';

describe('relative years resolve from the reference date', () => {
  it.each([
    ['年底前', 'by', null, '2023-12-31'],
    ['年底', 'by', null, '2023-12-31'],
    ['年内', 'by', null, '2023-12-31'],
    ['年度内', 'by', null, '2023-12-31'],
    ['今年底', 'by', null, '2023-12-31'],
    ['今年内', 'by', null, '2023-12-31'],
    ['当年底', 'by', null, '2023-12-31'],
    ['当年', 'period', '2023-01-01', '2023-12-31'],
    ['本年度', 'period', '2023-01-01', '2023-12-31'],
    ['明年', 'period', '2024-01-01', '2024-12-31'],
    ['次年', 'period', '2024-01-01', '2024-12-31'],
    ['下一年度', 'period', '2024-01-01', '2024-12-31'],
    ['明年底前', 'by', null, '2024-12-31'],
    ['明年6月底前', 'by', null, '2024-06-30'],
    ['明年上半年', 'period', '2024-01-01', '2024-06-30'],
    ['去年', 'period', '2022-01-01', '2022-12-31'],
  ])('%s', (raw, kind, start, end) => {
    expect(dates(raw)).toEqual({ kind, start, end });
  });
});

describe('relative months and quarters resolve from the reference date', () => {
  it.each([
    ['本月底前', 'by', null, '2023-04-30'],
    ['下月', 'date', '2023-05-01', '2023-05-31'],
    ['本季度末', 'by', null, '2023-06-30'],
    ['下季度', 'period', '2023-07-01', '2023-09-30'],
  ])('%s', (raw, kind, start, end) => {
    expect(dates(raw)).toEqual({ kind, start, end });
  });
  it('下月 in December is January of the next year', () => {
    expect(dates('下月', { referenceDate: '2023-12-05' })).toEqual({ kind: 'date', start: '2024-01-01', end: '2024-01-31' });
  });
});

describe('a count of years is a duration, not this year', () => {
  it.each(['三年内', '5年内', '半年内', '近年内'])('%s', (raw) => {
    expect(dates(raw).kind).toBe('unspecified');
  });
});

describe('a reference date that is missing or malformed leaves relative dates null', () => {
  it.each([{}, { referenceDate: null }, { referenceDate: 'April 2023' }, { referenceDate: '2023-02-30' }])('%o', (context) => {
    expect(dates('明年底前', context)).toEqual({ kind: 'by', start: null, end: null });
    expect(dates('2024年底前', context)).toEqual({ kind: 'by', start: null, end: '2024-12-31' });
  });
});

import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/extract/deadlines/index';
import { dates } from './helpers';

describe('a named day is a date with start = end', () => {
  it.each(['2024年6月30日', '2024年6月30号', '2024.6.30', '2024-06-30', '2024/6/30', '2024年6月30日24时'])('%s', (raw) => {
    expect(dates(raw)).toEqual({ kind: 'date', start: '2024-06-30', end: '2024-06-30' });
  });
});

describe('a named month is a date covering the month', () => {
  it('2024年12月', () => {
    expect(parseDeadline('2024年12月')).toEqual({ raw: '2024年12月', kind: 'date', start: '2024-12-01', end: '2024-12-31', cycle: null });
  });
  it.each([
    ['2024年6月份', '2024-06-01', '2024-06-30'],
    ['2024.6', '2024-06-01', '2024-06-30'],
    ['2024-06', '2024-06-01', '2024-06-30'],
    ['2023年2月', '2023-02-01', '2023-02-28'],
    ['2024年2月', '2024-02-01', '2024-02-29'],
  ])('%s', (raw, start, end) => {
    expect(dates(raw)).toEqual({ kind: 'date', start, end });
  });
});

describe('ten-day parts of a month (上旬/中旬/下旬/月初) are dates', () => {
  it.each([
    ['2024年6月上旬', '2024-06-01', '2024-06-10'],
    ['2024年6月初', '2024-06-01', '2024-06-10'],
    ['2024年6月中旬', '2024-06-11', '2024-06-20'],
    ['2024年2月下旬', '2024-02-21', '2024-02-29'],
  ])('%s', (raw, start, end) => {
    expect(dates(raw)).toEqual({ kind: 'date', start, end });
  });
});

describe('dates that do not exist are not dates', () => {
  it.each(['2023年2月29日', '2023年2月30日', '2024年13月', '2024.6.31'])('%s is unspecified', (raw) => {
    expect(dates(raw).kind).toBe('unspecified');
  });
  it('2024年2月29日 exists (leap year)', () => {
    expect(dates('2024年2月29日')).toEqual({ kind: 'date', start: '2024-02-29', end: '2024-02-29' });
  });
});

describe('amounts with a decimal point are not months', () => {
  it.each(['2000.5万元', '2020.5%', '2021.3亿'])('%s', (raw) => {
    expect(dates(raw).kind).toBe('unspecified');
  });
});

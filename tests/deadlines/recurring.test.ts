import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/extract/deadlines/index';
import { dates } from './helpers';

const recurring = (cycle: string | null, start: string | null = null, end: string | null = null) => ({
  kind: 'recurring',
  start,
  end,
  cycle,
});

describe('每 / 按 + a unit repeats with that cycle', () => {
  it.each([
    ['每年', 'year'],
    ['每年度', 'year'],
    ['每半年', 'half-year'],
    ['每季度', 'quarter'],
    ['每季', 'quarter'],
    ['每月', 'month'],
    ['每个月', 'month'],
    ['每周', 'week'],
    ['每星期', 'week'],
    ['每天', 'day'],
    ['每日', 'day'],
    ['按年度推进', 'year'],
    ['按季度', 'quarter'],
    ['按月报送', 'month'],
    ['年度', 'year'],
    ['逐年推进', 'year'],
    ['一年一次', 'year'],
    ['半年一次', 'half-year'],
    ['每个季度', 'quarter'],
  ])('%s → %s', (raw, cycle) => {
    expect(dates(raw)).toEqual(recurring(cycle));
  });
  it('定期 repeats with no cycle named', () => {
    expect(parseDeadline('定期开展')).toEqual({ raw: '定期开展', kind: 'recurring', start: null, end: null, cycle: null });
  });
  it('每两年 repeats, but no cycle of the schema fits', () => {
    expect(dates('每两年')).toEqual(recurring(null));
  });
  it('一次性 is not a cycle', () => {
    expect(dates('当年一次性补贴').kind).toBe('period');
  });
});

describe('a part of the cycle after 每… stays part of the recurring phrase', () => {
  it.each([
    ['每年12月底前', 'year'],
    ['每年年底前', 'year'],
    ['每年底', 'year'],
    ['每季度末', 'quarter'],
    ['每月10日前', 'month'],
    ['每年上半年', 'year'],
  ])('%s → %s, no dates', (raw, cycle) => {
    expect(dates(raw)).toEqual(recurring(cycle));
  });
});

describe('a span written before a recurring phrase bounds it', () => {
  it.each([
    ['2023—2025年每年', 'year', '2023-01-01', '2025-12-31'],
    ['2023-2025年，每季度', 'quarter', '2023-01-01', '2025-12-31'],
    ['“十四五”期间每年', 'year', '2021-01-01', '2025-12-31'],
    ['2024年每月', 'month', '2024-01-01', '2024-12-31'],
  ])('%s', (raw, cycle, start, end) => {
    expect(dates(raw)).toEqual(recurring(cycle, start, end));
  });
  it('2023年起每年 starts and does not end', () => {
    expect(dates('2023年起每年')).toEqual(recurring('year', '2023-01-01', null));
  });
});

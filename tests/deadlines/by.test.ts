import { describe, expect, it } from 'vitest';
import { lastDay } from '../../src/extract/deadlines/calendar';
import { parseDeadline } from '../../src/extract/deadlines/index';
import { dates } from './helpers';

const by = (end: string | null) => ({ kind: 'by', start: null, end });

describe('底前 / 底 / 末 / 内 after a named unit: due by its last day', () => {
  it('2023年6月底前', () => {
    expect(parseDeadline('2023年6月底前')).toEqual({ raw: '2023年6月底前', kind: 'by', start: null, end: '2023-06-30', cycle: null });
  });
  it.each([
    ['2024年6月底前完成', '2024-06-30'],
    ['2024年6月底', '2024-06-30'],
    ['2024年6月末', '2024-06-30'],
    ['2024年6月底以前', '2024-06-30'],
    ['2024年底前', '2024-12-31'],
    ['2024年年底前', '2024-12-31'],
    ['2024年底', '2024-12-31'],
    ['2024年末', '2024-12-31'],
    ['2024年内', '2024-12-31'],
    ['2024年度内', '2024-12-31'],
    ['2024年上半年前', '2024-06-30'],
    ['2024年第三季度末前', '2024-09-30'],
    ['2024年12月31日前', '2024-12-31'],
    ['2024年6月30日以前', '2024-06-30'],
    ['2024.6.30前', '2024-06-30'],
  ])('%s → by %s', (raw, end) => {
    expect(dates(raw)).toEqual(by(end));
  });
});

describe('end of month follows the calendar (leap years)', () => {
  it.each([
    ['2024年2月底', '2024-02-29'],
    ['2023年2月底前', '2023-02-28'],
    ['2000年2月底', '2000-02-29'],
    ['2024年4月底前', '2024-04-30'],
  ])('%s → %s', (raw, end) => {
    expect(dates(raw)).toEqual(by(end));
  });
  it('century years are leap only every 400 years', () => {
    expect([lastDay(1900, 2), lastDay(2000, 2), lastDay(2100, 2), lastDay(2023, 2)]).toEqual([28, 29, 28, 28]);
  });
});

describe('前 after a named unit means by the end of that unit (2025年前 → 2025-12-31)', () => {
  it.each([
    ['2025年前', '2025-12-31'],
    ['2025年以前', '2025-12-31'],
    ['2025年之前', '2025-12-31'],
    ['2024年6月前', '2024-06-30'],
  ])('%s → %s', (raw, end) => {
    expect(dates(raw)).toEqual(by(end));
  });
  it('前期 and 前后 are not 前', () => {
    expect(dates('2023年前期').kind).toBe('period');
    expect(dates('2025年前后').kind).toBe('period');
  });
});

describe('到 / 截至 / 不晚于 before a phrase: due by its end', () => {
  it.each([
    ['到2025年', '2025-12-31'],
    ['截至2025年', '2025-12-31'],
    ['截止到2024年6月', '2024-06-30'],
    ['不晚于2024年6月30日', '2024-06-30'],
    ['到2025年底', '2025-12-31'],
    ['至“十四五”末', '2025-12-31'],
  ])('%s → %s', (raw, end) => {
    expect(dates(raw)).toEqual(by(end));
  });
});

describe('yearless by-dates take the year of the reference date', () => {
  it.each([
    ['6月底前', '2023-06-30'],
    ['6月前', '2023-06-30'],
    ['6月底', '2023-06-30'],
    ['6月30日前', '2023-06-30'],
    ['上半年前', '2023-06-30'],
    ['第三季度末前', '2023-09-30'],
    ['三季度末', '2023-09-30'],
    ['十二月底前', '2023-12-31'],
  ])('%s → %s', (raw, end) => {
    expect(dates(raw)).toEqual(by(end));
  });
  it('a month already past at the reference date rolls into the next year', () => {
    expect(dates('3月底前', { referenceDate: '2023-11-20' })).toEqual(by('2024-03-31'));
    expect(dates('一季度末', { referenceDate: '2023-11-20' })).toEqual(by('2024-03-31'));
  });
  it('without a reference date the kind stays and the date is unknown', () => {
    expect(dates('6月底前', {})).toEqual(by(null));
    expect(dates('年底前', { referenceDate: null })).toEqual(by(null));
  });
});

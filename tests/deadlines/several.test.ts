import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/extract/deadlines/index';
import { dates } from './helpers';

describe('several deadlines in one cell: the latest end wins, raw stays whole', () => {
  it('2023年6月底前启动，2024年底前完成', () => {
    expect(parseDeadline('2023年6月底前启动，2024年底前完成')).toEqual({
      raw: '2023年6月底前启动，2024年底前完成',
      kind: 'by',
      start: null,
      end: '2024-12-31',
      cycle: null,
    });
  });
  it('order does not matter', () => {
    expect(dates('2024年底前完成；2023年6月底前启动')).toEqual({ kind: 'by', start: null, end: '2024-12-31' });
  });
  it('a dated deadline beats open wording', () => {
    expect(parseDeadline('2024年6月底前；长期坚持')).toEqual({
      raw: '2024年6月底前；长期坚持',
      kind: 'by',
      start: null,
      end: '2024-06-30',
      cycle: null,
    });
    expect(dates('持续推进，2025年底前完成')).toEqual({ kind: 'by', start: null, end: '2025-12-31' });
  });
  it('with no end anywhere, a start beats ongoing wording', () => {
    expect(dates('2023年起持续推进')).toEqual({ kind: 'period', start: '2023-01-01', end: null });
  });
  it('with no date at all, a cycle beats ongoing wording', () => {
    expect(dates('持续推进，每年开展')).toEqual({ kind: 'recurring', start: null, end: null, cycle: 'year' });
  });
});

describe('a yearless phrase after a dated one takes its year', () => {
  it('2024年6月底前、12月底前', () => {
    expect(dates('2024年6月底前、12月底前')).toEqual({ kind: 'by', start: null, end: '2024-12-31' });
  });
  it('a month already past in that year rolls on', () => {
    expect(dates('2024年12月启动，3月底前完成')).toEqual({ kind: 'by', start: null, end: '2025-03-31' });
  });
});

describe('unrecognised or empty cells are unspecified', () => {
  it.each(['根据上级要求', '立即', '已完成', '—', '/', 'N/A', '3岁', '100%', '15分钟'])('%s keeps its raw text', (raw) => {
    expect(parseDeadline(raw)).toEqual({ raw, kind: 'unspecified', start: null, end: null, cycle: null });
  });
  it.each([null, undefined, '', '   '])('%o has no raw text', (raw) => {
    expect(parseDeadline(raw)).toEqual({ raw: null, kind: 'unspecified', start: null, end: null, cycle: null });
  });
  it('raw is trimmed of surrounding whitespace only', () => {
    expect(parseDeadline('  持续推进\t').raw).toBe('持续推进');
  });
});

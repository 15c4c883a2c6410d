import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMilestones, parseDeadline } from '../../src/extract/deadlines/index';
import { DeadlineSchema } from '../../src/model/schema';
import { REF } from './helpers';

const PIECES = [
  '2024', '2025', '年', '月', '日', '底', '前', '内', '起', '至', '—', '-', '.', '/', '～', '每', '季度', '上半年',
  '十', '四', '五', '二', '〇', '期间', '“', '”', ' ', '，', '持续', '长期', '6', '12', '31', '30', '明', '次', '《', '》',
];
const cellText = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''));

function validIso(date: string | null): boolean {
  if (date === null) return true;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

describe('any text: never throws, always a valid Deadline', () => {
  it('grammar-shaped noise', () => {
    fc.assert(
      fc.property(cellText, (raw) => {
        const d = parseDeadline(raw, REF);
        expect(DeadlineSchema.parse(d)).toEqual(d);
        expect(validIso(d.start) && validIso(d.end)).toBe(true);
        if (d.start && d.end) expect(d.start <= d.end).toBe(true);
        for (const m of findMilestones(raw, REF)) {
          expect(raw.slice(m.offset, m.offset + (m.raw ?? '').length)).toBe(m.raw);
        }
      }),
      { numRuns: 2000, seed: 42 },
    );
  });
  it('arbitrary unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (raw) => {
        expect(() => parseDeadline(raw, REF)).not.toThrow();
        expect(() => findMilestones(raw, REF)).not.toThrow();
      }),
      { numRuns: 500, seed: 42 },
    );
  });
});

describe('linear time: long hostile inputs finish quickly', () => {
  it.each(['2024', '年', '十', '2024—', '6月', '每年', '2024年6月底前至', '二〇二四', '“十四五”'])('%s × 20 000', (unit) => {
    const text = unit.repeat(20_000);
    const t = performance.now();
    parseDeadline(text, REF);
    findMilestones(text, REF);
    expect(performance.now() - t).toBeLessThan(3000);
  });
});

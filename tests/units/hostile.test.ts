import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlanket, parseUnits } from '../../src/extract/units';

const ALPHABET = [...'县市省区乡镇委各（）〔〕【】[]()、，,；;：: 　/．等负责牵头配合以下下同民政局财政厅组织部人民政府场域'];

describe('parseUnits on hostile input', () => {
  it.each([
    ['等 tails', '县民政局' + '等'.repeat(100_000)],
    ['unclosed brackets', '（'.repeat(100_000)],
    ['stray closers', '）'.repeat(100_000)],
    ['deep nesting', '（'.repeat(50_000) + '）'.repeat(50_000)],
    ['many remarks', '县民政局〔下同〕'.repeat(12_500)],
    ['many separators', '、'.repeat(100_000)],
    ['single spaces', '局 县'.repeat(33_000)],
    ['labels', '牵头单位 '.repeat(20_000)],
    ['one long remark', '〔以下均需' + '各乡镇、'.repeat(25_000) + '落实〕'],
  ])('stays fast on %s', (_name, input) => {
    const started = performance.now();
    parseUnits(input);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('never throws, and never returns an empty name or one with a separator outside brackets', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((chars) => chars.join('')), (cell) => {
        const parsed = parseUnits(cell);
        for (const unit of parsed.units) {
          expect(unit.name).not.toBe('');
          expect(unit.name).toMatch(/[\p{L}\p{N}]/u);
          let outside = unit.name;
          for (let inner = ''; inner !== outside; ) [inner, outside] = [outside, outside.replace(/（[^（）]*）/g, '')];
          expect(outside).not.toMatch(/[，,；;]/);
          // 、 survives only in a blanket list that shares one tail: 各市、县（区）人民政府.
          if (outside.includes('、')) expect(isBlanket(unit.name), unit.name).toBe(true);
        }
        for (const remark of parsed.remarks) expect(cell.slice(remark.offset, remark.offset + remark.raw.length)).toBe(remark.raw);
      }),
      { numRuns: 2000, seed: 42 },
    );
  });

  it('folding full-width punctuation to half-width changes nothing', () => {
    const half: Record<string, string> = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')' };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((chars) => chars.join('')), (cell) => {
        const folded = cell.replace(/[，；：（）]/g, (char) => half[char] ?? char);
        expect(parseUnits(folded).units).toEqual(parseUnits(cell).units);
      }),
      { numRuns: 1000, seed: 42 },
    );
  });
});

describe('joinSharedTails regression', () => {
  it('does not join a place to an item with its own 各 (县、各厅), found by the property above', () => {
    for (const unit of parseUnits('县、各厅').units) expect(unit.name).not.toContain('、');
  });
});

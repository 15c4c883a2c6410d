import { describe, expect, it } from 'vitest';
import { extractRemarks, parseUnits } from '../../src/extract/units';

const SEED_REMARK = '〔以下均需各乡（镇）人民政府落实，不再列出。各有关责任单位按职责分工负责，下同〕';

describe('extractRemarks', () => {
  it('finds the seed remark: raw, inherited units, plan scope, offset', () => {
    const cell = `县委组织部，县民政局，各乡（镇）人民政府${SEED_REMARK}`;
    const { remarks } = extractRemarks(cell);
    expect(remarks).toEqual([
      { raw: SEED_REMARK, inherited: ['各乡（镇）人民政府'], scope: 'rest-of-plan', offset: cell.indexOf('〔') },
    ]);
  });

  it('keeps the remark out of the units and puts it in the note', () => {
    const parsed = parseUnits(`县委组织部，县民政局，各乡（镇）人民政府${SEED_REMARK}`);
    expect(parsed.units.map((unit) => unit.name)).toEqual(['县委组织部', '县民政局', '各乡（镇）人民政府']);
    expect(parsed.note).toBe(SEED_REMARK);
  });

  it('reads a cell that is a remark without brackets', () => {
    const cell = '具体任务均涉及各县（市、区）人民政府，不再做分工，下同';
    const parsed = parseUnits(cell);
    expect(parsed.units).toEqual([]);
    expect(parsed.remarks).toEqual([{ raw: cell, inherited: ['各县（市、区）人民政府'], scope: 'rest-of-plan', offset: 0 }]);
    expect(parsed.note).toBe(cell);
  });

  it('reads a remark written after the units without brackets', () => {
    const parsed = parseUnits('县民政局，县财政局，以下均需各乡镇人民政府落实，不再列出');
    expect(parsed.units.map((unit) => unit.name)).toEqual(['县民政局', '县财政局']);
    expect(parsed.remarks[0]).toMatchObject({ raw: '以下均需各乡镇人民政府落实，不再列出', inherited: ['各乡镇人民政府'], offset: 10 });
  });

  it('decides the scope from the wording', () => {
    const scopeOf = (cell: string) => extractRemarks(cell).remarks[0]?.scope;
    expect(scopeOf('县民政局【本部分任务均需各乡镇落实，下同】')).toBe('rest-of-section');
    expect(scopeOf('县民政局（本章各项任务均由各县（市、区）人民政府负责落实）')).toBe('rest-of-section');
    expect(scopeOf('县民政局[以下各项任务均需各乡（镇）落实]')).toBe('rest-of-plan');
    expect(scopeOf('县民政局（按职责分工负责）')).toBe('this-task');
  });

  it('hands on units only where the remark says who must act', () => {
    expect(extractRemarks('〔各有关责任单位按职责分工负责，下同〕').remarks[0]?.inherited).toEqual([]);
    expect(extractRemarks('（以下任务各乡（镇）人民政府均需落实，下同）').remarks[0]?.inherited).toEqual(['各乡（镇）人民政府']);
    expect(extractRemarks('〔以下均需各乡（镇）人民政府、县直有关单位落实〕').remarks[0]?.inherited).toEqual([
      '各乡（镇）人民政府', '县直有关单位',
    ]);
  });

  it('leaves brackets that belong to a name, and role marks, alone', () => {
    expect(extractRemarks('各县（市、区）人民政府，县社区服务中心（筹）').remarks).toEqual([]);
    expect(extractRemarks('县民政局（牵头），县财政局').remarks).toEqual([]);
  });

  it('accepts every bracket kind, half-width too', () => {
    for (const [open, close] of [['〔', '〕'], ['【', '】'], ['[', ']'], ['（', '）'], ['(', ')'], ['［', '］']]) {
      const parsed = parseUnits(`县民政局${open}以下均需各乡镇落实，下同${close}`);
      expect(parsed.units.map((unit) => unit.name), open).toEqual(['县民政局']);
      expect(parsed.remarks[0]?.raw, open).toBe(`${open}以下均需各乡镇落实，下同${close}`);
    }
  });

  it('joins several remarks into the note', () => {
    const parsed = parseUnits('县民政局〔按职责分工负责〕，县财政局〔下同〕');
    expect(parsed.units.map((unit) => unit.name)).toEqual(['县民政局', '县财政局']);
    expect(parsed.note).toBe('〔按职责分工负责〕 〔下同〕');
  });
});

import { describe, expect, it } from 'vitest';
import { stripDutyPhrases } from '../../src/extract/units';

describe('stripDutyPhrases', () => {
  it('strips trailing duty phrases', () => {
    expect(stripDutyPhrases('各设区市人民政府按职责分工负责')).toBe('各设区市人民政府');
    expect(stripDutyPhrases('市级各有关部门按照职责分工负责')).toBe('市级各有关部门');
    expect(stripDutyPhrases('县民政局负责')).toBe('县民政局');
    expect(stripDutyPhrases('各乡（镇）人民政府落实')).toBe('各乡（镇）人民政府');
    expect(stripDutyPhrases('县财政局、民政局分别负责')).toBe('县财政局、民政局');
  });

  it('strips an open-ended 等 / 等部门 tail', () => {
    expect(stripDutyPhrases('县财政局等')).toBe('县财政局');
    expect(stripDutyPhrases('县财政局等部门')).toBe('县财政局');
    expect(stripDutyPhrases('县财政局等有关单位按职责负责')).toBe('县财政局');
  });

  it('strips a leading 由', () => {
    expect(stripDutyPhrases('由县民政局负责落实')).toBe('县民政局');
  });

  it('leaves names alone', () => {
    for (const name of ['县民政局', '县委组织部', '县自由贸易试验区管委会', '县消防救援大队', '县行政服务中心']) {
      expect(stripDutyPhrases(name)).toBe(name);
    }
  });
});

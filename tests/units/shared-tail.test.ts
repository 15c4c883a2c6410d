import { describe, expect, it } from 'vitest';
import { joinSharedTails, parseUnits } from '../../src/extract/units';

const names = (cell: string) => parseUnits(cell).units.map((unit) => unit.name);

describe('joinSharedTails', () => {
  it('keeps 各市、县（区）人民政府 as one blanket unit', () => {
    expect(names('各市、县（区）人民政府，省直有关部门')).toEqual(['各市、县（区）人民政府', '省直有关部门']);
    expect(names('县、乡（镇）人民政府')).toEqual(['县、乡（镇）人民政府']);
  });

  it('hands a shared tail to each named place', () => {
    expect(names('城关镇、雪峰镇人民政府')).toEqual(['城关镇人民政府', '雪峰镇人民政府']);
    expect(names('市、县委组织部')).toEqual(['市委组织部', '县委组织部']);
  });

  it('leaves places without a tail, and units, alone', () => {
    expect(names('城关镇、雪峰镇')).toEqual(['城关镇', '雪峰镇']);
    expect(names('各设区市、平潭综合实验区')).toEqual(['各设区市', '平潭综合实验区']);
    expect(joinSharedTails(['县民政局', '财政局'])).toEqual([
      { name: '县民政局', source: 0 },
      { name: '财政局', source: 1 },
    ]);
  });

  it('gives the tailed units the role of the group', () => {
    expect(parseUnits('城关镇、雪峰镇人民政府牵头，县民政局配合').units.map((unit) => unit.role)).toEqual(['lead', 'lead', 'support']);
  });
});

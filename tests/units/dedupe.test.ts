import { describe, expect, it } from 'vitest';
import { dropDuplicateUnits, parseUnits } from '../../src/extract/units';

const names = (cell: string) => parseUnits(cell).units.map((unit) => `${unit.name}:${unit.role}`);

describe('dropDuplicateUnits', () => {
  it('keeps the first mention of a unit', () => {
    expect(names('县民政局、财政局，县民政局')).toEqual(['县民政局:responsible', '县财政局:responsible']);
  });

  it('lets a lead beat a responsible duplicate, wherever it stands', () => {
    expect(names('县民政局牵头，县财政局，县民政局')).toEqual(['县民政局:lead', '县财政局:responsible']);
    expect(names('县民政局，县财政局，县民政局牵头')).toEqual(['县民政局:lead', '县财政局:responsible']);
  });

  it('counts two spellings the table knows as one unit', () => {
    expect(names('县卫健局，县卫生健康局')).toEqual(['县卫健局:responsible']);
  });

  it('does not merge different units', () => {
    const units = [
      { name: '县民政局', role: 'responsible' as const, implicit: false, canonical: '县民政局' },
      { name: '市民政局', role: 'responsible' as const, implicit: false, canonical: '市民政局' },
    ];
    expect(dropDuplicateUnits(units)).toHaveLength(2);
  });
});

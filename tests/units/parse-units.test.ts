import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseUnits } from '../../src/extract/units';
import { SEED_CELLS } from './fixtures/seed-cells';

const names = (cell: string) => parseUnits(cell).units.map((unit) => unit.name);

function seedCells(): string[] {
  const seed = readFileSync(fileURLToPath(new URL('../../seeds/mingxi-2023-16.txt', import.meta.url)), 'utf8');
  const cells = new Set<string>();
  for (const line of seed.split(/\r?\n/)) {
    const cols = line.split('\t');
    if (cols.length >= 3 && /^\d+$/.test(cols[0] ?? '')) cells.add(cols[2] ?? '');
  }
  return [...cells];
}

describe('parseUnits on the seed', () => {
  it('the fixture covers every distinct unit cell of the seed', () => {
    expect(SEED_CELLS.map(([cell]) => cell).sort()).toEqual(seedCells().sort());
  });

  it.each(SEED_CELLS)('%s', (cell, expected) => {
    const parsed = parseUnits(cell);
    expect(parsed.units.map((unit) => unit.name)).toEqual(expected);
    expect(parsed.units.every((unit) => unit.role === 'responsible' && !unit.implicit)).toBe(true);
  });

  it('reports the seed’s trailing 、 as an empty item, at its place', () => {
    const cell = '县发改局、民政局、自然资源局、住建局、';
    expect(parseUnits(cell).problems).toEqual([{ message: expect.any(String), ruleId: 'units-empty-item', offset: cell.length }]);
  });
});

describe('parseUnits on other notices', () => {
  const cases: [string, string[]][] = [
    ['市发改委、财政局，市民政局', ['市发改委', '市财政局', '市民政局']],
    ['省发展改革委、省财政厅，省民政厅', ['省发展改革委', '省财政厅', '省民政厅']],
    ['福建省民政厅、财政厅、住建厅', ['福建省民政厅', '福建省财政厅', '福建省住建厅']],
    ['三明市民政局、财政局；各县（市、区）人民政府', ['三明市民政局', '三明市财政局', '各县（市、区）人民政府']],
    ['中共明溪县委组织部、宣传部，明溪县民政局', ['中共明溪县委组织部', '中共明溪县委宣传部', '明溪县民政局']],
    ['各设区市人民政府按职责分工负责', ['各设区市人民政府']],
    ['区卫健局、市场监管局、城管局，各街道办事处', ['区卫健局', '区市场监管局', '区城管局', '各街道办事处']],
    ['州民政局、财政局，各县（市）人民政府', ['州民政局', '州财政局', '各县（市）人民政府']],
    ['城关镇人民政府、财政所', ['城关镇人民政府', '城关镇财政所']],
    ['市委宣传部、网信办，市公安局、市场监管局', ['市委宣传部', '市委网信办', '市公安局', '市市场监管局']],
    ['县民政局、财政局等部门', ['县民政局', '县财政局']],
    ['县民政局\n县财政局', ['县民政局', '县财政局']],
    ['市直各有关单位，各县（市、区）人民政府', ['市直各有关单位', '各县（市、区）人民政府']],
    ['省民政厅牵头，省发展改革委、财政厅、住房城乡建设厅等按职责分工负责', ['省民政厅', '省发展改革委', '省财政厅', '省住房城乡建设厅']],
    ['镇政府、村委会', ['镇政府', '村委会']],
    ['县委宣传部（县文明办）、县民政局', ['县委宣传部（县文明办）', '县民政局']],
  ];
  it.each(cases)('%s', (cell, expected) => {
    expect(names(cell)).toEqual(expected);
  });

  it('normalises brackets inside names to full-width （）', () => {
    expect(names('各乡(镇)人民政府，县社区服务中心〔筹〕')).toEqual(['各乡（镇）人民政府', '县社区服务中心（筹）']);
  });

  it('gives the same result for half-width and mixed punctuation', () => {
    const pairs: [string, string][] = [
      ['县民政局、自然资源局,县残联', '县民政局、自然资源局，县残联'],
      ['牵头单位:县发改局;配合单位:县财政局、民政局', '牵头单位：县发改局；配合单位：县财政局、民政局'],
      ['各县(市、区)人民政府[以下均需落实,下同]', '各县（市、区）人民政府［以下均需落实，下同］'],
      ['县民政局(牵头),县财政局', '县民政局（牵头），县财政局'],
    ];
    for (const [half, full] of pairs) {
      const a = parseUnits(half);
      const b = parseUnits(full);
      expect(a.units, half).toEqual(b.units);
      expect(a.remarks.map((remark) => ({ ...remark, raw: '' })), half).toEqual(b.remarks.map((remark) => ({ ...remark, raw: '' })));
    }
  });

  it('removes OCR spaces inside names but splits on gaps', () => {
    expect(names('县 民政局、 自然 资源局，县 残联')).toEqual(['县民政局', '县自然资源局', '县残联']);
    expect(names('县民政局  县财政局')).toEqual(['县民政局', '县财政局']);
  });

  it('reports an unbalanced bracket and still splits the rest', () => {
    const parsed = parseUnits('县民政局），县财政局');
    expect(parsed.problems).toContainEqual({ message: expect.any(String), ruleId: 'units-unbalanced-bracket', offset: 4 });
    expect(parsed.units.map((unit) => unit.name)).toContain('县财政局');
  });

  it('drops numbering written before units', () => {
    expect(names('（一）县民政局')).toEqual(['县民政局']);
    expect(names('1.县民政局；2.县财政局')).toEqual(['县民政局', '县财政局']);
    expect(names('1、县民政局，2、县财政局')).toEqual(['县民政局', '县财政局']);
  });

  it('gives nothing for an empty or blank cell', () => {
    expect(parseUnits('')).toEqual({ units: [], leaders: [], remarks: [], note: null, problems: [] });
    expect(parseUnits('  \t ').units).toEqual([]);
  });
});

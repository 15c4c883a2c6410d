import { describe, expect, it } from 'vitest';
import { canonicalUnitName, parseUnits } from '../../src/extract/units';

describe('canonicalUnitName', () => {
  it('expands common abbreviations after the prefix', () => {
    expect(canonicalUnitName('县卫健局')).toBe('县卫生健康局');
    expect(canonicalUnitName('市发改委')).toBe('市发展和改革委员会');
    expect(canonicalUnitName('县发改局')).toBe('县发展和改革局');
    expect(canonicalUnitName('县住建局')).toBe('县住房和城乡建设局');
    expect(canonicalUnitName('县人社局')).toBe('县人力资源和社会保障局');
    expect(canonicalUnitName('县文旅局')).toBe('县文化和旅游局');
    expect(canonicalUnitName('三明市市场监管局')).toBe('三明市市场监督管理局');
    expect(canonicalUnitName('县委文明办')).toBe('县委精神文明建设指导委员会办公室');
    expect(canonicalUnitName('县委政法委')).toBe('县委政法委员会');
    expect(canonicalUnitName('县退役军人局')).toBe('县退役军人事务局');
    expect(canonicalUnitName('省工信厅')).toBe('省工业和信息化厅');
    expect(canonicalUnitName('残联')).toBe('残疾人联合会');
  });

  it('knows names already in full', () => {
    expect(canonicalUnitName('县民政局')).toBe('县民政局');
    expect(canonicalUnitName('县市场监督管理局')).toBe('县市场监督管理局');
  });

  it('returns null for unknown and blanket units', () => {
    expect(canonicalUnitName('县某某指挥部')).toBeNull();
    expect(canonicalUnitName('各乡（镇）人民政府')).toBeNull();
  });

  it('fills Unit.canonical, with the name itself where the table does not know it or it is turned off', () => {
    expect(parseUnits('县卫健局，各乡镇').units).toEqual([
      { name: '县卫健局', role: 'responsible', implicit: false, canonical: '县卫生健康局' },
      { name: '各乡镇', role: 'responsible', implicit: false, canonical: '各乡镇' },
    ]);
    expect(parseUnits('县卫健局', { canonical: false }).units[0]!.canonical).toBe('县卫健局');
  });
});

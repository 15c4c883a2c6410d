import { describe, expect, it } from 'vitest';
import { carryPrefix, detectPrefix, isBlanket, splitUnits } from '../../src/extract/units';

const carried = (cell: string) => carryPrefix(splitUnits(cell));

describe('carryPrefix', () => {
  it('lends the head prefix to later items of its 、-group', () => {
    expect(carried('县民政局、自然资源局，县残联')).toEqual(['县民政局', '县自然资源局', '县残联']);
    expect(carried('市发改委、财政局')).toEqual(['市发改委', '市财政局']);
    expect(carried('三明市民政局、财政局')).toEqual(['三明市民政局', '三明市财政局']);
    expect(carried('福建省民政厅、财政厅')).toEqual(['福建省民政厅', '福建省财政厅']);
    expect(carried('广西壮族自治区民政厅、财政厅')).toEqual(['广西壮族自治区民政厅', '广西壮族自治区财政厅']);
    expect(carried('福建省三明市民政局、财政局')).toEqual(['福建省三明市民政局', '福建省三明市财政局']);
  });

  it('includes 委 for party-committee organs', () => {
    expect(carried('县委组织部、文明办')).toEqual(['县委组织部', '县委文明办']);
    expect(carried('县委组织部、政法委，县生态环境局、应急局')).toEqual(['县委组织部', '县委政法委', '县生态环境局', '县应急局']);
    expect(carried('中共明溪县委组织部、宣传部')).toEqual(['中共明溪县委组织部', '中共明溪县委宣传部']);
    expect(carried('市委宣传部、网信办')).toEqual(['市委宣传部', '市委网信办']);
  });

  it('keeps items that name their own level or place', () => {
    expect(carried('省发展改革委、省财政厅')).toEqual(['省发展改革委', '省财政厅']);
    expect(carried('县委组织部、县民政局')).toEqual(['县委组织部', '县民政局']);
    expect(carried('市民政局、市政府办')).toEqual(['市民政局', '市政府办']);
    expect(carried('县妇联、团县委')).toEqual(['县妇联', '团县委']);
  });

  it('does not mistake words that start with a level character for a prefix', () => {
    expect(carried('县卫健局、文旅局、市场监督管理局、医保局')).toEqual(['县卫健局', '县文旅局', '县市场监督管理局', '县医保局']);
    expect(carried('区住建局、城市管理局、区域发展中心')).toEqual(['区住建局', '区城市管理局', '区区域发展中心']);
    expect(carried('县民政局、乡村振兴局')).toEqual(['县民政局', '县乡村振兴局']);
    expect(carried('市住建局、市政工程管理处')).toEqual(['市住建局', '市市政工程管理处']);
  });

  it('reads place names that end in a level word (杭州市, 晋城市, 成都市)', () => {
    expect(carried('杭州市民政局、财政局')).toEqual(['杭州市民政局', '杭州市财政局']);
    expect(carried('晋城市民政局、财政局')).toEqual(['晋城市民政局', '晋城市财政局']);
    expect(carried('成都市民政局、财政局')).toEqual(['成都市民政局', '成都市财政局']);
    expect(carried('鹿城区民政局、财政局')).toEqual(['鹿城区民政局', '鹿城区财政局']);
  });

  it('never prefixes blanket units and never lends from one', () => {
    expect(carried('县民政局、各乡（镇）人民政府、县直有关单位')).toEqual(['县民政局', '各乡（镇）人民政府', '县直有关单位']);
    expect(carried('各县（市、区）人民政府、市直各有关单位')).toEqual(['各县（市、区）人民政府', '市直各有关单位']);
    expect(carried('各有关部门、民政局')).toEqual(['各有关部门', '民政局']);
  });

  it('lends only within a group, and only from a head that has a prefix', () => {
    expect(carried('县民政局，财政局')).toEqual(['县民政局', '财政局']);
    expect(carried('民政局、财政局')).toEqual(['民政局', '财政局']);
  });

  it('团县委 lends its county, not the league', () => {
    expect(carried('团县委、妇联')).toEqual(['团县委', '县妇联']);
  });
});

describe('detectPrefix', () => {
  it('finds place + level (+委) at the start of a name', () => {
    expect(detectPrefix('县委组织部')?.text).toBe('县委');
    expect(detectPrefix('县市场监督管理局')?.text).toBe('县');
    expect(detectPrefix('县住房和城乡建设局')?.text).toBe('县');
    expect(detectPrefix('西双版纳傣族自治州民政局')?.text).toBe('西双版纳傣族自治州');
    expect(detectPrefix('明溪县城关乡人民政府')?.text).toBe('明溪县城关乡');
  });

  it('finds none in names that only contain a level character', () => {
    for (const name of ['市场监督管理局', '城市管理局', '乡村振兴局', '住房和城乡建设局', '社区服务中心', '民政局', '县']) {
      expect(detectPrefix(name), name).toBeNull();
    }
  });
});

describe('isBlanket', () => {
  it('knows units that stand for many', () => {
    for (const name of ['各乡（镇）人民政府', '各县（市、区）人民政府', '市直各有关单位', '县直有关单位', '各有关部门', '各成员单位', '市级各有关部门', '乡镇人民政府', '县直单位']) {
      expect(isBlanket(name), name).toBe(true);
    }
    for (const name of ['县民政局', '县直机关工委', '县乡村振兴局', '市政府办公室']) expect(isBlanket(name), name).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { assignRoles, parseUnits, type UnitParseOptions } from '../../src/extract/units';

const roles = (cell: string, options?: UnitParseOptions) =>
  parseUnits(cell, options).units.map((unit) => `${unit.name}:${unit.role}`);

describe('assignRoles', () => {
  it('reads suffix forms: X牵头，Y按职责分工负责 / X牵头，Y、Z配合', () => {
    expect(roles('市政府办公室牵头，市级各有关部门按职责分工负责')).toEqual(['市政府办公室:lead', '市级各有关部门:responsible']);
    expect(roles('县民政局牵头，县财政局、人社局配合')).toEqual(['县民政局:lead', '县财政局:support', '县人社局:support']);
    expect(roles('县民政局、财政局牵头，县残联参与')).toEqual(['县民政局:lead', '县财政局:lead', '县残联:support']);
    expect(roles('县民政局牵头、财政局配合')).toEqual(['县民政局:lead', '县财政局:support']);
  });

  it('reads labels, whatever separates them', () => {
    const expected = ['县发改局:lead', '县财政局:support', '县民政局:support'];
    expect(roles('牵头单位：县发改局；配合单位：县财政局、民政局')).toEqual(expected);
    expect(roles('牵头单位:县发改局;配合单位:县财政局、民政局')).toEqual(expected);
    expect(roles('牵头单位：县发改局  配合单位：县财政局、民政局')).toEqual(expected);
    expect(roles('牵头单位 县发改局 配合单位 县财政局、民政局')).toEqual(expected);
    expect(roles('牵头：县发改局，配合：县财政局、民政局')).toEqual(expected);
    expect(roles('牵头：县发改局\n参与单位：县财政局、民政局')).toEqual(expected);
    expect(roles('主办：县发改局；协办：县财政局、民政局')).toEqual(['县发改局:lead', '县财政局:support', '县民政局:support']);
    expect(roles('责任单位：县发改局')).toEqual(['县发改局:responsible']);
  });

  it('reads role marks in brackets', () => {
    expect(roles('县民政局（牵头），县财政局')).toEqual(['县民政局:lead', '县财政局:responsible']);
    expect(roles('县民政局(牵头),县财政局(配合)')).toEqual(['县民政局:lead', '县财政局:support']);
    expect(roles('县财政局、县民政局（牵头）')).toEqual(['县财政局:responsible', '县民政局:lead']);
  });

  it('leaves out spans labelled with people', () => {
    expect(roles('责任领导：张三；牵头单位：县民政局')).toEqual(['县民政局:lead']);
  });

  it('firstIsLead: first unit leads, the rest support, unless the cell says otherwise', () => {
    expect(roles('县民政局、财政局，县残联', { firstIsLead: true })).toEqual(['县民政局:lead', '县财政局:support', '县残联:support']);
    expect(roles('县民政局配合，县财政局牵头', { firstIsLead: true })).toEqual(['县民政局:support', '县财政局:lead']);
    expect(roles('责任单位：县民政局、财政局', { firstIsLead: true })).toEqual(['县民政局:lead', '县财政局:support']);
  });

  it('defaultRole applies where the cell gives none', () => {
    expect(roles('县民政局', { defaultRole: 'support' })).toEqual(['县民政局:support']);
    expect(roles('县民政局')).toEqual(['县民政局:responsible']);
    expect(roles('责任单位：县民政局', { defaultRole: 'support' })).toEqual(['县民政局:support']);
  });

  it('works on candidate groups directly', () => {
    const units = assignRoles([
      [
        { name: 'A', suffixRole: null, labelRole: null },
        { name: 'B', suffixRole: 'lead', labelRole: null },
      ],
      [{ name: 'C', suffixRole: null, labelRole: 'support' }],
    ]);
    expect(units).toEqual([
      { name: 'A', role: 'lead', implicit: false, canonical: 'A' },
      { name: 'B', role: 'lead', implicit: false, canonical: 'B' },
      { name: 'C', role: 'support', implicit: false, canonical: 'C' },
    ]);
  });
});

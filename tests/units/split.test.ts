import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../src/extract/units';

describe('splitUnits', () => {
  it('splits groups on ，and items on 、', () => {
    expect(splitUnits('县委组织部、文明办，县直机关工委')).toEqual([['县委组织部', '文明办'], ['县直机关工委']]);
  });

  it('splits groups on ；。 line breaks and 2+ space gaps', () => {
    expect(splitUnits('县民政局；县财政局。县人社局\n县残联  县妇联')).toEqual([
      ['县民政局'], ['县财政局'], ['县人社局'], ['县残联'], ['县妇联'],
    ]);
  });

  it('drops empty items such as a trailing 、', () => {
    expect(splitUnits('县发改局、民政局、自然资源局、住建局、')).toEqual([['县发改局', '民政局', '自然资源局', '住建局']]);
    expect(splitUnits('县民政局、、财政局，，')).toEqual([['县民政局', '财政局']]);
  });

  it('never splits inside brackets (and makes every bracket （）)', () => {
    expect(splitUnits('各乡（镇）人民政府，各县（市、区）人民政府')).toEqual([['各乡（镇）人民政府'], ['各县（市、区）人民政府']]);
    expect(splitUnits('县民政局〔以下均需各乡（镇）人民政府落实，不再列出〕')).toEqual([
      ['县民政局（以下均需各乡（镇）人民政府落实，不再列出）'],
    ]);
  });

  it('treats half-width , ; ( ) like their full-width forms', () => {
    expect(splitUnits('各县(市、区)人民政府,县民政局;县财政局')).toEqual(splitUnits('各县（市、区）人民政府，县民政局；县财政局'));
  });

  it('uses / and ． as item separators', () => {
    expect(splitUnits('县发改局/财政局．民政局')).toEqual([['县发改局', '财政局', '民政局']]);
  });

  it('removes single OCR spaces inside a name', () => {
    expect(splitUnits('县 民政局，县 财 政局')).toEqual([['县民政局'], ['县财政局']]);
    expect(splitUnits('县人民政府 办公室')).toEqual([['县人民政府办公室']]);
    expect(splitUnits('县  民政局')).toEqual([['县民政局']]);
  });

  it('reads one space between two whole prefixed names as a separator', () => {
    expect(splitUnits('县民政局 县财政局')).toEqual([['县民政局'], ['县财政局']]);
    expect(splitUnits('县民政局\u3000各乡镇人民政府')).toEqual([['县民政局'], ['各乡镇人民政府']]);
  });

  it('reads an unmatched bracket as a plain character, so the rest still splits', () => {
    expect(splitUnits('县民政局（、财政局，县残联')).toEqual([['县民政局（', '财政局'], ['县残联']]);
  });
});

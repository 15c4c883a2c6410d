import { describe, expect, it } from 'vitest';
import { matchFieldLabel, matchItemMarker } from '../../src/classify/items';

const level = (text: string) => matchItemMarker(text)?.level ?? null;

describe('matchItemMarker', () => {
  it('knows the five levels of official numbering', () => {
    expect(level('一、总体要求')).toBe(1);
    expect(level('（一）强化经济运行监测')).toBe(2);
    expect(level('(二)大力推行智慧监管')).toBe(2);
    expect(level('1.推进重点行业设备更新')).toBe(3);
    expect(level('12、健全标准规范')).toBe(3);
    expect(level('（1）开展专项整治')).toBe(4);
    expect(level('②完善回收网络')).toBe(5);
    expect(level('第三部分 保障措施')).toBe(0);
  });

  it('gives the number and a normalized label', () => {
    expect(matchItemMarker('(十二)统筹规划')).toMatchObject({ number: 12, label: '（十二）' });
    expect(matchItemMarker('3.支持交通运输设备更新')).toMatchObject({ number: 3, label: '3.', length: 2 });
  });

  it('does not take figures for numbering', () => {
    for (const text of ['2025年底前完成', '100%的社区实现', '3岁以下婴幼儿', '15分钟生活圈', '1.5万户', '3 个试点']) expect(level(text)).toBeNull();
  });
});

describe('matchFieldLabel', () => {
  it('reads labelled lines under a task', () => {
    expect(matchFieldLabel('责任单位：区市场监管局、区税务局')?.label).toBe('责任单位');
    expect(matchFieldLabel('牵头单位:区发改局')?.label).toBe('牵头单位');
    expect(matchFieldLabel('【配合单位】：区商务局')?.label).toBe('配合单位');
    expect(matchFieldLabel('完成时限：2024年6月底前')?.label).toBe('完成时限');
    expect(matchFieldLabel('责任单位要切实履行职责')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { findTrailingAttribution, splitAttribution } from '../../src/extract/inline';

const trailing = (text: string) => {
  const found = findTrailingAttribution(text);
  return found ? text.slice(found.start, found.end) : null;
};

describe('findTrailingAttribution', () => {
  it('finds a labelled bracket that closes the task, nested brackets and all', () => {
    expect(trailing('推进设备更新。（牵头单位：市发改委；责任单位：市财政局，各县（市、区）人民政府；完成时限：2024年6月底前）')).toBe(
      '（牵头单位：市发改委；责任单位：市财政局，各县（市、区）人民政府；完成时限：2024年6月底前）',
    );
    expect(trailing('提升经济调节能力。〔责任单位：省发展改革委，各设区市人民政府按职责分工负责〕')).toMatch(/^〔责任单位/);
    expect(trailing('深化改革。（市政府办公室牵头，市级各有关部门按职责分工负责）。')).toBe('（市政府办公室牵头，市级各有关部门按职责分工负责）');
    expect(trailing('开展以旧换新。（市商务局、财政局，各县（市、区）人民政府）')).toBe('（市商务局、财政局，各县（市、区）人民政府）');
  });

  it('leaves ordinary asides in the text', () => {
    expect(trailing('建设“三区”（以下简称“三区”）')).toBeNull();
    expect(trailing('完善社区服务设施（站）')).toBeNull();
    expect(trailing('没有括号的任务。')).toBeNull();
  });
});

describe('splitAttribution', () => {
  it('separates unit parts from the deadline part', () => {
    expect(splitAttribution('（牵头单位：市发改委；责任单位：市财政局、自然资源局，各县（市、区）人民政府；完成时限：2024年6月底前）')).toEqual({
      unitsText: '牵头单位：市发改委；责任单位：市财政局、自然资源局，各县（市、区）人民政府',
      deadlineRaw: '2024年6月底前',
    });
  });

  it('takes an unlabelled time as the deadline, and an unlabelled list as units', () => {
    expect(splitAttribution('（区市场监管局、区财政局按职责分工负责，2024年底前完成）')).toEqual({
      unitsText: '区市场监管局、区财政局按职责分工负责',
      deadlineRaw: '2024年底前完成',
    });
    expect(splitAttribution('（市商务局牵头；持续推进）').deadlineRaw).toBe('持续推进');
  });
});

describe('findTrailingAttribution without brackets', () => {
  it('finds labels written after the last sentence', () => {
    expect(trailing('建立长效机制。牵头单位：市发改委；配合单位：市财政局；完成时限：2024年底前')).toBe('牵头单位：市发改委；配合单位：市财政局；完成时限：2024年底前');
    expect(trailing('建立长效机制  责任单位：市发改委  完成时限：2024年底前')).toBe('责任单位：市发改委  完成时限：2024年底前');
  });

  it('does not cut a sentence that only mentions a unit', () => {
    expect(trailing('督促责任单位落实整改')).toBeNull();
  });
});

describe('splitAttribution of labels separated by gaps', () => {
  it('splits fields at a gap before a label', () => {
    expect(splitAttribution('责任单位：市发改委  完成时限：2024年底前')).toEqual({ unitsText: '责任单位：市发改委', deadlineRaw: '2024年底前' });
  });
});

import { describe, expect, it } from 'vitest';
import { readRemarkLine, splitHeadingRemark } from '../../src/compile/remarks';

describe('splitHeadingRemark', () => {
  it('takes a blanket remark off a heading', () => {
    const { title, remark } = splitHeadingRemark('构建协同高效的政府数字化履职能力体系（具体任务均涉及各设区市人民政府，不再做分工，下同）');
    expect(title).toBe('构建协同高效的政府数字化履职能力体系');
    expect(remark?.inherited).toEqual(['各设区市人民政府']);
    expect(remark?.scope).toBe('rest-of-plan');
  });

  it('keeps a remark that speaks of its own part to that part', () => {
    expect(splitHeadingRemark('加强基层治理（本部分任务均需各乡镇人民政府落实）').remark?.scope).toBe('rest-of-section');
  });

  it('leaves a heading with an ordinary bracket alone', () => {
    expect(splitHeadingRemark('推进“近邻家园”建设（试点）')).toEqual({ title: '推进“近邻家园”建设（试点）', remark: null, leaders: [] });
  });
});

describe('readRemarkLine', () => {
  it('reads a remark standing on its own line', () => {
    expect(readRemarkLine('（以下任务均需各县（市、区）人民政府落实，不再列出）')).toMatchObject({ inherited: ['各县（市、区）人民政府'], scope: 'rest-of-plan' });
    expect(readRemarkLine('各部门要高度重视，确保任务落实。')).toBeNull();
  });
});

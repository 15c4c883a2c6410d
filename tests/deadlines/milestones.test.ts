import { describe, expect, it } from 'vitest';
import { findMilestones } from '../../src/extract/deadlines/index';
import { MilestoneSchema } from '../../src/model/schema';
import { REF } from './helpers';

/** Each milestone's raw text is exactly what stands at its offset. */
function expectAnchored(text: string) {
  const found = findMilestones(text, REF);
  for (const m of found) {
    expect(MilestoneSchema.parse(m)).toEqual(m);
    expect(text.slice(m.offset, m.offset + (m.raw ?? '').length)).toBe(m.raw);
  }
  return found;
}

describe('到 + a year inside a task text is a by-milestone', () => {
  it('到2025年，… 达到…', () => {
    const text = '健全临床科室设置和设备配备。到2025年，城市社区建校（站）率达到90%，农村社区建校（站）率达到80%。';
    expect(expectAnchored(text)).toEqual([
      { raw: '到2025年', kind: 'by', start: null, end: '2025-12-31', cycle: null, offset: text.indexOf('到2025年') },
    ]);
  });
  it('到 2025 年 with spaces keeps the spaces in raw', () => {
    const text = '推进社区服务向居住小区延伸，到 2025 年，全县完成 0.5 万户老旧小区改造。';
    expect(expectAnchored(text)).toEqual([
      { raw: '到 2025 年', kind: 'by', start: null, end: '2025-12-31', cycle: null, offset: text.indexOf('到 2025 年') },
    ]);
  });
  it('到2025年底', () => {
    const text = '加强常见病、多发病诊治服务。到2025年底，基层医疗卫生机构服务能力全部达到基本标准，力争15%以上';
    expect(expectAnchored(text).map((m) => [m.raw, m.kind, m.end])).toEqual([['到2025年底', 'by', '2025-12-31']]);
  });
});

describe('a dated phrase without 到 is a milestone of its own kind', () => {
  it('2025年底前力争实现…', () => {
    const text = '推进前端感知设备建设联网，2025年底前力争实现智能安防小区建设全覆盖。';
    expect(expectAnchored(text)).toEqual([
      { raw: '2025年底前', kind: 'by', start: null, end: '2025-12-31', cycle: null, offset: text.indexOf('2025年底前') },
    ]);
  });
  it('2023年重点社区实现… is the year 2023', () => {
    const text = '到2025年，公众安全意识显著提高。2023年重点社区实现“六个一”，每年一次演练。';
    expect(expectAnchored(text).map((m) => [m.raw, m.kind, m.start, m.end])).toEqual([
      ['到2025年', 'by', null, '2025-12-31'],
      ['2023年', 'period', '2023-01-01', '2023-12-31'],
    ]);
  });
  it('确保 2025 年… and 2025 年底，…', () => {
    expect(expectAnchored('确保 2025 年农村社区综合服务设施覆盖率达到 100%').map((m) => m.raw)).toEqual(['2025 年']);
    expect(expectAnchored('提高效率。2025 年底，实现 80%的行政村通 5G 网络。').map((m) => [m.raw, m.end])).toEqual([
      ['2025 年底', '2025-12-31'],
    ]);
  });
  it('“十四五”期间 inside a text counts, a plan name does not', () => {
    const text = '贯彻省“十四五”城乡社区服务体系建设规划，“十四五”期间建成示范社区。';
    expect(expectAnchored(text).map((m) => [m.raw, m.kind])).toEqual([['“十四五”期间', 'period']]);
  });
});

describe('numbers that are not dates are not milestones', () => {
  it.each([
    '配建设施达标率达到100%。',
    '进一步完善“15分钟养老服务圈”。',
    '发展3岁以下婴幼儿照护服务，每千名人口拥有托位数4.5个。',
    '每年至少开展一次面向家长和子女的心理健康教育活动。',
    '每万名城镇常住人口拥有社区工作者 18 人，持续推进。',
    '拨付资金2000.5万元，服务12345热线。',
    '落实《规划（2021—2025年）》要求。',
  ])('%s', (text) => {
    expect(findMilestones(text, REF)).toEqual([]);
  });
});

describe('milestones come in text order with Chinese numerals and full-width digits', () => {
  it('二〇二三年六月底前… ２０２５年底前…', () => {
    const text = '二〇二三年六月底前完成试点，２０２５年底前全面推开。';
    const found = expectAnchored(text);
    expect(found.map((m) => [m.raw, m.end])).toEqual([
      ['二〇二三年六月底前', '2023-06-30'],
      ['２０２５年底前', '2025-12-31'],
    ]);
    expect(found[0]?.offset).toBe(0);
  });
  it('a yearless month after a dated one takes that year', () => {
    const text = '2024年3月启动，6月底前完成验收。';
    expect(findMilestones(text).map((m) => m.end)).toEqual(['2024-03-31', '2024-06-30']);
  });
  it('an empty text has none', () => {
    expect(findMilestones('')).toEqual([]);
  });
});

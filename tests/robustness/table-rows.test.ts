/**
 * The table reader's rules for damaged rows (src/tree/plan.ts, plan-headings.ts, row-cells.ts),
 * each on a small plan as a copy would give it.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src';
import { leaves } from '../../src/tree';

const HEADER = '序号\t主要任务\t责任单位\t推进时间';
const plan = (...lines: string[]): string => ['附件', '', '某县某项工作任务分工方案', '', HEADER, '一、第一部分', ...lines].join('\n');
const tasks = (text: string) =>
  parse(text).notice.tasks.map((task) => ({ number: task.number, text: task.text, units: task.units.map((unit) => unit.name), deadline: task.deadline.raw }));

describe('a row continued on the next line', () => {
  it('goes on with the text when the text stopped mid-sentence, tab or no tab', () => {
    const expected = [{ number: 1, text: '完善社区服务体系，健全工作机制。', units: ['县民政局'], deadline: '持续推进' }];
    expect(tasks(plan('1\t完善社区服务体系，', '健全工作机制。\t县民政局\t持续推进'))).toEqual(expected);
    expect(tasks(plan('1\t完善社区服务体系，', '\t健全工作机制。\t县民政局\t持续推进'))).toEqual(expected);
    expect(tasks(plan('1  完善社区服务体系，', '   健全工作机制。  县民政局  持续推进'))).toEqual(expected);
  });

  it('goes on with the units when they stopped at a separator or mid-name', () => {
    const expected = [{ number: 1, text: '完善社区服务体系。', units: ['县民政局', '县财政局'], deadline: '持续推进' }];
    expect(tasks(plan('1\t完善社区服务体系。\t县民政局、\t持续推进', '县财政局'))).toEqual(expected);
    expect(tasks(plan('1\t完善社区服务体系。\t县民政局、县财\t持续推进', '\t\t政局'))).toEqual(expected);
    expect(tasks(plan('1  完善社区服务体系。  县民政局、县财  持续推进', '   政局'))).toEqual(expected);
  });

  it('keeps a remark cut in two inside the unit cell', () => {
    const [task] = parse(plan('1\t完善社区服务体系。\t县民政局〔以下均需各乡镇落\t持续推进', '实，不再列出，下同〕', '2\t健全机制。\t县财政局\t持续推进')).notice.tasks;
    expect(task!.text).toBe('完善社区服务体系。');
    expect(task!.unitsRaw).toContain('下同〕');
  });

  it('takes a list of organs as units even when the text was left open', () => {
    const expected = [{ number: 1, text: '推动实现基础设施“村村有”，基本医疗等健康服务“村村通”。', units: ['县卫健局', '县文旅局', '县医保局'], deadline: '持续推进' }];
    expect(tasks(plan('1\t推动实现基础设施“村村有”，基本医疗等\t县卫健局、文旅局\t持续推进', '\t\t、医保局', '', '\t健康服务“村村通”。\t\t'))).toEqual(expected);
  });
});

describe('a row number alone on its line', () => {
  it('starts the row whose cells follow', () => {
    expect(tasks(plan('1', '完善社区服务体系。\t县民政局\t持续推进'))).toEqual([{ number: 1, text: '完善社区服务体系。', units: ['县民政局'], deadline: '持续推进' }]);
  });

  it('is page furniture when the same number then starts its own row', () => {
    const result = parse(plan('1', '1\t完善社区服务体系。\t县民政局\t持续推进'));
    expect(result.notice.tasks.map((task) => task.number)).toEqual([1]);
    expect(leaves(result.tree).filter((leaf) => leaf.type === 'furniture').map((leaf) => leaf.value)).toEqual(['1']);
  });
});

describe('a row number glued to its text', () => {
  it('is read when it is the number expected next, with or without 、 or .', () => {
    const result = tasks(plan('1\t完善社区服务体系。\t县民政局\t持续推进', '2完善机制。\t县财政局\t持续推进', '3.健全制度。\t县司法局\t持续推进', '4、加强保障。\t县人社局\t持续推进'));
    expect(result.map((task) => [task.number, task.text])).toEqual([
      [1, '完善社区服务体系。'],
      [2, '完善机制。'],
      [3, '健全制度。'],
      [4, '加强保障。'],
    ]);
  });
});

describe('section and subsection headings', () => {
  const sections = (text: string) => parse(text).notice.sections.map((section) => [section.number, section.title, section.subsections.map((sub) => sub.title)]);

  it('joins a marker alone on its line with the words below it', () => {
    const text = plan('1\t完善服务。\t县民政局\t持续推进', '二、', '加强队伍建设', '（一）', '培育专业人才', '2\t培育人才。\t县人社局\t持续推进');
    expect(sections(text)).toEqual([
      [1, '第一部分', []],
      [2, '加强队伍建设', ['培育专业人才']],
    ]);
    expect(parse(text).notice.tasks.map((task) => [task.number, task.section, task.subsection])).toEqual([
      [1, 1, null],
      [2, 2, 1],
    ]);
  });

  it('joins a heading wrapped over two lines', () => {
    const text = plan('（一）充分发挥基层党组织', '领导核心作用', '1\t完善服务。\t县民政局\t持续推进');
    expect(sections(text)).toEqual([[1, '第一部分', ['充分发挥基层党组织领导核心作用']]]);
  });

  it('reads a heading whose words follow a wide gap', () => {
    expect(sections(plan('（一）\u3000\u3000充分发挥作用', '1\t完善服务。\t县民政局\t持续推进'))).toEqual([[1, '第一部分', ['充分发挥作用']]]);
  });
});

describe('running headers', () => {
  it('takes the plan title repeated at the top of a page as furniture, whatever its spacing and quotes', () => {
    const text = plan('1\t完善社区服务体系，', '', '- 2 -', '某县某项工作 任务分工方案', HEADER, '\t健全机制。\t县民政局\t持续推进');
    const result = parse(text);
    expect(tasks(text)).toEqual([{ number: 1, text: '完善社区服务体系，健全机制。', units: ['县民政局'], deadline: '持续推进' }]);
    expect(leaves(result.tree).filter((leaf) => leaf.type === 'furniture').map((leaf) => leaf.value)).toEqual(['- 2 -', '某县某项工作 任务分工方案']);
  });
});

describe('a table without any header row', () => {
  it('reads two unit cells side by side as 牵头单位 and 配合单位, and says so', () => {
    const text = ['附件', '', '某市某项工作任务分工方案', '', '一、第一部分', '1\t推进设备更新。\t市工信局\t市发改委、市财政局\t2024年底前', '2\t开展消费活动。\t市商务局\t\t持续推进'].join('\n');
    const result = parse(text);
    expect(result.notice.tasks.map((task) => task.units.map((unit) => `${unit.name}/${unit.role}`))).toEqual([
      ['市工信局/lead', '市发改委/support', '市财政局/support'],
      ['市商务局/lead'],
    ]);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'table-header-inferred')).toHaveLength(1);
  });
});

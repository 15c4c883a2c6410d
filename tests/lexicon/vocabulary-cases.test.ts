/**
 * The cases that came out wrong while the words of the domain were written out in several places
 * (issue: one vocabulary). Each goes through parse(), as a user would see it.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src';

const tasksOf = (text: string) => parse(text).notice.tasks;
const names = (task: { units: { name: string; role: string; implicit: boolean }[] }) =>
  task.units.map((unit) => `${unit.name}:${unit.role}${unit.implicit ? ':implicit' : ''}`);

describe('a leader column is read as leaders, never glued onto a unit', () => {
  const text = [
    '序号\t重点任务\t牵头领导\t牵头单位\t配合单位\t完成时限',
    '1\t推进老旧小区改造，完善配套设施。\t周明远\t市住建局\t市财政局、市自然资源局\t2024年底前',
    '2\t建设智慧停车平台。\t刘一帆副市长\t市城管局\t市公安局\t2024年9月底前',
  ].join('\n');
  const tasks = tasksOf(text);

  it('keeps the units as the unit columns give them', () => {
    expect(names(tasks[0]!)).toEqual(['市住建局:lead', '市财政局:support', '市自然资源局:support']);
    expect(names(tasks[1]!)).toEqual(['市城管局:lead', '市公安局:support']);
  });

  it('puts the people in leaders, titles taken off', () => {
    expect(tasks.map((task) => task.leaders)).toEqual([['周明远'], ['刘一帆']]);
  });
});

describe('labelled lines 主办单位：… and 办结时限：… are fields of the task above', () => {
  const text = [
    '一、优化政务服务',
    '1.推进企业开办全程网上办理。',
    '主办单位：区市场监管局',
    '协办单位：区税务局',
    '办结时限：2024年6月底前',
    '2.推行惠企政策免申即享。',
    '主办单位：区发改局',
    '办结时限：2024年12月底前',
  ].join('\n');
  const tasks = tasksOf(text);

  it('reads 主办 as the lead and 协办 as support', () => {
    expect(names(tasks[0]!)).toEqual(['区市场监管局:lead', '区税务局:support']);
  });

  it('reads the deadline of an 办结时限 line', () => {
    expect(tasks.map((task) => task.deadline.end)).toEqual(['2024-06-30', '2024-12-31']);
    expect(tasks[0]!.text).toBe('推进企业开办全程网上办理。');
  });
});

describe('a time cell is never taken for units when a space-separated row lost its units cell', () => {
  for (const time of ['即日起', '每半年', '定期开展', '立即启动']) {
    it(time, () => {
      const text = ['序号  主要任务  责任单位  推进时间', `1  建立健全矛盾纠纷排查化解机制  ${time}`, '2  完善网格化服务管理  县委政法委  持续推进'].join('\n');
      const [first, second] = tasksOf(text);
      expect(first!.units).toEqual([]);
      expect(first!.deadline.raw).toBe(time);
      expect(names(second!)).toEqual(['县委政法委:responsible']);
    });
  }
});

describe('one blanket remark gives the same implicit units in a cell, on a heading and on its own line', () => {
  const remark = '（具体任务需由各乡（镇）人民政府落实）';
  const township = '各乡（镇）人民政府:responsible:implicit';

  it('in a unit cell: the task gets the units, implicitly', () => {
    const text = ['序号\t主要任务\t责任单位\t推进时间', `1\t整治农村人居环境\t县农业农村局${remark}\t持续推进`].join('\n');
    expect(names(tasksOf(text)[0]!)).toEqual(['县农业农村局:responsible', township]);
  });

  it('on a heading: the tasks of its section get them, and the title loses the remark', () => {
    const text = ['序号\t主要任务\t责任单位\t推进时间', `一、改善农村人居环境${remark}`, '1\t整治农村垃圾\t县农业农村局\t持续推进', '二、其他工作', '2\t修缮村道\t县交通运输局\t持续推进'].join('\n');
    const { notice } = parse(text);
    expect(notice.sections[0]!.title).toBe('改善农村人居环境');
    expect(names(notice.tasks[0]!)).toEqual(['县农业农村局:responsible', township]);
    expect(names(notice.tasks[1]!)).toEqual(['县交通运输局:responsible']);
  });

  it('on a line of its own: the tasks after it get them, with no unrecognized-line warning', () => {
    const text = ['序号\t主要任务\t责任单位\t推进时间', '1\t修缮村道\t县交通运输局\t持续推进', remark, '2\t整治农村垃圾\t县农业农村局\t持续推进'].join('\n');
    const { notice, diagnostics } = parse(text);
    expect(names(notice.tasks[0]!)).toEqual(['县交通运输局:responsible']);
    expect(names(notice.tasks[1]!)).toEqual(['县农业农村局:responsible', township]);
    expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'unrecognized-line')).toEqual([]);
  });
});

describe('an inline bracket that only names organs is the task’s units, whatever the organs end in', () => {
  const text = [
    '一、加强宣传引导',
    '1.开展政策宣讲进基层活动（县委党校、县融媒体中心）',
    '2.制作播出专题节目（县广播电视台）',
    '3.推进“互联网+”宣传（以下简称“网宣”）',
  ].join('\n');
  const tasks = tasksOf(text);

  it('takes the units out of the text', () => {
    expect(names(tasks[0]!)).toEqual(['县委党校:responsible', '县融媒体中心:responsible']);
    expect(tasks[0]!.text).toBe('开展政策宣讲进基层活动');
    expect(names(tasks[1]!)).toEqual(['县广播电视台:responsible']);
    expect(tasks[1]!.text).toBe('制作播出专题节目');
  });

  it('leaves an aside in the text', () => {
    expect(tasks[2]!.units).toEqual([]);
    expect(tasks[2]!.text).toBe('推进“互联网+”宣传（以下简称“网宣”）');
  });
});

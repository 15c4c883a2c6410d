/**
 * Rules for damage that several copies combine: a header-less table of space gaps, a figure of
 * the text that looks like a glued row number, running headers from another attachment, a cut
 * 牵头 cell beside a whole 配合 cell, and words OCR spaced out (labels, remarks, imprints, times).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src';
import { leaves } from '../../src/tree';
import { execSpaced } from '../../src/classify/spaced';
import { isImprint } from '../../src/classify/notice-lines';
import { matchFieldLabel } from '../../src/classify/items';
import { looksLikeDeadline, looksLikeUnits } from '../../src/tree/row-cells';
import { createRunningHeaders } from '../../src/tree/running-headers';

const HEADER = '序号\t主要任务\t责任单位\t推进时间';
const attachment = (...lines: string[]): string => ['附件', '', '某县重点工作任务分工', '', ...lines].join('\n');
const tasks = (text: string) =>
  parse(text).notice.tasks.map((task) => ({ number: task.number, text: task.text, units: task.units.map((unit) => unit.name), deadline: task.deadline.raw }));

describe('a table without a header, its gaps turned into spaces and its numbers glued', () => {
  it('is still read as a table: rows with a units cell and a time last', () => {
    const result = parse(
      attachment('一、第一部分', '1 新建公办幼儿园2所。   县教育局、县财政局    2024年8月底前', '2、改造提升学校食堂。  县教育局   2024年12月', '3', '新增公交线路。   县交通运输局   2024年6月30日'),
    );
    expect(result.tree.children.find((child) => child.type === 'plan')).toMatchObject({ layout: 'table' });
    expect(result.notice.tasks.map((task) => [task.number, task.text, task.units.map((unit) => unit.name), task.deadline.end])).toEqual([
      [1, '新建公办幼儿园2所。', ['县教育局', '县财政局'], '2024-08-31'],
      [2, '改造提升学校食堂。', ['县教育局'], '2024-12-31'],
      [3, '新增公交线路。', ['县交通运输局'], '2024-06-30'],
    ]);
  });

  it('stays prose when the spaced-out cells are labelled fields of an item', () => {
    const result = parse(attachment('1.推进政务服务标准化。  牵头单位：区政务服务中心  完成时限：2024年底前', '2.深化审批制度改革。  牵头单位：区住建局  完成时限：2024年10月底前'));
    expect(result.tree.children.find((child) => child.type === 'plan')).toMatchObject({ layout: 'prose' });
  });
});

describe('a figure of the text that looks like a glued row number', () => {
  it('continues the row above when the row of that number follows', () => {
    expect(tasks(attachment(HEADER, '1\t新建公办幼儿园\t县教育局，县发改\t2024年8月底前', '2所，新增学位540个。\t局、财政局', '2\t改造提升农村学校食堂。\t县教育局\t2024年12月'))).toEqual([
      { number: 1, text: '新建公办幼儿园2所，新增学位540个。', units: ['县教育局', '县发改局', '县财政局'], deadline: '2024年8月底前' },
      { number: 2, text: '改造提升农村学校食堂。', units: ['县教育局'], deadline: '2024年12月' },
    ]);
  });

  it('starts the row when no row of that number follows', () => {
    expect(tasks(attachment(HEADER, '1\t新建公办幼儿园。\t县教育局\t2024年8月底前', '2改造提升农村学校食堂。\t县教育局\t2024年12月')).map((task) => task.number)).toEqual([1, 2]);
  });
});

describe('running headers', () => {
  it('are any title of the document, at the top of any attachment’s page', () => {
    const text = [
      '附件1',
      '',
      '某区营商环境优化提升工作方案任务分工表',
      '',
      '序号\t重点任务\t牵头单位\t完成时限',
      '1\t推进政务服务事项标准化。\t区政务服务中心\t2024年6月底前',
      '',
      '附件2',
      '',
      '某区重点改革事项清单',
      '',
      '1.开展改革试点工作，（区政务服务中心牵头；',
      '第2页，共3页',
      '某区营商环境优化提升工作方案任务分工表',
      '完成时限：2024年9月底前）',
    ].join('\n');
    const result = parse(text);
    expect(result.notice.tasks.map((task) => [task.text, task.units.map((unit) => unit.name), task.deadline.raw])).toEqual([
      ['推进政务服务事项标准化。', ['区政务服务中心'], '2024年6月底前'],
      ['开展改革试点工作，', ['区政务服务中心'], '2024年9月底前'],
    ]);
    expect(leaves(result.tree).filter((leaf) => leaf.type === 'furniture').map((leaf) => leaf.value)).toContain('某区营商环境优化提升工作方案任务分工表');
  });

  it('are whole titles or most of one, never a few words of it', () => {
    const headers = createRunningHeaders(['某县城乡社区服务体系建设规划（2021—2025年）']);
    expect(headers.test('某县城乡社区服务体系建设规划')).toBe(true);
    expect(headers.test('某县城乡社区服务体系 建设规划（2021-2025年）')).toBe(true);
    expect(headers.test('社区服务体系')).toBe(false);
  });
});

describe('a row cut in its 牵头 cell while its 配合 cell is whole', () => {
  it('goes on with the 牵头 cell', () => {
    const header = '序号\t重点任务\t牵头单位\t配合单位\t完成时限';
    const result = parse(attachment(header, '1\t深化改革，新增集成服务事项10个。\t区政务\t区人社局、区医保局\t2024年12月底前', '第1页', '服务中心', '2\t加大金融支持力度。\t区金融办\t区财政局\t2024年底前'));
    expect(result.notice.tasks[0]!.units.map((unit) => [unit.name, unit.role])).toEqual([
      ['区政务服务中心', 'lead'],
      ['区人社局', 'support'],
      ['区医保局', 'support'],
    ]);
    expect(result.notice.tasks[0]!.text).toBe('深化改革，新增集成服务事项10个。');
  });
});

describe('a time cut across lines, spaced or in full-width figures', () => {
  it('is joined again', () => {
    const rows = (first: string, second: string) => tasks(attachment(HEADER, `1\t完善社区服务体系。\t县民政局\t${first}`, second, '2\t健全机制。\t县财政局\t持续推进'))[0]!.deadline;
    expect(rows('持 续', '推进')).toBe('持 续\n推进'.replace('\n', ''));
    expect(rows('２０２４ 年', '１２月')).toBe('２０２４ 年１２月');
    expect(rows('２０', '２４ 年 １２ 月')).toBe('２０２４ 年 １２ 月');
  });

  it('reads as a time with OCR spaces in it', () => {
    expect(looksLikeDeadline('持 续 推 进')).toBe(true);
    expect(looksLikeDeadline('2024 年 6 月底前')).toBe(true);
    expect(looksLikeDeadline('县 民政局')).toBe(false);
  });
});

describe('words OCR spaced out', () => {
  it('a unit list keeps reading as units with a blank inside a name', () => {
    expect(looksLikeUnits('区直各有关单 位')).toBe(true);
    expect(looksLikeUnits('县发改局 县财政局')).toBe(true);
    expect(looksLikeUnits('推进 社区服务')).toBe(false);
  });

  it('labels are matched and measured on the text as written', () => {
    expect(matchFieldLabel('完成时 限：2024年底前')).toEqual({ label: '完成时限', length: 6 });
    expect(matchFieldLabel('牵 头 单位：市发改委')).toEqual({ label: '牵头单位', length: 7 });
    expect(execSpaced(/^完成时限[:：]/, '完成 时限 是')).toBeNull();
  });

  it('the imprint is known', () => {
    expect(isImprint('抄 送：县委办，县人大常委会办。')).toBe(true);
    expect(isImprint('某县人民政府办公室  2024年2月20日印 发')).toBe(true);
  });

  it('a deadline label and a blanket remark are read through the blanks', () => {
    const prose = parse(attachment('1.推进工程建设项目审批制度改革。（区住建局牵头，区自然资源局配合；完成时 限：2024年10月底前）', '2.开展改革试点。（区政务服务中心牵头；完成时限：2024年9月底前）'));
    expect(prose.notice.tasks[0]!.deadline).toMatchObject({ raw: '2024年10月底前', end: '2024-10-31' });
    const table = tasks(attachment(HEADER, '1\t完善社区服务体系。\t县民政局〔以 下均需各乡镇落实，不 再列出，下 同〕\t持续推进', '2\t健全机制。\t县财政局\t持续推进'));
    expect(table[1]!.units).toEqual(['县财政局', '各乡镇']);
  });
});

describe('a table going on over a page break', () => {
  it('is marked 续表, （续表）, 续上表 or 表1（续）: furniture, not a task’s time', () => {
    const result = parse(attachment(HEADER, '1\t完善社区服务体系。\t县民政局\t持续推进', '— 2 —', '续表', HEADER, '2\t健全机制。\t县财政局\t2024年底前', '（续表）', '3\t加强保障。\t县人社局\t2024年底前', '表1（续）', '4\t加强保障。\t县人社局\t每年'));
    expect(result.notice.tasks.map((task) => task.deadline.raw)).toEqual(['持续推进', '2024年底前', '2024年底前', '每年']);
    expect(leaves(result.tree).filter((leaf) => leaf.type === 'furniture').map((leaf) => leaf.value)).toEqual(['— 2 —', '续表', '（续表）', '表1（续）']);
  });
});

describe('a row number glued to a cell that opens with a symbol', () => {
  it('is read, while a page number such as 2/6 is not a row', () => {
    const rows = tasks(attachment(HEADER, '1\t清理公式样文本，', '2/6', '防止误算。\t县数据局\t2024年6月底前', '2=SUM(A1:A9) 之类内容转为文本。\t县财政局\t2024年7月'));
    expect(rows.map((task) => [task.number, task.text])).toEqual([
      [1, '清理公式样文本，防止误算。'],
      [2, '=SUM（A1:A9）之类内容转为文本。'],
    ]);
  });
});

describe('a labelled line inside a bracket left open', () => {
  it('goes on with the item’s bracket rather than starting a field', () => {
    const [task] = parse(attachment('1.开展改革试点工作。（区政务服务中心牵头；', '完成时限：2024年9月底前）')).notice.tasks;
    expect([task!.text, task!.units.map((unit) => [unit.name, unit.role]), task!.deadline.end]).toEqual(['开展改革试点工作。', [['区政务服务中心', 'lead']], '2024-09-30']);
  });
});

describe('letter-spaced headings and letterheads', () => {
  it('read 第 一部分 as a part and 签发盖 章 as the signer’s field', () => {
    const prose = parse(attachment('第 一部分 产业发展', '一、做强特色产业', '1.推进茶产业提质增效。（县农业农村局牵头；2025年底前）', '第二 部 分 乡村建设', '二、改善人居环境', '2.推进农村户厕改造。（县卫健局负责；2025年11月底前）'));
    expect(prose.notice.tasks.map((task) => [task.number, task.section])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    const letterhead = ['福建 省发电', '发电单位 某县人民政 府办公室', '签发盖 章 张三', '', '某县人民政府办公室关于印发某项工作方案的通知', '', '各乡镇人民政府：', '    现将方案印发给你们。', '', '某县人民政府办公室', '2024年3月1日'].join('\n');
    expect(parse(letterhead).notice.meta).toMatchObject({ signer: '张三', sender: '某县人民政府办公室' });
  });
});

describe('a ruled table (OCR of its borders) or a Markdown table', () => {
  it('parts its cells at the bars, keeps empty cells in place, and takes its rules as furniture', () => {
    const result = parse(
      attachment(
        '| 序号 | 主要任务 | 责任单位 | 推进时间 |',
        '|---|---|---|---|',
        '| 1 | 完善社区服务体系， |  | 持续推进 |',
        '|  | 健全机制。 | 县民政局、县财政局 |  |',
        '| 2 | 加强保障。 | 县人社局、 | 2024年底前 |',
        '｜｜县医保局',
        '┌──┬──┐',
        '│3│数据共享。│县数据局│每年│',
      ),
    );
    expect(result.notice.tasks.map((task) => [task.number, task.text, task.units.map((unit) => unit.name), task.deadline.raw])).toEqual([
      [1, '完善社区服务体系，健全机制。', ['县民政局', '县财政局'], '持续推进'],
      [2, '加强保障。', ['县人社局', '县医保局'], '2024年底前'],
      [3, '数据共享。', ['县数据局'], '每年'],
    ]);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toEqual([]);
  });

  it('once its rows come between bars, parts a wrapped row’s line at its one bar', () => {
    const rows = tasks(attachment('序号｜主要任务｜责任单位｜推进时间', '1｜全面推行城乡社区近邻服｜县教育局、民政局、｜持续推进', '务，完善“五助”服务。｜卫健局', '2｜健全机制。｜县财政局｜每年'));
    expect(rows[0]).toEqual({ number: 1, text: '全面推行城乡社区近邻服务，完善“五助”服务。', units: ['县教育局', '县民政局', '县卫健局'], deadline: '持续推进' });
  });

  it('leaves a bar inside a tab-separated cell or a sentence as text', () => {
    expect(tasks(attachment(HEADER, '1\t建立“数据共享|目录”。\t县数据局\t每年'))[0]!.text).toBe('建立“数据共享|目录”。');
    // A row cut right after a bar of its text: the line ends with the bar, yet is no ruled row.
    expect(tasks(attachment(HEADER, '1  建立“数据共享|', '目录”。  县数据局  每年'))[0]).toMatchObject({ text: '建立“数据共享|目录”。', units: ['县数据局'] });
  });
});

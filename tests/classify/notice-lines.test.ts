import { describe, expect, it } from 'vitest';
import {
  findDocNumber,
  isTelegramBanner,
  matchAddresseeLine,
  matchAttachmentNote,
  matchAttachmentStart,
  matchChinesePoint,
  matchDateLine,
  matchDisclosure,
  matchHeaderField,
} from '../../src/classify/notice-lines';
import { isPageNumber } from '../../src/classify/furniture';
import {
  findDeclaredCounts,
  matchBareMarker,
  matchGluedNumber,
  matchNumberCell,
  matchSectionHeading,
  matchSubsectionHeading,
} from '../../src/classify/plan-lines';

describe('matchDateLine', () => {
  it('reads dates with OCR spaces and Chinese numerals', () => {
    expect(matchDateLine('2023 年 4 月 17 日')).toBe('2023-04-17');
    expect(matchDateLine('二〇二四年十二月三十一日')).toBe('2024-12-31');
    expect(matchDateLine('2023年13月1日')).toBeNull();
    expect(matchDateLine('2023年4月17日前完成')).toBeNull();
  });
});

describe('findDocNumber', () => {
  it('finds the doc number with any bracket and gives 〔〕', () => {
    expect(findDocNumber('明政办〔2023〕6号')?.value).toBe('明政办〔2023〕6号');
    expect(findDocNumber('闽政办[2022]37号')?.value).toBe('闽政办〔2022〕37号');
    expect(findDocNumber('某政〔 2024 〕 012 号')?.value).toBe('某政〔2024〕12号');
    expect(findDocNumber('没有文号')).toBeNull();
  });
});

describe('header fields', () => {
  it('reads telegram header fields', () => {
    expect(isTelegramBanner('福建省发电')).toBe(true);
    expect(matchHeaderField('发电单位 某县人民政府办公室')).toEqual({ label: '发电单位', value: '某县人民政府办公室' });
    expect(matchHeaderField('签发盖章 张三')).toEqual({ label: '签发盖章', value: '张三' });
    expect(matchHeaderField('签发人：李四')).toEqual({ label: '签发人', value: '李四' });
  });
});

describe('matchDisclosure', () => {
  it('reads the disclosure note in either bracket width', () => {
    expect(matchDisclosure('（此件主动公开）')).toBe('主动公开');
    expect(matchDisclosure('(此件公开发布)')).toBe('公开发布');
    expect(matchDisclosure('此件主动公开')).toBeNull();
  });
});

describe('attachments', () => {
  it('tells an attachment note from the attachment start', () => {
    expect(matchAttachmentNote('附件：某县分工方案')).toEqual({ label: '附件', title: '某县分工方案' });
    expect(matchAttachmentNote('附件1:某县分工方案')).toEqual({ label: '附件1', title: '某县分工方案' });
    expect(matchAttachmentStart('附件')).toBe('附件');
    expect(matchAttachmentStart('附 件 2')).toBe('附件2');
    expect(matchAttachmentStart('附件：某方案')).toBeNull();
  });
});

describe('addressees and points', () => {
  it('takes a line ending in a colon as addressees, but not a lead-in', () => {
    expect(matchAddresseeLine('各乡（镇）人民政府，县直有关单位：')).toBe('各乡（镇）人民政府，县直有关单位');
    expect(matchAddresseeLine('现将有关事项通知如下：')).toBeNull();
  });

  it('reads numbered points', () => {
    expect(matchChinesePoint('二、加强对接争取。')).toMatchObject({ number: 2, label: '二、' });
    expect(matchChinesePoint('十一、其他')).toMatchObject({ number: 11 });
  });
});

describe('isPageNumber', () => {
  it('knows page furniture', () => {
    for (const text of ['— 7 —', '- 7 -', '-12-', '第 7 页 共 12 页', '第7页', '7/12']) expect(isPageNumber(text)).toBe(true);
    for (const text of ['7', '一、总体要求', '2023年']) expect(isPageNumber(text)).toBe(false);
  });

  it('knows OCR’s forms of them: 一 7 一 for — 7 —, · 7 ·', () => {
    for (const text of ['一 7 一', '一7一', '· 7 ·']) expect(isPageNumber(text)).toBe(true);
    expect(isPageNumber('一、7')).toBe(false);
  });

  it('knows a table’s continuation marks and rules', () => {
    for (const text of ['续表', '（续表）', '续上表', '接上表', '表1（续）', '|---|:---:|', '+----+----+', '┌──┬──┐', '|  |  |', '｜']) expect(isPageNumber(text)).toBe(true);
    for (const text of ['续表明', '-', '| 1 | 推进 |']) expect(isPageNumber(text)).toBe(false);
  });
});

describe('plan headings', () => {
  it('reads sections and subsections in both widths', () => {
    expect(matchSectionHeading('三、补齐社区服务设施短板')).toMatchObject({ number: 3, rest: '补齐社区服务设施短板' });
    expect(matchSubsectionHeading('(二) 扩大社区便民服务供给')).toMatchObject({ number: 2, label: '（二）' });
    expect(matchSubsectionHeading('(十二)统筹规划布局')).toMatchObject({ number: 12 });
  });

  it('accepts a glued number only when it is the next one expected', () => {
    expect(matchGluedNumber('18在村民委员会下设', 18)).toMatchObject({ number: 18, rest: '在村民委员会下设' });
    expect(matchGluedNumber('2025年底前完成', 18)).toBeNull();
    expect(matchGluedNumber('18年', 18)).toBeNull();
  });
});

describe('findDeclaredCounts', () => {
  it('reads the counts a notice declares', () => {
    expect(findDeclaredCounts('紧盯分工方案的 8 项 99 个主要任务')).toEqual({ sections: 8, tasks: 99 });
    expect(findDeclaredCounts('明确了六个方面28项重点任务')).toEqual({ sections: 6, tasks: 28 });
    expect(findDeclaredCounts('共 45 项重点任务')).toEqual({ sections: null, tasks: 45 });
  });
});

describe('matchBareMarker', () => {
  it('reads a heading marker alone on its line', () => {
    expect(matchBareMarker('八、')).toEqual({ level: 'section', number: 8, label: '八、' });
    expect(matchBareMarker('(三)')).toEqual({ level: 'subsection', number: 3, label: '（三）' });
    expect(matchBareMarker('八、促进交流')).toBeNull();
    expect(matchBareMarker('18')).toBeNull();
  });
});

describe('matchGluedNumber with a separator', () => {
  it('accepts 18. and 18、 glued to the text, not a decimal', () => {
    expect(matchGluedNumber('18.在村民委员会下设', 18)).toMatchObject({ number: 18, rest: '在村民委员会下设' });
    expect(matchGluedNumber('18、在村民委员会下设', 18)).toMatchObject({ number: 18, rest: '在村民委员会下设' });
    expect(matchGluedNumber('18.5万元', 18)).toBeNull();
  });
});

describe('matchNumberCell', () => {
  it('reads row numbers up to five digits', () => {
    expect(matchNumberCell('12345')).toMatchObject({ number: 12345 });
    expect(matchNumberCell('123456')).toBeNull();
  });
});

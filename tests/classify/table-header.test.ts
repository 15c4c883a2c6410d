import { describe, expect, it } from 'vitest';
import { readTableHeader } from '../../src/classify/table-header';

const kinds = (view: string) => readTableHeader(view)?.map((column) => column.role ?? column.kind) ?? null;

describe('readTableHeader', () => {
  it('reads the header whatever tabs a page break left', () => {
    expect(kinds('主要任务\t\t责任单位\t推进时间')).toEqual(['text', 'responsible', 'deadline']);
    expect(kinds('\t主要任务\t责任单位\t推进时间')).toEqual(['text', 'responsible', 'deadline']);
    expect(kinds('主要任务\t责任单位\t推进时间\t')).toEqual(['text', 'responsible', 'deadline']);
  });

  it('reads headers separated by spaces', () => {
    expect(kinds('序号  重点任务  牵头单位  配合单位  完成时限')).toEqual(['number', 'text', 'lead', 'support', 'deadline']);
    expect(kinds('序号 工作任务 责任单位 时间节点')).toEqual(['number', 'text', 'responsible', 'deadline']);
  });

  it('knows the common column words', () => {
    expect(kinds('具体措施\t牵头部门\t参与单位\t完成时间')).toEqual(['text', 'lead', 'support', 'deadline']);
  });

  it('rejects a line that says anything else', () => {
    expect(kinds('主要任务是加强党建')).toBeNull();
    expect(kinds('1\t全面推进工作\t县民政局\t持续推进')).toBeNull();
    expect(kinds('推进时间')).toBeNull();
  });
});

describe('readTableHeader on letter-spaced and glued headers', () => {
  it('reads header words a PDF letter-spaced', () => {
    expect(kinds('序 号\t主 要 任 务\t责 任 单 位\t推 进 时 间')).toEqual(['number', 'text', 'responsible', 'deadline']);
  });

  it('reads header words that lost their gaps', () => {
    expect(kinds('序号重点任务牵头单位配合单位完成时限')).toEqual(['number', 'text', 'lead', 'support', 'deadline']);
  });

  it('still rejects a title or a sentence that only contains column words', () => {
    expect(kinds('工作任务分工方案')).toBeNull();
    expect(kinds('各责任单位要按时间节点完成任务')).toBeNull();
  });
});

describe('readTableHeader: only column-word letters, blanks and bars (the one-scan gate)', () => {
  it('keeps reading headers with full-width and ideographic blanks, bars and letter-spacing', () => {
    expect(kinds('序号　主要任务　责任单位　推进时间')).toEqual(['number', 'text', 'responsible', 'deadline']);
    expect(kinds('｜序号｜主要任务｜责任单位｜推进时间｜')).toEqual(['number', 'text', 'responsible', 'deadline']);
    expect(kinds('序 号\t主 要 任 务\t责 任 单 位\t推 进 时 间')).toEqual(['number', 'text', 'responsible', 'deadline']);
  });

  it('rejects a header-like line with one letter no column word has (a figure, a colon, a stray mark)', () => {
    expect(kinds('序号\t主要任务\t责任单位\t推进时间2')).toBeNull();
    expect(kinds('序号\t主要任务：\t责任单位\t推进时间')).toBeNull();
    expect(kinds('序号\t主要任务\t责任单位\t推进时间。')).toBeNull();
  });
});

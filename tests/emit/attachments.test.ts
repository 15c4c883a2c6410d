import { describe, expect, it } from 'vitest';
import { parse, toCsv, toMarkdown } from '../../src';

const attachment = (n: number, task: string) => [`附件${n}`, `第${n}个清单`, '序号\t主要任务\t责任单位\t完成时限', '一、第一部分\t\t\t', `1\t${task}\t县民政局\t持续推进`];
const text = ['关于印发两个清单的通知', '各有关单位：', '    现印发给你们。', ...attachment(1, '甲任务。'), ...attachment(2, '乙任务。')].join('\n');

describe('emitters on a notice whose attachments repeat section numbers', () => {
  const { notice } = parse(text);

  it('puts each task under its own attachment\'s section, once', () => {
    expect(notice.tasks).toHaveLength(2);
    const rows = toMarkdown(notice).split('\n').filter((line) => /^\| 1 \|/.test(line));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('甲任务');
    expect(rows[1]).toContain('乙任务');
  });

  it('gives CSV rows the right section of the right attachment', () => {
    const lines = toCsv(notice, { bom: false }).trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
  });
});

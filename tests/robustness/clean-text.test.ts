/** Canonical text whatever the copy's widths and spaces (src/extract/text.ts). */
import { describe, expect, it } from 'vitest';
import { cleanText, joinText } from '../../src/extract/text';

describe('cleanText: one form for every copy', () => {
  it('gives “” for ASCII quotes in Chinese text, figures inside or not', () => {
    expect(cleanText('对外公布"12348"公共法律服务热线')).toBe('对外公布“12348”公共法律服务热线');
    expect(cleanText('建设"近邻家园"试点')).toBe('建设“近邻家园”试点');
    expect(cleanText('say "hello" twice')).toBe('say "hello" twice');
  });

  it('gives Chinese commas and semicolons in Chinese text, keeping 1,000 and 8:30', () => {
    expect(cleanText('达到100%,2023年重点推进;加强保障')).toBe('达到100%，2023年重点推进；加强保障');
    expect(cleanText('投资1,000万元，8:30开放')).toBe('投资1,000万元，8:30开放');
  });

  it('gives 〔〕 to a doc number year in any bracket OCR gave it', () => {
    expect(cleanText('（闽政办[2022]37号）')).toBe('（闽政办〔2022〕37号）');
    expect(cleanText('明政办【2023】 6号')).toBe('明政办〔2023〕6号');
  });

  it('folds full-width figures and drops spaces beside Chinese', () => {
    expect(cleanText('到 ２０２５ 年，完成 0.5 万户')).toBe('到2025年，完成0.5万户');
  });
});

describe('joinText: pieces of one text split over lines', () => {
  it('joins Chinese and figures with nothing between, Latin words with a space', () => {
    expect(joinText(['对外公布“123', '48”热线'])).toBe('对外公布“12348”热线');
    expect(joinText(['推进 5G', '网络', 'and', 'more'])).toBe('推进 5G网络and more');
  });

  it('joins many pieces in linear time', () => {
    const pieces = Array.from({ length: 200_000 }, () => 'ab');
    const start = performance.now();
    expect(joinText(pieces)).toHaveLength(200_000 * 3 - 1);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});

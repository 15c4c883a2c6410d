import { describe, expect, it } from 'vitest';
import { foldWidth, splitLines } from '../../src/lines';
import { splitCells } from '../../src/lines/cells';

describe('splitLines', () => {
  it('numbers lines and keeps offsets for LF, CRLF, CR and mixed endings', () => {
    const lines = splitLines('一\r\n二\r三\n\n四');
    expect(lines.map((line) => [line.line, line.raw, line.start])).toEqual([
      [1, '一', 0],
      [2, '二', 3],
      [3, '三', 5],
      [4, '', 7],
      [5, '四', 8],
    ]);
  });

  it('gives one empty line for empty text', () => {
    expect(splitLines('')).toHaveLength(1);
  });
});

describe('foldWidth', () => {
  it('folds full-width digits, letters, punctuation and spaces one character for one', () => {
    const raw = '１８（一）：ＡＢ\u3000，';
    const view = foldWidth(raw);
    expect(view).toBe('18(一):AB ,');
    expect(view).toHaveLength(raw.length);
  });

  it('leaves Chinese punctuation that has no ASCII form', () => {
    expect(foldWidth('县委组织部、文明办〔2023〕。')).toBe('县委组织部、文明办〔2023〕。');
  });
});

describe('splitCells', () => {
  it('keeps empty cells between tabs so columns hold their places', () => {
    expect(splitCells('\t健康服务。\t\t').map((cell) => cell.text)).toEqual(['', '健康服务。', '', '']);
  });

  it('treats two or more spaces as a column gap when a copy lost its tabs', () => {
    const cells = splitCells('1  全面健全机制  县委组织部，县民政局   持续推进');
    expect(cells.map((cell) => cell.text)).toEqual(['1', '全面健全机制', '县委组织部，县民政局', '持续推进']);
    expect(cells[1]!.start).toBe(3);
  });

  it('does not split at a single space', () => {
    expect(splitCells('(一) 充分发挥作用').map((cell) => cell.text)).toEqual(['(一) 充分发挥作用']);
  });
});

describe('splitLines keeps each line break', () => {
  it('records the break after each line, so a leaf may span lines exactly', () => {
    expect(splitLines('一\r\n二\r三\n四').map((line) => line.eol)).toEqual(['\r\n', '\r', '\n', '']);
  });
});

describe('foldWidth folds invisible marks', () => {
  it('turns zero-width spaces, a stray BOM and a form feed into spaces, one for one', () => {
    const raw = '\f任\u200b务\ufeff';
    expect(foldWidth(raw)).toBe(' 任 务 ');
  });
});

describe('splitCells with full-width gaps', () => {
  it('takes a single full-width space as a column gap when given the line', () => {
    const [line] = splitLines('1\u3000全面健全机制\u3000县民政局\u3000\u3000持续推进');
    expect(splitCells(line!).map((cell) => cell.text)).toEqual(['1', '全面健全机制', '县民政局', '持续推进']);
  });

  it('keeps a single ASCII space inside a cell', () => {
    const [line] = splitLines('到 2025 年完成  县民政局');
    expect(splitCells(line!).map((cell) => cell.text)).toEqual(['到 2025 年完成', '县民政局']);
  });
});

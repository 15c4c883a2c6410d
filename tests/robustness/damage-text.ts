/**
 * Damage to a line's characters: column gaps, width and punctuation forms, spaces OCR puts
 * between characters and figures.
 */
import { isHeader, isRow, mapLines, type Damage } from './damage-base';

// ---------------------------------------------------------------------------------------------
// Column gaps

/** Tabs → runs of 2–6 spaces (a PDF viewer's copy, or OCR that kept the layout). */
export const spaceGaps: Damage = (text, rng) =>
  mapLines(text, (line) => line.replace(/\t+/g, () => ' '.repeat(rng.between(2, 6))).replace(/ +$/, (tail) => (rng.chance(0.5) ? tail : '')));

/** Tabs → one tab per gap: empty cells vanish, trailing tabs too. */
export const singleTabGaps: Damage = (text) => mapLines(text, (line) => line.replace(/\t+$/, '').replace(/\t+/g, '\t'));

/** Tabs → a gap of one to three full-width spaces (　), the way some OCR engines mark a column. */
export const ideographicGaps: Damage = (text, rng) =>
  mapLines(text, (line) => line.replace(/\t+$/, '').replace(/\t+/g, () => '\u3000'.repeat(rng.between(1, 3))));

/**
 * A ruled table read by OCR, or pasted as Markdown: every cell between bars, "| 1 | 完善… | 县民政局 |
 * 持续推进 |" or "│1│完善…│", with a rule under the header now and then. Lines that already hold a
 * bar are left alone (a bar in a cell's text).
 */
export const ruledBorders: Damage = (text, rng) => {
  const [bar, outer] = rng.pick([[' | ', true], ['|', true], ['｜', false], ['│', true]] as const);
  return mapLines(text, (line) => {
    if (!line.includes('\t') || /[|｜│]/.test(line)) return line;
    const row = `${outer ? bar.trimStart() : ''}${line.split('\t').join(bar)}${outer ? bar.trimEnd() : ''}`;
    return isHeader(line) && rng.chance(0.5) ? [row, line.split('\t').map(() => '---').join('|')] : row;
  });
};

/** One tab per gap, or full-width-space gaps: one style per document. */
export const tightGaps: Damage = (text, rng) => (rng.chance(0.5) ? ideographicGaps(text, rng) : singleTabGaps(text, rng));

// ---------------------------------------------------------------------------------------------
// Width and punctuation forms

const FULL_DIGIT = (digit: string): string => String.fromCharCode(digit.charCodeAt(0) + 0xfee0);

/**
 * Full- and half-width forms mixed, per occurrence: digits (１８), parentheses, 〔〕 as [] ［］ or
 * 【】 (in unit cells and doc numbers, where 〔〕 is not text), quotes as "…", colons and commas.
 * The pair of a bracket or quote changes together, as an OCR engine reads a pair.
 */
export const widthMix: Damage = (text, rng) => {
  const p = 0.3 + rng.next() * 0.4;
  return mapLines(text, (line) => {
    let out = line.replace(/\d/g, (digit) => (rng.chance(p) ? FULL_DIGIT(digit) : digit));
    out = out.replace(/（([^（）]*)）/g, (all, inner: string) => (rng.chance(p) ? `(${inner})` : all));
    out = out.replace(/\(([^()]*)\)/g, (all, inner: string) => (rng.chance(p) ? `（${inner}）` : all));
    out = out.replace(/“([^“”]*)”/g, (all, inner: string) => (rng.chance(p) ? `"${inner}"` : all));
    out = out.replace(/〔([^〔〕]*)〕/g, (all, inner: string, offset: number) => {
      if (!rng.chance(p)) return all;
      // In running text 〔〕 keeps its kind (【】 there is a different mark); in a unit cell or
      // a doc number any bracket OCR gives is fine.
      const pairs = inUnitsOrDocNumber(out, offset) ? ['[]', '［］', '【】'] : ['[]', '［］'];
      const pair = rng.pick(pairs);
      return `${pair[0]}${inner}${pair[1]}`;
    });
    out = out.replace(/[：:]/g, (colon) => (rng.chance(p) ? (colon === '：' ? ':' : '：') : colon));
    out = out.replace(/，/g, (comma, offset: number, whole: string) =>
      rng.chance(p) && !(/\d/.test(whole[offset - 1] ?? '') && /\d/.test(whole[offset + 1] ?? '')) ? ',' : comma,
    );
    return out;
  });
};

/** A bracket at `offset` of a row line sits in a unit cell, or the line is not a table row (doc numbers). */
function inUnitsOrDocNumber(line: string, offset: number): boolean {
  if (/\d{4}/.test(line.slice(offset, offset + 6))) return true;
  if (!isRow(line) && !line.startsWith('\t')) return false;
  const cells = line.split('\t');
  let at = 0;
  for (let index = 0; index < cells.length; index++) {
    const end = at + cells[index]!.length;
    if (offset >= at && offset < end) return index >= 2;
    at = end + 1;
  }
  return false;
}

/** Spaces between Chinese characters and figures: "2023 年 4 月", "15 分钟", "第 1 名"; a few between characters. */
export const cjkSpaces: Damage = (text, rng) => {
  const p = 0.3 + rng.next() * 0.5;
  return mapLines(text, (line) =>
    // Between a character and a figure, now and then between two characters ("城乡 社区"), never
    // two spaces in a row (that is a column gap).
    line.replace(/(?<=[\u4e00-\u9fff])(?=\d)|(?<=\d)(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g, (_empty, offset: number, whole: string) =>
      rng.chance(/\d/.test(whole[offset] ?? '') || /\d/.test(whole[offset - 1] ?? '') ? p : 0.01) ? ' ' : '',
    ),
  );
};

/** PDF letter-spacing: a single blank between two Chinese characters, one pair in five or so ("县 委组织 部"). */
export const letterSpacing: Damage = (text, rng) => {
  const p = 0.1 + rng.next() * 0.15;
  return mapLines(text, (line) => line.replace(/(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g, () => (rng.chance(p) ? ' ' : '')));
};

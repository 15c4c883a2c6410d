/** Chinese ordinals as used in headings: 一 … 九十九 (and 〇/零 inside larger numbers). */
const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

export const CHINESE_NUMERAL = '[一二三四五六七八九十百零〇]+';

export function chineseToNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let current = 0;
  for (const char of text) {
    if (char in DIGITS) current = DIGITS[char]!;
    else if (char === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (char === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else return null;
  }
  const value = total + current;
  return value > 0 ? value : null;
}

/** Circled numbers ①…⑳ as item markers. */
export function circledToNumber(char: string): number | null {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  return null;
}

/**
 * OCR and PDF copies space words out: "完成时 限：2024年底前", "抄 送：", "牵 头单位：". A label is
 * matched with the single blanks between two Chinese characters taken out, and the match is
 * mapped back onto the text as written.
 */
const HAN = /\p{Script=Han}/u;

export interface SpacedMatch {
  match: RegExpExecArray;
  /** Length in the text as written of what the (anchored) pattern matched. */
  length: number;
}

/** Runs `pattern` (anchored at the start) on `text` read without blanks inside words. */
export function execSpaced(pattern: RegExp, text: string): SpacedMatch | null {
  const direct = pattern.exec(text);
  if (direct) return { match: direct, length: direct.index + direct[0].length };
  if (!/[ \u3000]/.test(text)) return null;
  let compact = '';
  const origin: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if ((char === ' ' || char === '\u3000') && HAN.test(text[index - 1] ?? '') && HAN.test(text[index + 1] ?? '')) continue;
    compact += char;
    origin.push(index);
  }
  const match = pattern.exec(compact);
  if (!match) return null;
  const end = match.index + match[0].length;
  return { match, length: end === 0 ? 0 : origin[end - 1]! + 1 };
}

/** The text with the blanks between two Chinese characters taken out ("以 下均需" → "以下均需"). */
export function closeUp(text: string): string {
  return /\s/.test(text) ? text.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '') : text;
}

/**
 * Punctuation folding for unit cells. One UTF-16 unit in, one out, so every offset found in the
 * folded text is an offset in the text as written: `县民政局,财政局(牵头)` → `县民政局，财政局（牵头）`.
 */
import { CodeSet, isSpaceCode } from '../../lines/chars';

const FOLD: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '(': '（',
  ')': '）',
  '[': '［',
  ']': '］',
  '／': '/',
  '､': '、', // half-width ideographic comma (U+FF64)
  '﹐': '，',
  '﹑': '、',
  '﹔': '；',
  '﹕': '：',
  '﹙': '（',
  '﹚': '）',
};

const FOLDABLE = /[,;:()[\]／､﹐﹑﹔﹕﹙﹚]/g;
const FOLDABLE_CHARS = new CodeSet(Object.keys(FOLD).join(''));

export function foldPunctuation(text: string): string {
  // A scan is cheaper than a replace that finds nothing, and most cells hold nothing to fold.
  return FOLDABLE_CHARS.anyIn(text) ? text.replace(FOLDABLE, (char) => FOLD[char] ?? char) : text;
}

/** Every bracket kind a unit cell may use; inside a unit name they all become （）. */
export const OPENERS = '（［〔【';
export const CLOSERS = '）］〕】';

const ANY_OPENER = /[（［〔【]/g;
const ANY_CLOSER = /[）］〕】]/g;
/** What tidyName rewrites: foldable punctuation, brackets other than （）, white space. */
const UNTIDY = /[,;:()[\]／､﹐﹑﹔﹕﹙﹚［〔【］〕】\s]/;

/** A CJK ideograph or full-width punctuation: the characters OCR spaces fall between. */
function isWide(char: string | undefined): boolean {
  return char !== undefined && char.charCodeAt(0) >= 0x2e80;
}

/**
 * A unit name as the model stores it: brackets full-width （）, OCR line-join spaces removed
 * (`县 民政局` → `县民政局`), other space runs collapsed to one. Expects no separators inside.
 */
export function tidyName(name: string): string {
  if (!UNTIDY.test(name)) return name; // most names: nothing to fold, no space
  const folded = foldPunctuation(name).replace(ANY_OPENER, '（').replace(ANY_CLOSER, '）');
  const out: string[] = [];
  let last: string | undefined;
  for (let i = 0; i < folded.length; i++) {
    const char = folded[i] as string;
    if (!isSpaceCode(folded.charCodeAt(i))) {
      out.push(char);
      last = char;
      continue;
    }
    let j = i;
    while (j + 1 < folded.length && isSpaceCode(folded.charCodeAt(j + 1))) j++;
    const after = folded[j + 1];
    // Keep one space only between two narrow characters (`12345 热线` loses it, `ABC Co` keeps it).
    if (last !== undefined && after !== undefined && !isWide(last) && !isWide(after)) out.push(' ');
    i = j;
  }
  return out.join('');
}

/** Numbering some cells carry before a unit: `（一）县民政局`, `1.县民政局`, `①县民政局`; `1、` splits off as `1`. */
const LIST_MARKER = /^(（[一二三四五六七八九十0-9]{1,3}）|[0-9]{1,3}[.．)）]|[①-⑳])\s*/;
const NUMERAL_ONLY = /^[0-9一二三四五六七八九十]{1,3}$/;

export function stripListMarker(item: string): string {
  return NUMERAL_ONLY.test(item) ? '' : item.replace(LIST_MARKER, '');
}

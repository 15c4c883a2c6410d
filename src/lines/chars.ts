/**
 * Character tests by UTF-16 code, for the loops that look at every character of a notice: a
 * regex per character (`/\s/.test(text[i])`) costs a string and a match call each time.
 */

/** Is the code white space, exactly as `/\s/` and `String.prototype.trim` see it (tab, line breaks, ' ', U+3000 …)? */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Code ranges [from, to] of the white space `/\s/` matches, for sets that include it. */
export const SPACE_RANGES: readonly (readonly [number, number])[] = [
  [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a],
  [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff],
];

/**
 * A set of UTF-16 codes as a bitmap (8 KB). Testing every character of a text against it is
 * several times faster than a regex character class or a Set<number>. A code past the text's
 * end (NaN from charCodeAt) reads as code 0, which no set holds.
 */
export class CodeSet {
  private readonly bits = new Uint32Array(0x800);

  /** The characters of `chars` (one UTF-16 unit each), plus the inclusive code ranges. */
  constructor(chars: string, ranges: readonly (readonly [number, number])[] = []) {
    for (let i = 0; i < chars.length; i++) this.add(chars.charCodeAt(i));
    for (const [from, to] of ranges) for (let code = from; code <= to; code++) this.add(code);
    this.bits[0] = this.bits[0]! & ~1; // code 0 stays out (see above)
  }

  private add(code: number): void {
    this.bits[code >>> 5] = this.bits[code >>> 5]! | (1 << (code & 31));
  }

  has(code: number): boolean {
    return ((this.bits[code >>> 5]! >>> (code & 31)) & 1) === 1;
  }

  /** Does `text` hold a character of the set? */
  anyIn(text: string): boolean {
    for (let i = 0; i < text.length; i++) if (this.has(text.charCodeAt(i))) return true;
    return false;
  }
}

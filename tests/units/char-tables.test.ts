/**
 * The per-character tests the hot loops use instead of a regex per character must say exactly
 * what the regex says, for every UTF-16 code.
 */
import { describe, expect, it } from 'vitest';
import { CodeSet, SPACE_RANGES, isSpaceCode } from '../../src/lines/chars';

const ALL_CODES = Array.from({ length: 0x10000 }, (_, code) => code);

describe('isSpaceCode is /\\s/', () => {
  it('agrees with /\\s/ and with trim on every code', () => {
    const differ = ALL_CODES.filter((code) => {
      const char = String.fromCharCode(code);
      return isSpaceCode(code) !== /\s/.test(char) || isSpaceCode(code) !== (char.trim() === '');
    });
    expect(differ).toEqual([]);
  });

  it('reads past the end of a text as no space', () => {
    expect(isSpaceCode('a'.charCodeAt(5))).toBe(false);
  });
});

describe('CodeSet holds its characters and ranges only', () => {
  const set = new CodeSet('，；。', [[0xff10, 0xff19]]);

  it('tests membership by code', () => {
    expect(['，', '；', '。', '０', '９'].every((char) => set.has(char.charCodeAt(0)))).toBe(true);
    expect(['、', ',', '0', '／'].some((char) => set.has(char.charCodeAt(0)))).toBe(false);
  });

  it('finds a member anywhere in a text', () => {
    expect(set.anyIn('县民政局、财政局')).toBe(false);
    expect(set.anyIn('县民政局，财政局')).toBe(true);
    expect(set.anyIn('')).toBe(false);
  });

  it('never holds the code a read past the end gives', () => {
    expect(new CodeSet('\u0000abc').has('x'.charCodeAt(3))).toBe(false);
  });

  it('built from SPACE_RANGES, is /\\s/', () => {
    const spaces = new CodeSet('', SPACE_RANGES);
    expect(ALL_CODES.filter((code) => spaces.has(code) !== /\s/.test(String.fromCharCode(code)))).toEqual([]);
  });
});

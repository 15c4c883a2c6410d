import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decode, DecodeError, normalizeEncodingName, setLegacyDecoder } from '../../src/decode';
import { useIconvLite } from '../../src/decode/iconv-lite';
import { concat, encode, PNG_HEADER, randomBytes, SIMPLIFIED, TRADITIONAL } from './samples';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function refusal(run: () => unknown): DecodeError {
  try {
    run();
  } catch (error) {
    if (error instanceof DecodeError) return error;
    throw error;
  }
  throw new Error('expected a DecodeError');
}

describe('a string is already text, described as UTF-8', () => {
  it('reports the UTF-8 byte length and the sha256 of the UTF-8 bytes', () => {
    const result = decode(SIMPLIFIED);
    const bytes = new TextEncoder().encode(SIMPLIFIED);
    expect(result).toEqual({ text: SIMPLIFIED, encoding: 'utf8', bom: false, bytes: bytes.length, sha256: sha(bytes) });
  });

  it('strips a leading U+FEFF, while bytes and sha256 still cover it', () => {
    const result = decode('\uFEFF通知');
    expect(result).toMatchObject({ text: '通知', bom: true, bytes: 9, sha256: sha(new TextEncoder().encode('\uFEFF通知')) });
  });
});

describe('bytes and sha256 describe the raw input', () => {
  it('counts and hashes the BOM with the rest', () => {
    const input = concat([0xff, 0xfe], encode(SIMPLIFIED, 'utf16le'));
    expect(decode(input)).toMatchObject({ bytes: input.length, sha256: sha(input) });
  });

  it('hashes an empty input as the empty string', () => {
    expect(decode(new Uint8Array(0)).sha256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('line endings are kept for the next stage', () => {
  it('keeps CRLF, CR and LF as they are', () => {
    expect(decode(encode('一\r\n二\r三\n', 'gb18030')).text).toBe('一\r\n二\r三\n');
  });
});

describe('an explicit encoding is obeyed', () => {
  it('forces Big5 on bytes that alone would be read as GB18030', () => {
    expect(decode(encode('的', 'big5'), { encoding: 'big5' })).toMatchObject({ text: '的', encoding: 'big5' });
  });

  it('forces GB18030 on Big5 bytes (the user knows better)', () => {
    expect(decode(encode(TRADITIONAL, 'big5'), { encoding: 'gb18030' }).encoding).toBe('gb18030');
  });

  it('accepts aliases such as GBK and utf-8', () => {
    const options = { encoding: 'GBK' as never };
    expect(decode(encode(SIMPLIFIED, 'gb18030'), options)).toMatchObject({ text: SIMPLIFIED, encoding: 'gb18030' });
    expect(decode(encode(SIMPLIFIED, 'utf8'), { encoding: 'utf-8' as never }).encoding).toBe('utf8');
  });

  it('strips a BOM that matches the forced encoding', () => {
    expect(decode(concat([0xef, 0xbb, 0xbf], encode('abc', 'utf8')), { encoding: 'utf8' })).toMatchObject({ text: 'abc', bom: true });
  });

  it('refuses an unknown name', () => {
    expect(refusal(() => decode(encode('abc', 'utf8'), { encoding: 'latin9' as never })).code).toBe('unknown-encoding');
  });
});

describe('normalizeEncodingName maps labels to the five names', () => {
  it.each([
    ['UTF-8', 'utf8'],
    ['utf_16le', 'utf16le'],
    ['UTF-16BE', 'utf16be'],
    ['gbk', 'gb18030'],
    ['GB2312', 'gb18030'],
    ['cp936', 'gb18030'],
    ['Big5-HKSCS', 'big5'],
    ['cp950', 'big5'],
  ] as const)('%s → %s', (label, name) => {
    expect(normalizeEncodingName(label)).toBe(name);
  });

  it('throws unknown-encoding with the accepted names in the message', () => {
    const error = refusal(() => normalizeEncodingName('shift_jis'));
    expect(error.code).toBe('unknown-encoding');
    expect(error.message).toMatch(/shift_jis.*gb18030/);
  });
});

describe('non-text is refused with a one-line reason', () => {
  it('refuses a PNG at its first NUL byte', () => {
    const error = refusal(() => decode(concat(PNG_HEADER, randomBytes(200))));
    expect(error).toMatchObject({ code: 'binary', message: 'not a text file: NUL byte at offset 8' });
  });

  it('refuses a NUL inside otherwise valid UTF-8', () => {
    const bytes = concat(encode('通知', 'utf8'), [0], encode('abc', 'utf8'));
    expect(refusal(() => decode(bytes))).toMatchObject({ code: 'binary', message: 'not a text file: NUL byte at offset 6' });
  });

  it('refuses NUL bytes under a forced single- or double-byte encoding too', () => {
    expect(refusal(() => decode(Uint8Array.of(0x41, 0, 0x42), { encoding: 'gb18030' })).code).toBe('binary');
  });

  it('refuses a NUL character in UTF-16', () => {
    const bytes = concat([0xff, 0xfe], encode('ab\u0000c', 'utf16le'));
    expect(refusal(() => decode(bytes))).toMatchObject({ code: 'binary', message: 'not a text file: NUL character at offset 2' });
  });

  it('refuses random bytes, with or without NULs', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const bytes = randomBytes(1000, seed);
      expect(refusal(() => decode(bytes)).code, `seed ${seed}`).toBe('binary');
      expect(refusal(() => decode(bytes.map((byte) => byte || 0x20))).code, `seed ${seed} without NULs`).toBe('binary');
    }
  });

  it('refuses a string made mostly of control characters', () => {
    expect(refusal(() => decode('\u0001\u0002\u0003abc'))).toMatchObject({ code: 'binary', message: expect.stringMatching(/50% .*control/) });
  });

  it('allows the odd form feed, tab and DOS end-of-file mark', () => {
    expect(decode('第一页\f第二页\t完\u001a').text).toBe('第一页\f第二页\t完\u001a');
  });
});

describe('bytes in no supported encoding are undecodable', () => {
  it('refuses Latin-1 prose', () => {
    const bytes = Uint8Array.from('Café, résumé, naïve; déjà vu à la carte. '.repeat(3), (char) => char.charCodeAt(0));
    expect(refusal(() => decode(bytes)).code).toBe('undecodable');
  });

  it('refuses random high bytes, which decode as GBK but read as no Chinese', () => {
    const error = refusal(() => decode(randomBytes(2000, 3).map((byte) => byte | 0x80)));
    expect(error).toMatchObject({ code: 'undecodable', message: expect.stringContaining('neither GB18030 nor Big5') });
  });
});

describe('inputs over maxBytes are refused', () => {
  it('names the limit in the message', () => {
    const error = refusal(() => decode(encode(SIMPLIFIED, 'utf8'), { maxBytes: 10 }));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('10-byte limit');
  });

  it('measures a string by its UTF-8 bytes', () => {
    expect(refusal(() => decode('通知', { maxBytes: 5 })).code).toBe('too-large');
    expect(decode('通知', { maxBytes: 6 }).text).toBe('通知');
  });
});

describe('GB18030 and Big5 go through iconv-lite where Buffer exists, else TextDecoder', () => {
  afterEach(() => {
    setLegacyDecoder(undefined);
    vi.unstubAllGlobals();
  });

  it('gives the same text through iconv-lite as through TextDecoder', () => {
    const inputs = [encode(SIMPLIFIED, 'gb18030'), encode(TRADITIONAL, 'big5')];
    const viaTextDecoder = inputs.map((bytes) => decode(bytes));
    useIconvLite();
    expect(inputs.map((bytes) => decode(bytes))).toEqual(viaTextDecoder);
  });

  it('uses the plugged-in decoder only where Buffer exists', () => {
    const bytes = encode(SIMPLIFIED, 'gb18030');
    setLegacyDecoder(() => 'plugged in');
    expect(decode(bytes, { encoding: 'gb18030' }).text).toBe('plugged in');
    vi.stubGlobal('Buffer', undefined);
    expect(decode(bytes, { encoding: 'gb18030' }).text).toBe(SIMPLIFIED);
  });
});

describe('the core imports nothing a browser lacks', () => {
  const folder = new URL('../../src/decode/', import.meta.url);
  const core = readdirSync(folder).filter((name) => name.endsWith('.ts') && name !== 'iconv-lite.ts');

  it.each(core)('%s imports no Node built-in or iconv-lite, and uses no Buffer', (name) => {
    const source = readFileSync(new URL(name, folder), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
    expect(imports.filter((path) => path?.startsWith('node:') || path === 'iconv-lite' || path === 'buffer')).toEqual([]);
    expect(source.replace(/\/\/.*|\/\*[\s\S]*?\*\/|'[^']*'/g, '')).not.toMatch(/\bBuffer\./);
  });

  it('index does not import the iconv-lite adapter', () => {
    expect(readFileSync(new URL('index.ts', folder), 'utf8')).not.toMatch(/from '\.\/iconv-lite'/);
  });
});

/** The CLI's Node-only adapters: SHA-256 through node:crypto, the core's default elsewhere. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decode, setSha256 } from '../../src/decode';
import { useNodeCrypto } from '../../src/node/node-crypto';

const seed = readFileSync(path.join(import.meta.dirname, '..', '..', 'seeds', 'mingxi-2023-16.txt'));

afterEach(() => setSha256(undefined));

describe('sha256 through node:crypto in the CLI, @noble/hashes in the core', () => {
  it('gives the digest the portable default gives, and the one sha256sum gives', () => {
    const portable = decode(seed).sha256;
    useNodeCrypto();
    expect(decode(seed).sha256).toBe(portable);
    expect(portable).toBe(createHash('sha256').update(seed).digest('hex'));
  });

  it('hashes a string input as its UTF-8 bytes either way', () => {
    const text = '各乡（镇）人民政府\r\n';
    const portable = decode(text).sha256;
    useNodeCrypto();
    expect(decode(text).sha256).toBe(portable);
    expect(portable).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('uses the hasher plugged in, until undefined restores the default', () => {
    setSha256(() => 'f'.repeat(64));
    expect(decode(seed).sha256).toBe('f'.repeat(64));
    setSha256(undefined);
    expect(decode(seed).sha256).toBe(createHash('sha256').update(seed).digest('hex'));
  });
});

/** setSha256: a Node user plugs in node:crypto; the digest is the same, and undefined restores the default. */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, setSha256 } from '../../src';

afterEach(() => setSha256(undefined));

describe('setSha256', () => {
  it('hashes with the given function, to the same digest as the default', () => {
    const bytes = new TextEncoder().encode('附件\n\n某县任务分工\n');
    const byDefault = parse(bytes).notice.source.sha256;
    let calls = 0;
    setSha256((input) => {
      calls++;
      return createHash('sha256').update(input).digest('hex');
    });
    expect(parse(bytes).notice.source.sha256).toBe(byDefault);
    expect(calls).toBe(1);
    setSha256(undefined);
    parse(bytes);
    expect(calls).toBe(1);
  });
});

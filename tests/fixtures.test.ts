/**
 * Whole documents: every fixtures/<case>/input.txt parses to fixtures/<case>/expected.json.
 * The expected files are reviewed by hand; to rewrite them after a deliberate change, run
 * `FENGONG_UPDATE_FIXTURES=1 npx vitest run tests/fixtures.test.ts` and read the git diff.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src';
import { splitLines } from '../src/lines';
import { leaves } from '../src/tree';

const root = path.join(import.meta.dirname, '..', 'fixtures');
const cases = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

describe.each(cases)('fixture %s', (name) => {
  const input = new Uint8Array(readFileSync(path.join(root, name, 'input.txt')));
  const expectedPath = path.join(root, name, 'expected.json');
  const result = parse(input, { name: 'input.txt' });

  it('parses to the expected model', () => {
    const actual = JSON.parse(JSON.stringify(result.notice));
    if (process.env.FENGONG_UPDATE_FIXTURES || !existsSync(expectedPath)) {
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });

  it('loses no text: the leaves hold every non-blank character, in order', () => {
    const text = result.notice.source.encoding === 'utf8' ? new TextDecoder().decode(input).replace(/^\uFEFF/, '') : null;
    if (text === null) return;
    const held = leaves(result.tree)
      .sort((a, b) => a.position.start.offset - b.position.start.offset)
      .map((leaf) => {
        expect(text.slice(leaf.position.start.offset, leaf.position.end.offset)).toBe(leaf.value);
        return leaf.value;
      })
      .join('');
    const nonBlank = (value: string): string => value.replace(/[\s\u3000]+/g, '');
    expect(nonBlank(held)).toBe(nonBlank(splitLines(text).map((line) => line.raw).join('')));
    expect(result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'text-lost')).toEqual([]);
  });
});

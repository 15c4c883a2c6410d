/**
 * The text handler (src/emit/markdown-text.ts) skips remark's `safe` for a text holding no
 * character `safe` can escape, and reuses a table cell's escaping. Either shortcut must write
 * exactly what remark-stringify's own text handler writes, for any text in any place.
 */
import fc from 'fast-check';
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { textHandler } from '../../src/emit/markdown-text';

const ours = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { bullet: '-', handlers: { text: textHandler } });
const theirs = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { bullet: '-' });

const text = (value: string) => ({ type: 'text' as const, value });
const cell = (value: string) => ({ type: 'tableCell' as const, children: [text(value)] });

/** The same texts as a heading, a list item, a paragraph with an emphasis beside it, and table cells (each twice). */
function documentOf(values: string[]): Root {
  const children: RootContent[] = values.flatMap((value): RootContent[] => [
    { type: 'heading', depth: 2, children: [text(value)] },
    { type: 'list', children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [text(value)] }] }] },
    { type: 'paragraph', children: [text(value), { type: 'emphasis', children: [text(value)] }, text(value)] },
  ]);
  const rows = [...values, ...values].map((value) => ({ type: 'tableRow' as const, children: [cell(value), cell(`${value}。`), cell(value)] }));
  children.push({ type: 'table', children: [{ type: 'tableRow', children: [cell('序号'), cell('主要任务'), cell('责任单位')] }, ...rows] });
  return { type: 'root', children };
}

/** Chinese letters and punctuation, figures, and every ASCII character, Markdown's own included. */
const piece = fc.oneof(
  fc.constantFrom('推进', '县教育局', '、', '，', '。', '（', '）', '〔2023〕', '2025年底前', '10%', 'A1：A9', '“十四五”', '　'),
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 3 }),
  fc.constantFrom('\t', '\n', ' ', '\\', '\\*', '1.', '# ', '- ', '> ', '<a>', '|', '~~', '__', '**', 'http://x.cn', 'a@b.cn', '&amp;', '[x]'),
);
const textArbitrary = fc.array(piece, { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join(''));

describe('markdown text handler: safe skipped where it changes nothing', () => {
  it('writes what remark-stringify writes without it, for any text in headings, lists, paragraphs and cells', () => {
    fc.assert(
      fc.property(fc.array(textArbitrary, { minLength: 1, maxLength: 4 }), (values) => {
        const tree = documentOf(values);
        expect(ours.stringify(tree)).toBe(theirs.stringify(tree));
      }),
      { numRuns: 400 },
    );
  });

  it('still escapes what needs it', () => {
    const tree = documentOf(['a*b*', '|x|', '# 标题', '县教育局']);
    const written = ours.stringify(tree);
    expect(written).toContain('a\\*b\\*');
    expect(written).toContain('\\|x\\|');
    expect(written).toContain('| 县教育局 | 县教育局。 | 县教育局 |');
  });
});

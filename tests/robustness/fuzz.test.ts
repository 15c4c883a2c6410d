/**
 * Never crash, never lose text: parse random strings, random bytes, notice-like token soup and
 * mutated fixtures. For every input `parse` returns (never throws), the model passes its zod
 * schema, and the tree's leaves hold every non-blank character of the decoded text.
 *
 * CI runs a fixed seed; a larger run (see README, "Robustness"):
 *   FUZZ_RUNS=5000 FUZZ_SEED=$RANDOM npx vitest run tests/robustness/fuzz.test.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, NoticeSchema, parse } from '../../src';
import { toGb18030 } from './damage';
import { lostText } from './project';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 42);
const settings = { seed: SEED, numRuns: RUNS };
const TIMEOUT = 120_000 + RUNS * 200;

/** What must hold for any input; returns a reason when it does not, for fast-check to report. */
function check(input: string | Uint8Array): void {
  const result = parse(input);
  const schema = NoticeSchema.safeParse(result.notice);
  expect(schema.success, schema.success ? '' : JSON.stringify(schema.error.issues[0])).toBe(true);
  const broken = result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'text-lost' || diagnostic.ruleId === 'invalid-model');
  expect(broken).toEqual([]);
  for (const diagnostic of result.diagnostics) {
    expect(diagnostic.line === null || diagnostic.line >= 1).toBe(true);
  }
  let text: string;
  try {
    text = decode(input).text;
  } catch {
    // Refused as not text: the model is empty and says why.
    expect(result.notice.tasks).toEqual([]);
    expect(result.diagnostics.some((diagnostic) => diagnostic.ruleId.startsWith('decode-'))).toBe(true);
    return;
  }
  expect(lostText(result.tree, text)).toBeNull();
}

/** Pieces notices are made of, so random text reaches the parser's states, not only its entry. */
const TOKENS = [
  '\n', '\n', '\n', '\r\n', '\r', '\t', '\t', '\t\t', '  ', '   ', '\u3000', '\u3000\u3000', ' ',
  '附件', '附件1', '附件：', '一、', '二、', '十、', '（一）', '(二)', '（三）', '1', '2', '3', '12', '1.', '2、', '（1）', '①',
  '第一部分', '主要任务', '重点任务', '责任单位', '牵头单位', '配合单位', '推进时间', '完成时限', '序号',
  '县民政局', '市发改委', '、', '，', ',', '；', '。', '：', ':', '县委组织部、文明办', '各乡（镇）人民政府',
  '〔', '〕', '[', ']', '【', '】', '（', '）', '(', ')', '“', '”', '"',
  '〔以下均需各乡（镇）人民政府落实，不再列出，下同〕', '（牵头单位：市发改委；完成时限：2024年底前）',
  '责任单位：', '完成时限：', '2024年底前', '持续推进', '“十四五”期间', '每季度', '2023 年 4 月 17 日',
  '— 7 —', '- 3 -', '第 2 页 共 9 页', '（此件主动公开）', '抄送：', '各县（市、区）人民政府，市直各单位：',
  '推进社区服务体系建设', '完善', '机制', '１８', '２０２４', 'Ａ', '\ufeff', '\u200b', '\f', '\u2028',
];

const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 600, size: 'max' }).map((tokens) => tokens.join(''));

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures');
const fixtureTexts = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .sort((a, b) => a.name.localeCompare(b.name))
  .map((entry) => decode(new Uint8Array(readFileSync(path.join(FIXTURES, entry.name, 'input.txt')))).text);
/** Table plans (tree/plan.ts) and prose plans (tree/prose.ts) apart, so a failure names its reader. */
const isProse = (text: string): boolean => parse(text).notice.plans.some((plan) => plan.layout === 'prose');
const tableFixtures = fixtureTexts.filter((text) => !isProse(text));
const proseFixtures = fixtureTexts.filter(isProse);

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'cut'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
);

/** Delete, duplicate or swap lines, truncate the text, or cut a line in two at a character. */
function mutate(text: string, mutations: Mutation[]): string {
  let lines = text.split('\n');
  for (const change of mutations) {
    if (lines.length === 0) break;
    const at = change.at % lines.length;
    if (change.kind === 'delete') lines.splice(at, 1);
    else if (change.kind === 'duplicate') lines.splice(at, 0, lines[at]!);
    else if (change.kind === 'swap') {
      const other = change.with % lines.length;
      [lines[at], lines[other]] = [lines[other]!, lines[at]!];
    } else if (change.kind === 'truncate') lines = lines.join('\n').slice(0, change.at % (text.length + 1)).split('\n');
    else {
      const line = lines[at]!;
      const cut = line.length > 0 ? change.at % line.length : 0;
      lines.splice(at, 1, line.slice(0, cut), line.slice(cut));
    }
  }
  return lines.join('\n');
}

describe('parse never throws and loses nothing', () => {
  it('on random strings (any code points)', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000, size: 'max' }), (text) => check(text)), settings);
  });

  it('on random strings of notice tokens', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(tokenSoup, (text) => check(text)), settings);
  });

  it('on random bytes', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4000, size: 'max' }), (bytes) => check(bytes)), settings);
  });

  it('on token soup as UTF-8, UTF-16LE (with BOM) and GB18030 bytes', { timeout: TIMEOUT }, () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(tokenSoup, fc.constantFrom('utf8', 'utf16le', 'gb18030'), (text, encoding) => {
        if (encoding === 'utf8') return check(encoder.encode(text));
        if (encoding === 'gb18030') return check(toGb18030(text));
        const bytes = new Uint8Array(2 + text.length * 2);
        bytes.set([0xff, 0xfe]);
        for (let index = 0; index < text.length; index++) {
          const unit = text.charCodeAt(index);
          bytes[2 + index * 2] = unit & 0xff;
          bytes[3 + index * 2] = unit >> 8;
        }
        return check(bytes);
      }),
      settings,
    );
  });

  const mutated = (texts: string[]) =>
    fc.property(fc.nat({ max: texts.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }), (index, mutations) =>
      check(mutate(texts[index]!, mutations)),
    );

  it('on table fixtures with lines deleted, duplicated, swapped, cut or the text truncated', { timeout: TIMEOUT }, () => {
    expect(tableFixtures.length).toBeGreaterThan(1);
    fc.assert(mutated(tableFixtures), { ...settings, numRuns: Math.max(20, Math.round(RUNS / 2)) });
  });

  it('on prose fixtures with lines deleted, duplicated, swapped, cut or the text truncated', { timeout: TIMEOUT }, () => {
    expect(proseFixtures.length).toBeGreaterThan(1);
    fc.assert(mutated(proseFixtures), { ...settings, numRuns: Math.max(20, Math.round(RUNS / 2)) });
  });
});

/**
 * A parser that declares `needs` is skipped on a text holding none of those characters, so every
 * match of its pattern must hold one of them, or a deadline would be lost.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARSERS } from '../../src/extract/deadlines/index';
import { normalize } from '../../src/extract/deadlines/numerals';

const root = path.join(import.meta.dirname, '..', '..');
const fixtureLines = readdirSync(path.join(root, 'fixtures')).flatMap((name) => {
  const file = path.join(root, 'fixtures', name, 'input.txt');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file)).split(/\r?\n/);
  } catch {
    return []; // a GB18030 fixture
  }
});
const PHRASES = [
  '2024年底前', '2024年6月30日前', '2024-2025年', '2024.6.30', '2024/06', '２０２４－２０２５年', '6—9月', '6月1日—30日',
  '11月至次年2月', '即日起', '自印发之日起', '“十四五”期间', '十五五末', '每年12月底前', '一年一次', '按季度推进', '定期',
  '每两年', '年底前', '年内', '本月底前', '下个月', '下一季度末', '上半年', '三季度', '前三季度', '6月上旬', '二〇二四年十二月',
  '元月底前', '持续推进', '长期坚持', '常态化开展', '到2025年', '2023年起每季度',
];

describe('parsers that declare what a match needs', () => {
  const texts = [...PHRASES, ...fixtureLines].map((text) => normalize(text).text);

  it.each(PARSERS.filter((parser) => parser.needs !== undefined).map((parser) => [parser.name, parser] as const))(
    '%s: every match holds one of its characters',
    (_name, parser) => {
      const missing: string[] = [];
      for (const text of texts) {
        for (const match of text.matchAll(parser.pattern)) {
          if (![...parser.needs!].some((char) => match[0].includes(char))) missing.push(match[0]);
        }
      }
      expect(missing).toEqual([]);
    },
  );

  it('the phrases above match the parsers that need their characters', () => {
    const matched = new Set(PARSERS.filter((parser) => PHRASES.some((phrase) => new RegExp(parser.pattern.source).test(normalize(phrase).text))).map((p) => p.name));
    expect(PARSERS.filter((parser) => !matched.has(parser.name)).map((parser) => parser.name)).toEqual([]);
  });
});

/**
 * Time grows linearly with the input: four times the input may take at most eight times as
 * long (a generous ratio, since CI machines are noisy; absolute figures belong to the
 * benchmarks). Each case is measured on a notice, on one very long line, and on many lines.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src';

const seed = readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'mingxi-2023-16', 'input.txt'), 'utf8');
const seedLines = seed.split('\n');
const planStart = seedLines.findIndex((line) => line.startsWith('主要任务'));

/** The seed's notice, then its table repeated (rows renumbered) until `bytes` is reached. */
function bigNotice(bytes: number): string {
  const out = seedLines.slice(0, planStart);
  let size = new TextEncoder().encode(out.join('\n')).length;
  let number = 0;
  while (size < bytes) {
    for (const line of seedLines.slice(planStart)) {
      const row = line.replace(/^\d+\t/, () => `${++number}\t`);
      out.push(row);
      size += row.length * 3 + 1;
    }
  }
  return out.join('\n');
}

/** Best of five: the fastest run is the least disturbed by other work on the machine. */
function millis(text: string): number {
  parse(text.slice(0, 1000));
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    parse(text);
    best = Math.min(best, performance.now() - start);
  }
  // Under 10 ms, timer and scheduler noise is larger than the work: floor it.
  return Math.max(best, 10);
}

function expectLinear(small: string, large: string): void {
  expect(large.length).toBeGreaterThanOrEqual(small.length * 3.9);
  const ratio = millis(large) / millis(small);
  expect(ratio).toBeLessThanOrEqual(8);
}

const MB = 1024 * 1024;
const CLAUSE = '推进城乡社区服务体系建设，完善社区治理机制；';

describe('parse time grows linearly', () => {
  it('with the size of a notice (1 MB vs 4 MB of table rows)', { timeout: 120_000 }, () => {
    expectLinear(bigNotice(MB), bigNotice(4 * MB));
  });

  it('with the length of a single line (256 KB vs 1 MB), as text and as one table row', { timeout: 120_000 }, () => {
    const line = (bytes: number): string => CLAUSE.repeat(Math.ceil(bytes / (CLAUSE.length * 3)));
    expectLinear(line(MB / 4), line(MB));
    const row = (bytes: number): string => `附件\n\n主要任务\t责任单位\t推进时间\n1\t${line(bytes)}\t县民政局\t持续推进\n`;
    expectLinear(row(MB / 4), row(MB));
  });

  it('with the number of lines (25,000 vs 100,000 short lines)', { timeout: 120_000 }, () => {
    const rows = (count: number): string =>
      `附件\n\n主要任务\t责任单位\t推进时间\n${Array.from({ length: count }, (_, index) =>
        index % 4 === 0 ? `${index / 4 + 1}\t完善社区治理\t县民政局\t持续推进` : index % 4 === 1 ? '\t续行文字\t\t' : '短行文字',
      ).join('\n')}`;
    expectLinear(rows(25_000), rows(100_000));
    const plain = (count: number): string => Array.from({ length: count }, () => '短行文字').join('\n');
    expectLinear(plain(25_000), plain(100_000));
  });
});

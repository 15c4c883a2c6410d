/**
 * A unit or deadline cell repeated row after row is read once per notice (src/compile/tasks.ts):
 * every task still gets its own objects, read as if alone.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src';

const table = [
  '附件',
  '重点任务分工',
  '序号\t主要任务\t责任单位\t推进时间',
  '1\t建设一所学校。\t县教育局、财政局\t2024年12月底前',
  '2\t新增学位一千个。\t县教育局、财政局\t2024年12月底前',
  '3\t配齐教师。\t县教育局、财政局 \t 2024年12月底前',
].join('\n');

describe('repeated cells are read once, and each task owns its result', () => {
  const { notice } = parse(table);
  const [first, second, third] = notice.tasks;

  it('reads the same cell the same way on every row', () => {
    expect(first!.units.map((unit) => [unit.name, unit.role, unit.implicit])).toEqual([
      ['县教育局', 'responsible', false],
      ['县财政局', 'responsible', false],
    ]);
    expect(second!.units).toEqual(first!.units);
    expect(third!.units).toEqual(first!.units);
    expect(second!.deadline).toEqual({ raw: '2024年12月底前', kind: 'by', start: null, end: '2024-12-31', cycle: null });
    expect(third!.deadline).toEqual(second!.deadline);
  });

  it('gives no two tasks the same unit or deadline object', () => {
    expect(second!.units[0]).not.toBe(first!.units[0]);
    expect(second!.deadline).not.toBe(first!.deadline);
    second!.units[0]!.role = 'lead';
    second!.deadline.end = null;
    expect(first!.units[0]!.role).toBe('responsible');
    expect(first!.deadline.end).toBe('2024-12-31');
    expect(parse(table).notice.tasks[1]!.units[0]!.role).toBe('responsible');
  });
});

import { describe, expect, it } from 'vitest';
import { readTaskCells } from '../../src/compile/task-cells';
import type { Cell, Task } from '../../src/tree';

const at = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };
const cell = (column: Cell['column'], value: string, extra: Partial<Cell> = {}): Cell => ({ type: 'cell', column, value, position: at, ...extra });
const task = (...children: Cell[]): Task => ({ type: 'task', number: 1, label: '1', children, position: at });

describe('readTaskCells', () => {
  it('joins a text split over rows and keeps unit cells by role', () => {
    const cells = readTaskCells(task(cell('number', '1'), cell('text', '推进基本医疗、医保、医药等'), cell('units', '县发改局', { role: 'lead' }), cell('units', '县财政局', { role: 'support' }), cell('text', '健康服务“村村通”。'), cell('deadline', '持续推进')));
    expect(cells.text).toBe('推进基本医疗、医保、医药等健康服务“村村通”。');
    expect(cells.units.map((source) => [source.role, source.text])).toEqual([['lead', '县发改局'], ['support', '县财政局']]);
    expect(cells.deadlineRaw).toBe('持续推进');
  });

  it('takes units and deadline from an attribution', () => {
    const cells = readTaskCells(task(cell('number', '1.'), cell('text', '推进设备更新。'), cell('attribution', '（市工信局、发改委；完成时限：2024年12月底前）')));
    expect(cells).toMatchObject({ text: '推进设备更新。', unitsRaw: '市工信局、发改委', deadlineRaw: '2024年12月底前' });
  });

  it('finds an attribution left at the end of the text when a row lost its columns', () => {
    const cells = readTaskCells(task(cell('number', '3'), cell('text', '完善回收网络。（市商务局牵头，市住建局配合）')));
    expect(cells.text).toBe('完善回收网络。');
    expect(cells.units[0]?.text).toBe('市商务局牵头，市住建局配合');
  });

  it('strips the label of a labelled deadline line', () => {
    expect(readTaskCells(task(cell('number', '1.'), cell('text', '开展清洁行动。'), cell('deadline', '完成时限：每季度', { label: '完成时限' }))).deadlineRaw).toBe('每季度');
  });
});

describe('readTaskCells other columns', () => {
  it('keeps a 备注 column as written', () => {
    expect(readTaskCells(task(cell('number', '1'), cell('text', '推进工作。'), cell('other', '纳入年度考核'))).other).toBe('纳入年度考核');
  });
});

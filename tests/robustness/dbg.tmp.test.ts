import { it } from 'vitest';
import { alignCells } from '../../src/tree/row-cells';
import { splitCells } from '../../src/lines/cells';
import { splitLines } from '../../src/lines';
import { DEFAULT_COLUMNS } from '../../src/classify/table-header';
it('dbg', () => {
  const line = splitLines('\t\t〔以下均需各乡（镇）人民政府落实，不再列出。各有关责任单位按职责分工负责，下同〕')[0]!;
  const cells = splitCells(line);
  console.log(cells, alignCells(cells.slice(1), DEFAULT_COLUMNS, { positional: true, open: null }));
});

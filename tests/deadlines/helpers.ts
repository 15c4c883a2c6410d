import { parseDeadline, type DeadlineContext } from '../../src/extract/deadlines/index';
import type { Deadline } from '../../src/model/schema';

/** The notice date of the seed: relative forms resolve against it. */
export const REF: DeadlineContext = { referenceDate: '2023-04-17' };

/** kind, start and end of a cell (and its cycle where it repeats), parsed against REF unless another context is given. */
export function dates(raw: string, context: DeadlineContext = REF): Omit<Deadline, 'raw' | 'cycle'> & { cycle?: Deadline['cycle'] } {
  const { raw: _raw, cycle, ...rest } = parseDeadline(raw, context);
  return rest.kind === 'recurring' ? { ...rest, cycle } : rest;
}

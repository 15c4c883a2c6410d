import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/extract/deadlines/index';
import { dates } from './helpers';

describe('words that mean "no end" are ongoing', () => {
  it('持续推进', () => {
    expect(parseDeadline('持续推进')).toEqual({ raw: '持续推进', kind: 'ongoing', start: null, end: null, cycle: null });
  });
  it.each(['长期坚持', '长期', '常态化', '常态化推进', '持续', '持续开展', '持续实施', '长期推进', '逐步推进', '长效推进', '不断完善', '滚动推进', '久久为功'])(
    '%s',
    (raw) => {
      expect(dates(raw)).toEqual({ kind: 'ongoing', start: null, end: null });
    },
  );
  it('an ongoing deadline has a null cycle', () => {
    expect(parseDeadline('长期坚持').cycle).toBeNull();
  });
});

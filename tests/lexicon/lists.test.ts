/**
 * The vocabulary's lists: no word twice, every unit label with its role, and every organ ending
 * understood by every reader that asks whether a text names organs.
 */
import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, labelWords } from '../../src/lexicon/labels';
import { ORGAN_ENDINGS } from '../../src/lexicon/organs';
import { ROLE_SUFFIXES } from '../../src/lexicon/roles';
import { LEADER_TITLES } from '../../src/lexicon/leaders';
import { DEADLINE_CELL_WORDS } from '../../src/lexicon/deadline-cells';
import { looksLikeUnits } from '../../src/classify/cell-kinds';
import { findTrailingAttribution } from '../../src/classify/attribution';
import { columnOf } from '../../src/classify/table-header';
import { matchFieldLabel } from '../../src/classify/items';
import { endsLikeUnit } from '../../src/extract/units/prefix';
import { parseUnits } from '../../src/extract/units';

const once = (words: readonly string[]) => words.filter((word, index) => words.indexOf(word) !== index);

describe('vocabulary lists', () => {
  it('lists no word twice', () => {
    expect(once(FIELD_LABELS.map((label) => label.word))).toEqual([]);
    expect(once(ORGAN_ENDINGS)).toEqual([]);
    expect(once(ROLE_SUFFIXES.map(([word]) => word))).toEqual([]);
    expect(once(LEADER_TITLES)).toEqual([]);
    expect(once(DEADLINE_CELL_WORDS)).toEqual([]);
  });

  it('gives every unit label a role, and no other label one', () => {
    for (const label of FIELD_LABELS) expect(label.role !== undefined, label.word).toBe(label.field === 'units');
  });

  it('reads every label as a column header and as a labelled line', () => {
    for (const label of FIELD_LABELS) {
      expect(columnOf(label.word)?.kind, label.word).toBe(label.field);
      if (['units', 'deadline', 'leader'].includes(label.field)) expect(matchFieldLabel(`${label.word}：甲`)?.label, label.word).toBe(label.word);
    }
    expect(labelWords('leader')).toContain('牵头领导');
  });
});

describe('every organ ending is read by every reader', () => {
  for (const ending of ORGAN_ENDINGS) {
    const name = `县测试${ending}`;
    it(name, () => {
      expect(looksLikeUnits(name), 'table cells').toBe(true);
      expect(endsLikeUnit(name), 'prefix carrying').toBe(true);
      expect(findTrailingAttribution(`开展试点工作（${name}）`), 'inline brackets').not.toBeNull();
      expect(parseUnits(`${name}、县民政局`).units.map((unit) => unit.name), 'the unit splitter').toEqual([name, '县民政局']);
    });
  }
});

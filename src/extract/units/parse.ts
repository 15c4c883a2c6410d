/**
 * parseUnits: a unit cell or phrase → units, remarks, note and problems. The steps, in order:
 * fold punctuation → extract remarks → cut at role labels → split → per item: role suffix and
 * duty phrases off → carry the group's prefix → assign roles → drop duplicates → canonical names.
 */
import type { Unit } from '../../model/schema';
import type { ParsedUnits, UnitParseOptions, UnitProblem } from './types';
import { scanBrackets } from './brackets';
import { keepFirstMentions } from './dedupe';
import { stripDutyPhrases } from './duty';
import { foldPunctuation, stripListMarker } from './normalize';
import { carryGroupPrefix } from './prefix';
import { joinSharedTails } from './shared-tail';
import { findRemarks } from './remarks';
import { assignRoles, splitRoleLabels, takeRoleSuffix, type RoleCandidate } from './roles';
import { splitFolded, type UnitItem } from './split';
import { readLeaders } from '../leaders';

const LONG_NAME = 30;
/** An item of brackets and punctuation only (`（，）`) names nothing. */
const NAMED = /[\p{L}\p{N}]/u;

function isNamed(name: string): boolean {
  const first = name.charCodeAt(0);
  return (first >= 0x4e00 && first <= 0x9fff) || NAMED.test(name); // most names start with a Han letter
}

interface CleanItem {
  name: string;
  role: RoleCandidate['suffixRole'];
  own: boolean;
  offset: number;
}

/** `县财政局等部门配合` → 县财政局, support: suffixes and duty words may stack in either order. */
function cleanItem(item: UnitItem): CleanItem {
  let name = stripListMarker(item.text);
  let role: RoleCandidate['suffixRole'] = null;
  let own = false;
  for (let pass = 0; pass < 4; pass++) {
    const taken = takeRoleSuffix(name);
    if (role === null && taken.role !== null) {
      role = taken.role;
      own = taken.own;
    }
    const stripped = stripDutyPhrases(taken.name);
    if (stripped === name) break;
    name = stripped;
  }
  return { name, role, own, offset: item.offset };
}

function candidates(group: UnitItem[], labelRole: RoleCandidate['labelRole']): { items: RoleCandidate[]; offsets: number[] } {
  const cleaned: CleanItem[] = [];
  for (const item of group) {
    const clean = cleanItem(item);
    if (isNamed(clean.name)) cleaned.push(clean);
  }
  const tailed = joinSharedTails(cleaned.map((item) => item.name));
  const names = carryGroupPrefix(tailed.map((item) => item.name));
  const items: RoleCandidate[] = [];
  const offsets: number[] = [];
  tailed.forEach(({ source }, index) => {
    const item = cleaned[source];
    if (item === undefined) return;
    items.push({ name: names[index] as string, suffixRole: item.role, suffixOwn: item.own, labelRole });
    offsets.push(item.offset);
  });
  return { items, offsets };
}

export function parseUnits(raw: string, options: UnitParseOptions = {}): ParsedUnits {
  const folded = foldPunctuation(raw);
  const brackets = scanBrackets(folded);
  const problems: UnitProblem[] = brackets.unmatched.map((offset) => ({
    message: `unbalanced bracket ${raw[offset]}`,
    ruleId: 'units-unbalanced-bracket',
    offset,
  }));
  const { remarks, masked } = findRemarks(raw, folded, brackets);
  const groups: RoleCandidate[][] = [];
  const leaders: string[] = [];
  for (const span of splitRoleLabels(masked)) {
    if (span.role === 'skip') {
      // 责任领导：程立军 inside a unit list names a person: a leader, never a unit.
      for (const name of readLeaders(masked.slice(span.start, span.end))) if (!leaders.includes(name)) leaders.push(name);
      continue;
    }
    const split = splitFolded(masked.slice(span.start, span.end), span.start);
    for (const problem of split.problems) problems.push(problem);
    for (const group of split.groups) {
      // 责任单位： ranks nobody: its units take the default role (or firstIsLead's order).
      const { items, offsets } = candidates(group, span.role === 'responsible' ? null : span.role);
      items.forEach((item, index) => {
        if (item.name.length > LONG_NAME) {
          problems.push({ message: `unit name longer than ${LONG_NAME} characters: ${item.name.slice(0, 12)}…`, ruleId: 'units-long-name', offset: offsets[index] ?? 0 });
        }
      });
      if (items.length > 0) groups.push(items);
    }
  }
  const units: Unit[] = [];
  for (const { unit, canonical } of keepFirstMentions(assignRoles(groups, options))) {
    unit.canonical = options.canonical === false ? unit.name : (canonical ?? unit.name);
    units.push(unit);
  }
  problems.sort((a, b) => a.offset - b.offset);
  return { units, leaders, remarks, note: remarks.length > 0 ? remarks.map((remark) => remark.raw).join(' ') : null, problems };
}

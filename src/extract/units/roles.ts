/**
 * Roles. A notice says who leads in three ways:
 * - labels: `牵头单位：县发改局；配合单位：县财政局` (the label's role holds until the next label);
 * - suffixes: `市政府办公室牵头，市级各有关部门按职责分工负责`, `X牵头，Y、Z配合`, `县民政局（牵头）`;
 * - the notice's own rule `排在第一位的为牵头单位` (option firstIsLead).
 * Everything else takes the default role (responsible).
 */
import type { Unit, UnitRole } from '../../model/schema';
import { CodeSet } from '../../lines/chars';
import { FIELD_LABELS } from '../../lexicon/labels';
import { ROLE_SUFFIXES } from '../../lexicon/roles';

export type LabelRole = UnitRole | 'skip';

/** Unit labels give their role; leader labels (牵头领导：…) mark spans of people, read apart. */
const LABELS: Readonly<Record<string, LabelRole>> = Object.fromEntries(
  FIELD_LABELS.flatMap((label): [string, LabelRole][] =>
    label.field === 'units' && label.role ? [[label.word, label.role]] : label.field === 'leader' ? [[label.word, 'skip']] : [],
  ),
);

const LABEL_NAMES = Object.keys(LABELS).sort((a, b) => b.length - a.length);
/** OCR may space a label out ("牵 头单位："): a blank may stand between any two of its characters. */
const SPACED_NAMES = LABEL_NAMES.map((name) => [...name].join('[ \\u3000]?'));
/** A label, then a colon, or (for the …单位/…部门 ones only) a space. */
const LABEL = new RegExp(`(${SPACED_NAMES.join('|')})(?:[ \\t\\u3000]*：|[ \\t\\u3000]+)`, 'g');
const BOUNDARY = /[\s，；。、]/;

export interface RoleSpan {
  role: LabelRole | null;
  start: number;
  end: number;
}

/** Cut folded text at role labels; text before the first label has role null. */
export function splitRoleLabels(text: string): RoleSpan[] {
  const spans: RoleSpan[] = [];
  let start = 0;
  let role: LabelRole | null = null;
  LABEL.lastIndex = 0;
  for (let match = LABEL.exec(text); match; match = LABEL.exec(text)) {
    const word = (match[1] as string).replace(/[ \u3000]/g, '');
    const atBoundary = match.index === 0 || BOUNDARY.test(text[match.index - 1] as string);
    const colon = match[0].includes('：');
    if (!atBoundary || (!colon && !/单位$|部门$/.test(word))) {
      LABEL.lastIndex = match.index + 1;
      continue;
    }
    if (match.index > start || role !== null) spans.push({ role, start, end: match.index });
    role = LABELS[word] ?? null;
    start = match.index + match[0].length;
  }
  spans.push({ role, start, end: text.length });
  return spans;
}

const SUFFIXES: [string, UnitRole][] = ROLE_SUFFIXES.map(([word, role]): [string, UnitRole] => [word, role]).sort((a, b) => b[0].length - a[0].length);
/** Last characters of the suffixes: an item ending in none of them has no suffix. */
const SUFFIX_FINALS = new CodeSet(SUFFIXES.map(([word]) => word.slice(-1)).join(''));

export interface RoleSuffix {
  name: string;
  role: UnitRole | null;
  /** A bracketed mark (`县民政局（牵头）`) speaks for its own item only, not for the group. */
  own: boolean;
}

/** `县发改局牵头` → { name: 县发改局, role: lead }; no suffix → role null. */
export function takeRoleSuffix(item: string): RoleSuffix {
  if (!SUFFIX_FINALS.has(item.charCodeAt(item.length - 1))) return { name: item, role: null, own: false };
  for (const [word, role] of SUFFIXES) {
    if (item.endsWith(word) && item.length > word.length) {
      return { name: item.slice(0, -word.length).trimEnd(), role, own: word.startsWith('（') };
    }
  }
  return { name: item, role: null, own: false };
}

/** Is a bracket's content a role mark (`（牵头）`) rather than a remark? */
export function isRoleMark(inner: string): boolean {
  return SUFFIXES.some(([word]) => word === `（${inner}）` || word === inner);
}

export interface RoleCandidate {
  name: string;
  /** From the item's own suffix (牵头/配合 …). */
  suffixRole: UnitRole | null;
  /** True where the suffix is a bracketed mark that speaks for this item only. */
  suffixOwn?: boolean;
  /** From the label of the span it stands in. */
  labelRole: UnitRole | null;
}

export interface RoleOptions {
  defaultRole?: UnitRole;
  firstIsLead?: boolean;
}

/**
 * A suffix speaks for the items of its 、-group since the previous suffix
 * (`县民政局、财政局牵头` → both lead), a bracketed mark for its own item only; then the label,
 * then firstIsLead, then the default. Labels such as 责任单位： pass null here: they name no rank,
 * so firstIsLead and defaultRole still apply to them.
 */
export function assignRoles(groups: RoleCandidate[][], options: RoleOptions = {}): Unit[] {
  const roles: (UnitRole | null)[] = [];
  const names: string[] = [];
  for (const group of groups) {
    let pending: number[] = [];
    for (const item of group) {
      names.push(item.name);
      roles.push(item.labelRole);
      if (item.suffixRole !== null && item.suffixOwn === true) {
        roles[roles.length - 1] = item.suffixRole;
        continue;
      }
      pending.push(roles.length - 1);
      if (item.suffixRole !== null) {
        for (const index of pending) roles[index] = item.suffixRole;
        pending = [];
      }
    }
  }
  const ranked = roles.some((role) => role === 'lead' || role === 'support');
  const byOrder = options.firstIsLead === true && !ranked;
  return names.map((name, index) => ({
    name,
    role: byOrder ? (index === 0 ? 'lead' : 'support') : (roles[index] ?? options.defaultRole ?? 'responsible'),
    implicit: false,
    canonical: name,
  }));
}

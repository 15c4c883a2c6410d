/**
 * Every diagnostic fengong reports, by rule id: its severity and what it means. The README's
 * table of rules is checked against this list, and `report` takes only ids listed here.
 */
import type { Severity } from '../model/schema';

export interface Rule {
  severity: Severity;
  description: string;
}

export const RULES = {
  'decode-binary': { severity: 'error', description: 'the input is binary data, not text' },
  'decode-undecodable': { severity: 'error', description: 'no supported encoding decodes the input' },
  'decode-too-large': { severity: 'error', description: 'the input is larger than maxBytes (--max-bytes)' },
  'decode-unknown-encoding': { severity: 'error', description: 'the forced encoding is not one fengong knows' },
  'empty-input': { severity: 'error', description: 'the input holds no text' },
  'no-tasks': { severity: 'error', description: 'no task plan, or no task in it, was recognised' },
  'text-lost': { severity: 'error', description: 'a line no part of the syntax tree holds (a fengong bug)' },
  'invalid-model': { severity: 'error', description: 'the model does not match its schema (a fengong bug)' },
  'unrecognized-line': { severity: 'warning', description: 'a line that fits no part of the notice or plan, kept as unknown' },
  'layout-no-units': { severity: 'warning', description: 'the plan numbers its items but names no units for any of them' },
  'table-header-inferred': { severity: 'info', description: 'a table without a header row; the columns it is read with' },
  'task-number-gap': { severity: 'warning', description: 'task numbers skip one or more numbers' },
  'task-number-repeat': { severity: 'warning', description: 'a task number repeats or goes back inside one sequence' },
  'section-number-gap': { severity: 'warning', description: 'section numbers skip or repeat' },
  'declared-count-mismatch': { severity: 'warning', description: 'the count of sections or tasks the text states differs from what was found' },
  'attachment-title-mismatch': { severity: 'warning', description: "the attachment note names a title other than the attachment's own" },
  'units-empty-item': { severity: 'info', description: 'two unit separators with nothing between them' },
  'units-long-name': { severity: 'warning', description: 'a unit name longer than 30 characters: probably text read as units' },
  'units-unbalanced-bracket': { severity: 'warning', description: 'a bracket without its partner in a units cell' },
  'units-unread': { severity: 'warning', description: 'text where a task’s units stand that names no unit' },
  'deadline-unread': { severity: 'info', description: 'text where a task’s time stands that names no date or period' },
  'implicit-units-applied': { severity: 'info', description: 'which tasks a blanket remark gave implicit units to' },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}

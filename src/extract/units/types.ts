/** Public shapes of the unit parser (the Unit itself comes from the model). */
import type { Unit, UnitRole } from '../../model/schema';
import type { RuleId } from '../../diagnostics/rules';

export interface UnitRemark {
  /** The remark as written, brackets included: 〔以下均需各乡（镇）人民政府落实，不再列出。…下同〕 */
  raw: string;
  /** Blanket units it makes implicit for the tasks it governs (may be empty). */
  inherited: string[];
  /** Decided from the wording: 以下/下同/不再列出 → rest-of-plan; 本部分/本章 → rest-of-section. */
  scope: 'rest-of-plan' | 'rest-of-section' | 'this-task';
  /** Index in the input string where the remark starts. */
  offset: number;
}

export interface UnitProblem {
  message: string;
  ruleId: RuleId;
  offset: number;
}

export interface ParsedUnits {
  /** Explicit units, in order, prefix expanded, duplicates dropped, implicit=false. */
  units: Unit[];
  /** People named under a leader label among the units (责任领导：程立军), names only. */
  leaders: string[];
  remarks: UnitRemark[];
  /** The remarks' raw text joined (what the task shows as its note), or null. */
  note: string | null;
  problems: UnitProblem[];
}

export interface UnitParseOptions {
  /** Role of a unit the cell gives none (default responsible). */
  defaultRole?: UnitRole;
  /** The notice says 排在第一位的为牵头单位: first unit lead, the rest support. */
  firstIsLead?: boolean;
  /** Look Unit.canonical up in the abbreviation table (default true); otherwise, and where unknown, it is the name. */
  canonical?: boolean;
}

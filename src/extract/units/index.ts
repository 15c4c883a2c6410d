/** Responsible units of a task-division notice: small steps, one module each (see parse.ts for the order). */
export type { ParsedUnits, UnitParseOptions, UnitProblem, UnitRemark } from './types';
export { parseUnits } from './parse';
export { splitUnits } from './split';
export { carryPrefix, detectPrefix, isBlanket, type AdminPrefix } from './prefix';
export { joinSharedTails } from './shared-tail';
export { stripDutyPhrases } from './duty';
export { extractRemarks, remarkScope, inheritedUnits } from './remarks';
export { assignRoles, splitRoleLabels, takeRoleSuffix, type RoleCandidate } from './roles';
export { dropDuplicateUnits } from './dedupe';
export { canonicalUnitName } from './canonical';

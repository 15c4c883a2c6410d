/**
 * One unit once per task: `县民政局，县民政局` → 县民政局. The first mention keeps its place; the
 * stronger role wins (lead over support over responsible), so `县民政局牵头，…，县民政局` stays lead.
 * Two spellings of one department (县卫健局, 县卫生健康局) count as one where the table knows both.
 */
import type { Unit, UnitRole } from '../../model/schema';
import { canonicalUnitName } from './canonical';

const STRENGTH: Readonly<Record<UnitRole, number>> = { lead: 3, support: 2, responsible: 1 };

export function dropDuplicateUnits(units: Unit[]): Unit[] {
  const kept = new Map<string, Unit>();
  for (const unit of units) {
    const key = canonicalUnitName(unit.name) ?? unit.name;
    const first = kept.get(key);
    if (first === undefined) kept.set(key, { ...unit });
    else if (STRENGTH[unit.role] > STRENGTH[first.role]) first.role = unit.role;
  }
  return [...kept.values()];
}

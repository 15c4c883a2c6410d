/**
 * One unit once per task: `县民政局，县民政局` → 县民政局. The first mention keeps its place; the
 * stronger role wins (lead over support over responsible), so `县民政局牵头，…，县民政局` stays lead.
 * Two spellings of one department (县卫健局, 县卫生健康局) count as one where the table knows both.
 */
import type { Unit, UnitRole } from '../../model/schema';
import { canonicalUnitName } from './canonical';

const STRENGTH: Readonly<Record<UnitRole, number>> = { lead: 3, support: 2, responsible: 1 };

export interface KeptUnit {
  unit: Unit;
  /** The first mention's canonical name (null where the table does not know it). */
  canonical: string | null;
}

/**
 * The units kept, each with its canonical name, looked up once per mention. A kept unit takes
 * a stronger duplicate's role in place: give units the caller owns.
 */
export function keepFirstMentions(units: Unit[]): KeptUnit[] {
  const kept: KeptUnit[] = [];
  const byKey = new Map<string, KeptUnit>();
  for (const unit of units) {
    const canonical = canonicalUnitName(unit.name);
    const key = canonical ?? unit.name;
    const first = byKey.get(key);
    if (first === undefined) {
      const mention = { unit, canonical };
      byKey.set(key, mention);
      kept.push(mention);
    } else if (STRENGTH[unit.role] > STRENGTH[first.unit.role]) first.unit.role = unit.role;
  }
  return kept;
}

export function dropDuplicateUnits(units: Unit[]): Unit[] {
  return keepFirstMentions(units.map((unit) => ({ ...unit }))).map((kept) => kept.unit);
}

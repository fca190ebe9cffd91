import { SKILL_LEVELS } from '@trainkit/core';
import type { GoalTargetMeasure } from '../targets/goal-target-measure.js';

/**
 * The number a check-in's `value_json` holds for a measure: `value_json[measure.field]` when it is a finite number
 * (a skill level may also be its name, e.g. `'intermediate'`), or a bare finite number; otherwise `null` (the
 * check-in does not measure this target, e.g. one made before the goal changed type).
 *
 * @example
 * ```ts
 * checkinMeasureValue({ load_kg: 130 }, { field: 'load_kg' }); // 130
 * checkinMeasureValue({ level: 'advanced' }, { field: 'level' }); // 4
 * checkinMeasureValue({ reps: 8 }, { field: 'load_kg' }); // null
 * ```
 */
export function checkinMeasureValue(valueJson: unknown, measure: Pick<GoalTargetMeasure, 'field'>): number | null {
  if (typeof valueJson === 'number') return Number.isFinite(valueJson) ? valueJson : null;
  if (typeof valueJson !== 'object' || valueJson === null || Array.isArray(valueJson)) return null;
  const value = (valueJson as Record<string, unknown>)[measure.field];
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (measure.field === 'level' && typeof value === 'string') {
    const index = (SKILL_LEVELS as readonly string[]).indexOf(value);
    return index < 0 ? null : index;
  }
  return null;
}

import type { MuscleRole } from '@trainkit/core';
import type { MuscleInvolvement } from './muscle-involvement.js';

const ROLE_ORDER: Readonly<Record<MuscleRole, number>> = { primary: 0, secondary: 1, stabilizer: 2 };

/**
 * Orders involvements by role (primary, secondary, stabilizer), then by descending magnitude, then by muscle slug: a
 * total order, so results never depend on the order the data was written in. Returns a new array.
 *
 * @example
 * ```ts
 * sortInvolvements([
 *   { muscle: 'glutes', role: 'secondary', magnitude: 0.5 },
 *   { muscle: 'quadriceps', role: 'primary', magnitude: 1 },
 * ]).map((involvement) => involvement.muscle); // ['quadriceps', 'glutes']
 * ```
 */
export function sortInvolvements(involvements: readonly MuscleInvolvement[]): MuscleInvolvement[] {
  return [...involvements].sort(
    (left, right) =>
      ROLE_ORDER[left.role] - ROLE_ORDER[right.role] ||
      right.magnitude - left.magnitude ||
      (left.muscle < right.muscle ? -1 : left.muscle > right.muscle ? 1 : 0),
  );
}

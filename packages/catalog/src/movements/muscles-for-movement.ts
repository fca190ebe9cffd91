import type { MuscleRole } from '@trainkit/core';
import type { MuscleInvolvement } from '../muscles/muscle-involvement.js';
import { sortInvolvements } from '../muscles/sort-involvements.js';
import { MOVEMENTS_BY_SLUG } from './movement-index.js';

/**
 * The muscles a movement works, strongest first within each role (primary, then secondary, then stabilizer), optionally
 * only those of the given roles. Returns an empty list for an unknown movement. Never throws.
 *
 * @example
 * ```ts
 * musclesForMovement('back_squat', ['primary']).map((involvement) => involvement.muscle); // ['quadriceps', 'glutes']
 * musclesForMovement('unknown_lift'); // []
 * ```
 */
export function musclesForMovement(slug: string, roles?: readonly MuscleRole[]): readonly MuscleInvolvement[] {
  const movement = MOVEMENTS_BY_SLUG.get(slug);
  if (movement === undefined) return [];
  return sortInvolvements(movement.muscles.filter((involvement) => roles === undefined || roles.includes(involvement.role)));
}

import type { MuscleRole } from '@trainkit/core';
import type { MovementDefinition } from './movement-definition.js';
import { MOVEMENTS } from './movements.js';

/**
 * The movements that work a muscle, optionally only in the given roles and at or above a minimum magnitude, strongest
 * first (ties in catalog order). Returns an empty list for an unknown muscle. Never throws.
 *
 * @example
 * ```ts
 * movementsForMuscle('hamstrings', { roles: ['primary'], minMagnitude: 0.9 }).map((movement) => movement.slug);
 * // ['romanian_deadlift', 'stiff_leg_deadlift', 'dumbbell_romanian_deadlift', 'lying_leg_curl', ...]
 * ```
 */
export function movementsForMuscle(
  muscle: string,
  options: { readonly roles?: readonly MuscleRole[]; readonly minMagnitude?: number } = {},
): readonly MovementDefinition[] {
  const minMagnitude = options.minMagnitude ?? 0;
  const matches: { movement: MovementDefinition; magnitude: number; order: number }[] = [];
  MOVEMENTS.forEach((movement, order) => {
    const involvement = movement.muscles.find((candidate) => candidate.muscle === muscle);
    if (involvement === undefined || involvement.magnitude < minMagnitude) return;
    if (options.roles !== undefined && !options.roles.includes(involvement.role)) return;
    matches.push({ movement, magnitude: involvement.magnitude, order });
  });
  return matches.sort((left, right) => right.magnitude - left.magnitude || left.order - right.order).map((match) => match.movement);
}

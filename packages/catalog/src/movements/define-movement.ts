import type { Equipment, MovementMechanic, MovementPattern, MuscleRole } from '@trainkit/core';
import type { MuscleSlug } from '../muscles/muscle-slugs.js';
import type { MovementDefinition } from './movement-definition.js';

/** `[muscle, role, magnitude]`: the compact form the movement data files are written in. */
export type MuscleTuple = readonly [MuscleSlug, MuscleRole, number];

/** The pattern, equipment and mechanic of a movement, in that order, then `'unilateral'` for one-sided movements. */
export type MovementTraits =
  | readonly [MovementPattern, Equipment, MovementMechanic]
  | readonly [MovementPattern, Equipment, MovementMechanic, 'unilateral'];

/**
 * Builds a {@link MovementDefinition} from the compact data form (internal to the catalog's data files).
 *
 * @example
 * ```ts
 * defineMovement('plank', 'Plank', ['core_anti_extension', 'bodyweight', 'isolation'], [['abdominals', 'primary', 0.7]]);
 * ```
 */
export function defineMovement(
  slug: string,
  name: string,
  [pattern, equipment, mechanic, sidedness]: MovementTraits,
  muscles: readonly MuscleTuple[],
): MovementDefinition {
  return {
    slug,
    name,
    pattern,
    equipment,
    mechanic,
    unilateral: sidedness === 'unilateral',
    muscles: muscles.map(([muscle, role, magnitude]) => ({ muscle, role, magnitude })),
  };
}

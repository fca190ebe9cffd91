import { NotFoundError } from '@trainkit/core';
import type { MuscleDefinition } from './muscle-definition.js';
import { MUSCLES_BY_SLUG } from './muscle-index.js';

/**
 * Returns the muscle group with this slug; throws core's `NotFoundError` (entity `muscles`) when there is none.
 *
 * @example
 * ```ts
 * requireMuscle('glutes').name; // 'Glutes'
 * requireMuscle('wings'); // throws NotFoundError
 * ```
 */
export function requireMuscle(slug: string): MuscleDefinition {
  const muscle = MUSCLES_BY_SLUG.get(slug);
  if (muscle === undefined) throw new NotFoundError('muscles', slug);
  return muscle;
}

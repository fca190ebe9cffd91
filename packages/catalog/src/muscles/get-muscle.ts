import type { MuscleDefinition } from './muscle-definition.js';
import { MUSCLES_BY_SLUG } from './muscle-index.js';

/**
 * Returns the muscle group with this slug, or `undefined` when there is none. Never throws.
 *
 * @example
 * ```ts
 * getMuscle('quadriceps')?.region; // 'lower_anterior'
 * getMuscle('wings'); // undefined
 * ```
 */
export function getMuscle(slug: string): MuscleDefinition | undefined {
  return MUSCLES_BY_SLUG.get(slug);
}

import type { MovementDefinition } from './movement-definition.js';
import { MOVEMENTS_BY_SLUG } from './movement-index.js';

/**
 * Returns the movement with this slug, or `undefined` when there is none. Never throws.
 *
 * @example
 * ```ts
 * getMovement('back_squat')?.equipment; // 'barbell'
 * getMovement('unknown_lift'); // undefined
 * ```
 */
export function getMovement(slug: string): MovementDefinition | undefined {
  return MOVEMENTS_BY_SLUG.get(slug);
}

import { NotFoundError } from '@trainkit/core';
import type { MovementDefinition } from './movement-definition.js';
import { MOVEMENTS_BY_SLUG } from './movement-index.js';

/**
 * Returns the movement with this slug; throws core's `NotFoundError` (entity `movements`) when there is none.
 *
 * @example
 * ```ts
 * requireMovement('pull_up').pattern; // 'vertical_pull'
 * requireMovement('unknown_lift'); // throws NotFoundError
 * ```
 */
export function requireMovement(slug: string): MovementDefinition {
  const movement = MOVEMENTS_BY_SLUG.get(slug);
  if (movement === undefined) throw new NotFoundError('movements', slug);
  return movement;
}

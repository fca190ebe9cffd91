import { expandMovementProgressions } from './expand-movement-progressions.js';
import type { MovementProgression } from './movement-progression-definition.js';
import { MOVEMENT_PROGRESSION_LADDERS, MOVEMENT_VARIATION_PAIRS } from './movement-progression-ladders.js';

/**
 * Every edge of the movement graph: the progressions and regressions of {@link MOVEMENT_PROGRESSION_LADDERS} and the
 * variations of {@link MOVEMENT_VARIATION_PAIRS}. Each edge has its inverse; no two edges share a source and target.
 *
 * @example
 * ```ts
 * MOVEMENT_PROGRESSIONS.filter((edge) => edge.source === 'push_up' && edge.relationshipType === 'progression')
 *   .map((edge) => edge.target); // ['diamond_push_up', 'decline_push_up', 'planche_lean', 'pike_push_up']
 * ```
 */
export const MOVEMENT_PROGRESSIONS: readonly MovementProgression[] = expandMovementProgressions(
  MOVEMENT_PROGRESSION_LADDERS,
  MOVEMENT_VARIATION_PAIRS,
);

import type { MovementRelationshipType } from '@trainkit/core';
import type { MovementProgression } from './movement-progression-definition.js';
import { MOVEMENT_PROGRESSIONS } from './movement-progressions.js';

/**
 * The edges leaving a movement, optionally of one relationship type: its next steps (`progression`), its easier
 * options (`regression`) or its siblings (`variation`). Smallest absolute difficulty change first, ties in catalog
 * order. Returns an empty list for an unknown movement. Never throws.
 *
 * @example
 * ```ts
 * movementProgressionsFrom('push_up', 'regression').map((edge) => edge.target); // ['knee_push_up']
 * movementProgressionsFrom('pull_up', 'variation').map((edge) => edge.target); // ['kipping_pull_up', 'chin_up']
 * ```
 */
export function movementProgressionsFrom(slug: string, relationshipType?: MovementRelationshipType): readonly MovementProgression[] {
  return MOVEMENT_PROGRESSIONS.map((edge, order) => ({ edge, order }))
    .filter(({ edge }) => edge.source === slug && (relationshipType === undefined || edge.relationshipType === relationshipType))
    .sort((left, right) => Math.abs(left.edge.difficultyDelta) - Math.abs(right.edge.difficultyDelta) || left.order - right.order)
    .map(({ edge }) => edge);
}

import { MovementRelationshipTypeSchema } from '@trainkit/core';
import { z } from 'zod';

/**
 * An edge of the movement graph as {@link buildProgressionGraph} takes it: a stored `movement_progressions` row, or a
 * catalog seed row, fits as it is. A missing `difficulty_delta` counts as one rung (`+1` for a `progression`, `-1`
 * for a `regression`, `0` for a `variation`).
 *
 * @example
 * ```ts
 * ProgressionEdgeInputSchema.parse({
 *   source_movement_id: 'mov_knee_push_up', target_movement_id: 'mov_push_up', relationship_type: 'progression', difficulty_delta: 1,
 * });
 * ```
 */
export const ProgressionEdgeInputSchema = z.object({
  /** Row id, when the edge is stored. */
  id: z.string().min(1).optional(),
  /** Movement id the edge starts from. */
  source_movement_id: z.string().min(1),
  /** Movement id the edge leads to. */
  target_movement_id: z.string().min(1),
  /** `progression` (target harder), `regression` (target easier) or `variation`. */
  relationship_type: MovementRelationshipTypeSchema,
  /** Target difficulty minus source difficulty, in ladder rungs. */
  difficulty_delta: z.number().finite().nullable().optional(),
  /** The ladder or family the edge belongs to. */
  notes: z.string().nullable().optional(),
});

/**
 * See {@link ProgressionEdgeInputSchema}.
 *
 * @example
 * ```ts
 * const edge: ProgressionEdgeInput = {
 *   source_movement_id: 'mov_pull_up', target_movement_id: 'mov_chin_up', relationship_type: 'variation', difficulty_delta: -0.5,
 * };
 * ```
 */
export type ProgressionEdgeInput = z.input<typeof ProgressionEdgeInputSchema>;

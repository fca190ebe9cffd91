import { MovementRelationshipTypeSchema } from '@trainkit/core';
import { z } from 'zod';

/**
 * A directed edge of the movement graph (`movement_progressions`): from `source` to `target`, a `progression` (the
 * target is harder), a `regression` (the target is easier) or a `variation` (a sibling of similar difficulty).
 *
 * `difficultyDelta` is the target's difficulty minus the source's, in ladder steps: 1 is one ordinary rung of a skill
 * ladder (knee push-up to push-up), 2 a big jump (tuck to full L-sit), 3 a long-term goal (tuck to full front lever).
 * Progressions are positive, regressions negative, variations within -1..1. Every edge has its inverse in the graph:
 * a progression A→B with delta d comes with a regression B→A with delta −d, a variation with the reverse variation.
 *
 * @example
 * ```ts
 * MovementProgressionSchema.parse({
 *   source: 'knee_push_up', target: 'push_up', relationshipType: 'progression', difficultyDelta: 1, notes: 'push-up ladder',
 * });
 * ```
 */
export const MovementProgressionSchema = z
  .object({
    /** Slug of the movement the edge starts from. */
    source: z.string().min(1),
    /** Slug of the movement the edge leads to. */
    target: z.string().min(1),
    /** `progression`, `regression` or `variation`. */
    relationshipType: MovementRelationshipTypeSchema,
    /** Target difficulty minus source difficulty, in ladder steps. */
    difficultyDelta: z.number().min(-5).max(5),
    /** Which ladder or family the edge belongs to, or null. */
    notes: z.string().min(1).nullable(),
  })
  .refine((edge) => edge.source !== edge.target, 'an edge needs two different movements')
  .refine(
    (edge) =>
      (edge.relationshipType === 'progression' && edge.difficultyDelta > 0) ||
      (edge.relationshipType === 'regression' && edge.difficultyDelta < 0) ||
      (edge.relationshipType === 'variation' && Math.abs(edge.difficultyDelta) <= 1),
    'difficultyDelta must be positive for a progression, negative for a regression and within -1..1 for a variation',
  );

/**
 * An edge of the movement graph, see {@link MovementProgressionSchema}.
 *
 * @example
 * ```ts
 * const edge: MovementProgression = {
 *   source: 'pull_up', target: 'chin_up', relationshipType: 'variation', difficultyDelta: -0.5, notes: null,
 * };
 * ```
 */
export type MovementProgression = z.output<typeof MovementProgressionSchema>;

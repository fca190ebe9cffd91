import { MovementConstraintLevelSchema } from '@trainkit/core';
import { z } from 'zod';

/**
 * A user's constraint on one movement as scaling reads it: a stored `user_movement_constraints` row fits as it is.
 * `hard_no` never programs the movement; `limited` is used only when nothing `allowed` or `preferred` is as close;
 * `preferred` wins ties; no row counts as `allowed`. `reason` (an injury, a dislike) is quoted in explanations.
 *
 * @example
 * ```ts
 * ScaleConstraintSchema.parse({ movement_id: 'mov_pull_up', level: 'hard_no', reason: 'elbow tendinopathy' });
 * ```
 */
export const ScaleConstraintSchema = z.object({
  /** The constrained movement id. */
  movement_id: z.string().min(1),
  /** `preferred`, `allowed`, `limited` or `hard_no`. */
  level: MovementConstraintLevelSchema,
  /** Why, e.g. an injury. */
  reason: z.string().nullable().optional(),
});

/**
 * See {@link ScaleConstraintSchema}.
 *
 * @example
 * ```ts
 * const constraint: ScaleConstraint = { movement_id: 'mov_back_squat', level: 'limited', reason: 'knee, keep it light' };
 * ```
 */
export type ScaleConstraint = z.input<typeof ScaleConstraintSchema>;

import { MovementConstraintLevelSchema } from '@trainkit/core';
import { z } from 'zod';

/**
 * A movement constraint for `trainkit.skills.setConstraint`: the user, the movement (catalog slug such as `pull_up`,
 * or a `movements` id), the level (`preferred`, `allowed`, `limited`, or `hard_no`: never program it) and why (an
 * injury, a dislike; quoted in every scaling explanation). One row per user and movement: setting it again
 * replaces it.
 *
 * @example
 * ```ts
 * SetConstraintInputSchema.parse({ userId: 'athlete_1', movement: 'pull_up', level: 'hard_no', reason: 'elbow tendinopathy' });
 * ```
 */
export const SetConstraintInputSchema = z.strictObject({
  userId: z.string(),
  movement: z.string().trim().min(1),
  level: MovementConstraintLevelSchema,
  reason: z.string().nullable().optional(),
});

/**
 * What `trainkit.skills.setConstraint` accepts, see {@link SetConstraintInputSchema}.
 *
 * @example
 * ```ts
 * const input: SetConstraintInput = { userId: 'athlete_1', movement: 'back_squat', level: 'limited', reason: 'knee' };
 * ```
 */
export type SetConstraintInput = z.input<typeof SetConstraintInputSchema>;

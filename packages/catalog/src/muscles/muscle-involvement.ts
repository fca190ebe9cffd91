import { MuscleRoleSchema } from '@trainkit/core';
import { z } from 'zod';
import { MuscleSlugSchema } from './muscle-slugs.js';

/**
 * How much one muscle group works in a movement or activity: its role (`primary`, `secondary`, `stabilizer`) and a
 * magnitude from 0 to 1 (1 = the muscle is a limiting mover working near its capacity; 0.2 = light isometric
 * support). These are the `movement_muscle_map` / `activity_muscle_map` entries.
 *
 * @example
 * ```ts
 * MuscleInvolvementSchema.parse({ muscle: 'quadriceps', role: 'primary', magnitude: 1 });
 * ```
 */
export const MuscleInvolvementSchema = z.object({
  /** The muscle group. */
  muscle: MuscleSlugSchema,
  /** Primary mover, secondary (synergist) or stabilizer. */
  role: MuscleRoleSchema,
  /** Share of the muscle's working capacity, 0..1. */
  magnitude: z.number().min(0).max(1),
});

/**
 * One muscle's involvement, see {@link MuscleInvolvementSchema}.
 *
 * @example
 * ```ts
 * const involvement: MuscleInvolvement = { muscle: 'lower_back', role: 'stabilizer', magnitude: 0.5 };
 * ```
 */
export type MuscleInvolvement = z.output<typeof MuscleInvolvementSchema>;

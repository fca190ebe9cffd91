import { MuscleRoleSchema } from '@trainkit/core';
import { z } from 'zod';
import { SlugSchema } from './slug-schema.js';

/**
 * One muscle a movement or activity works: the muscle slug, its role (`primary`, `secondary`, `stabilizer`) and a
 * magnitude 0..1. The same shape as the catalog's muscle involvement, so catalog maps pass through unchanged.
 *
 * @example
 * ```ts
 * MuscleMapEntrySchema.parse({ muscle: 'quadriceps', role: 'primary', magnitude: 1 });
 * ```
 */
export const MuscleMapEntrySchema = z.strictObject({
  /** Muscle slug, e.g. `quadriceps`. Muscles the config does not list get its `default` recovery and capacity. */
  muscle: SlugSchema,
  /** Role of the muscle; weighted by `muscles.role_weights`. */
  role: MuscleRoleSchema,
  /** Share of the muscle's working capacity, 0..1. */
  magnitude: z.number().min(0).max(1),
});

/**
 * One muscle entry, see {@link MuscleMapEntrySchema}.
 *
 * @example
 * ```ts
 * const entry: MuscleMapEntry = { muscle: 'glutes', role: 'secondary', magnitude: 0.5 };
 * ```
 */
export type MuscleMapEntry = z.output<typeof MuscleMapEntrySchema>;

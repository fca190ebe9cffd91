import { BodyRegionSchema } from '@trainkit/core';
import { z } from 'zod';
import { MuscleSlugSchema } from './muscle-slugs.js';

/**
 * A muscle group of the catalog: its stable slug, display name, body region and the anatomical muscles it groups.
 *
 * @example
 * ```ts
 * MuscleDefinitionSchema.parse({
 *   slug: 'calves',
 *   name: 'Calves',
 *   region: 'lower_leg',
 *   anatomy: ['gastrocnemius', 'soleus'],
 * });
 * ```
 */
export const MuscleDefinitionSchema = z.object({
  /** Stable key, one of the muscle slugs. */
  slug: MuscleSlugSchema,
  /** Display name. */
  name: z.string().min(1),
  /** Body region (`BODY_REGIONS` of `@trainkit/core`). */
  region: BodyRegionSchema,
  /** The anatomical muscles this group stands for, lower case. */
  anatomy: z.array(z.string().min(1)).min(1).readonly(),
});

/**
 * A muscle group, see {@link MuscleDefinitionSchema}.
 *
 * @example
 * ```ts
 * const lats: MuscleDefinition = { slug: 'lats', name: 'Lats', region: 'upper_pull', anatomy: ['latissimus dorsi'] };
 * ```
 */
export type MuscleDefinition = z.output<typeof MuscleDefinitionSchema>;

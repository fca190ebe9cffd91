import { ActivityCategorySchema, ActivityMetricTypeSchema } from '@trainkit/core';
import { z } from 'zod';
import { DisciplineSlugSchema } from '../disciplines/discipline-slugs.js';
import { MuscleInvolvementSchema } from '../muscles/muscle-involvement.js';
import { ActivityMetSchema } from './activity-met.js';
import { ActivitySlugSchema } from './activity-slugs.js';

/**
 * An activity definition (`activity_definitions`): what a session is — running, padel, bouldering, gardening — with
 * its category, discipline, headline metric, usual equipment, MET value (Compendium of Physical Activities, code
 * cited), CNS impact and the muscles it loads (`activity_muscle_map`).
 *
 * `cnsImpact` (0..1) is the share of a session's systemic load that is neural and acute, on the scale of the fatigue
 * heuristics' `cnsFactor` (fatigue.md §5.3: running 0.9, cycling 0.8, hiking 0.4, tennis 0.8, climbing 1.0): about
 * 0 for passive recovery (sauna, meditation), 0.1–0.3 for easy movement (walking, yoga, gardening), 0.4–0.6 for
 * steady aerobic or leisure play, 0.7–0.8 for hard endurance and ball sports, 0.9–1.0 for maximal strength, Olympic
 * lifting, limit climbing, combat and interval work. It is a population-average heuristic, not a measurement.
 *
 * @example
 * ```ts
 * ActivityDefinitionSchema.parse({
 *   slug: 'walking', name: 'Walking', category: 'cardio', discipline: null, defaultMetricType: 'distance',
 *   defaultEquipmentTags: [], met: null, metNote: 'example', cnsImpact: 0.1, muscles: [],
 * });
 * ```
 */
export const ActivityDefinitionSchema = z
  .object({
    /** Stable key, one of the activity slugs. */
    slug: ActivitySlugSchema,
    /** Display name. */
    name: z.string().min(1),
    /** Category (`ACTIVITY_CATEGORIES` of `@trainkit/core`). */
    category: ActivityCategorySchema,
    /** The discipline it belongs to, or null (hobbies such as gardening). */
    discipline: DisciplineSlugSchema.nullable(),
    /** What a manual log asks for first (`ACTIVITY_METRIC_TYPES` of `@trainkit/core`). */
    defaultMetricType: ActivityMetricTypeSchema,
    /**
     * Equipment usually needed, as lowercase tags (`bicycle`, `racket`, `skis`, or `EQUIPMENT` values of
     * `@trainkit/core` such as `barbell`, `rower`, `sled`); all of them are written to the `default_equipment_tags` column.
     */
    defaultEquipmentTags: z.array(z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/)).readonly(),
    /** MET value with its Compendium source, or null when no Compendium entry applies. */
    met: ActivityMetSchema.nullable(),
    /** Why the MET is a proxy or missing; null when the Compendium lists the activity. */
    metNote: z.string().min(1).nullable(),
    /** Neural and acute share of the systemic load, 0..1 (see above). */
    cnsImpact: z.number().min(0).max(1),
    /** The muscles the activity loads (empty for passive recovery and the fallback). */
    muscles: z
      .array(MuscleInvolvementSchema)
      .readonly()
      .refine((muscles) => new Set(muscles.map((involvement) => involvement.muscle)).size === muscles.length, 'a muscle is listed twice'),
  })
  .refine((activity) => (activity.met === null || activity.met.basis === 'proxy') === (activity.metNote !== null), {
    message: 'metNote is required exactly when the MET is missing or a proxy',
    path: ['metNote'],
  });

/**
 * An activity definition, see {@link ActivityDefinitionSchema}.
 *
 * @example
 * ```ts
 * const activity: ActivityDefinition | undefined = getActivityDefinition('padel');
 * ```
 */
export type ActivityDefinition = z.output<typeof ActivityDefinitionSchema>;

import type { ActivityCategory, ActivityMetricType } from '@trainkit/core';
import type { DisciplineSlug } from '../disciplines/discipline-slugs.js';
import type { MuscleTuple } from '../movements/define-movement.js';
import type { ActivityDefinition } from './activity-definition.js';
import type { CompendiumEdition } from './activity-met.js';
import type { ActivitySlug } from './activity-slugs.js';

/** `[code, value, description]` of a listed Compendium activity, with the edition when it is not 2011. */
export type MetTuple = readonly [code: string, value: number, description: string, edition?: CompendiumEdition];

/** The compact form the activity data files are written in. */
export interface ActivitySpec {
  readonly category: ActivityCategory;
  readonly discipline: DisciplineSlug | null;
  readonly metric: ActivityMetricType;
  readonly equipment?: readonly string[];
  /** The Compendium entry; with `proxyNote` it stands in for an activity the Compendium does not list. */
  readonly met: MetTuple | null;
  /** Why the MET is a proxy (with `met`) or missing (with `met: null`). */
  readonly proxyNote?: string;
  readonly cns: number;
  readonly muscles: readonly MuscleTuple[];
}

/**
 * Builds an {@link ActivityDefinition} from the compact data form (internal to the catalog's data files).
 *
 * @example
 * ```ts
 * defineActivity('hiking', 'Hiking', {
 *   category: 'hobby', discipline: 'hiking', metric: 'distance', met: ['17080', 6, 'hiking, cross country'], cns: 0.4,
 *   muscles: [['quadriceps', 'primary', 1]],
 * });
 * ```
 */
export function defineActivity(slug: ActivitySlug, name: string, spec: ActivitySpec): ActivityDefinition {
  const met =
    spec.met === null
      ? null
      : {
          value: spec.met[1],
          compendiumCode: spec.met[0],
          edition: spec.met[3] ?? '2011',
          description: spec.met[2],
          basis: spec.proxyNote === undefined ? ('listed' as const) : ('proxy' as const),
        };
  return {
    slug,
    name,
    category: spec.category,
    discipline: spec.discipline,
    defaultMetricType: spec.metric,
    defaultEquipmentTags: spec.equipment ?? [],
    met,
    metNote: spec.proxyNote ?? null,
    cnsImpact: spec.cns,
    muscles: spec.muscles.map(([muscle, role, magnitude]) => ({ muscle, role, magnitude })),
  };
}

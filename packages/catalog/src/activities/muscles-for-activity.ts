import type { MuscleRole } from '@trainkit/core';
import { sortInvolvements } from '../muscles/sort-involvements.js';
import type { MuscleInvolvement } from '../muscles/muscle-involvement.js';
import { ACTIVITY_DEFINITIONS_BY_SLUG } from './activity-index.js';

/**
 * The muscles an activity loads, primary first and strongest first within a role, optionally only those of the given
 * roles. Returns an empty list for an unknown activity (and for passive ones such as `sauna`). Never throws.
 *
 * @example
 * ```ts
 * musclesForActivity('climbing', ['primary']).map((involvement) => involvement.muscle); // ['forearms', 'lats', 'biceps']
 * ```
 */
export function musclesForActivity(slug: string, roles?: readonly MuscleRole[]): readonly MuscleInvolvement[] {
  const activity = ACTIVITY_DEFINITIONS_BY_SLUG.get(slug);
  if (activity === undefined) return [];
  return sortInvolvements(activity.muscles.filter((involvement) => roles === undefined || roles.includes(involvement.role)));
}

import type { ActivityDefinition } from './activity-definition.js';
import { ACTIVITY_DEFINITIONS } from './activity-definitions.js';

/**
 * The activity definitions that belong to a discipline, in catalog order. Returns an empty list for an unknown
 * discipline. Never throws.
 *
 * @example
 * ```ts
 * activitiesForDiscipline('running').map((activity) => activity.slug); // ['running', 'trail_running', 'obstacle_course_racing']
 * ```
 */
export function activitiesForDiscipline(discipline: string): readonly ActivityDefinition[] {
  return ACTIVITY_DEFINITIONS.filter((activity) => activity.discipline === discipline);
}

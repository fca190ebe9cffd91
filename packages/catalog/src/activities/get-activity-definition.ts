import type { ActivityDefinition } from './activity-definition.js';
import { ACTIVITY_DEFINITIONS_BY_SLUG } from './activity-index.js';

/**
 * Returns the activity definition with this slug, or `undefined` when there is none. Never throws.
 *
 * @example
 * ```ts
 * getActivityDefinition('padel')?.category; // 'sport'
 * getActivityDefinition('quidditch'); // undefined
 * ```
 */
export function getActivityDefinition(slug: string): ActivityDefinition | undefined {
  return ACTIVITY_DEFINITIONS_BY_SLUG.get(slug);
}

import { NotFoundError } from '@trainkit/core';
import type { ActivityDefinition } from './activity-definition.js';
import { ACTIVITY_DEFINITIONS_BY_SLUG } from './activity-index.js';

/**
 * Returns the activity definition with this slug; throws core's `NotFoundError` (entity `activity_definitions`) when
 * there is none.
 *
 * @example
 * ```ts
 * requireActivityDefinition('running').met?.value; // 8
 * requireActivityDefinition('quidditch'); // throws NotFoundError
 * ```
 */
export function requireActivityDefinition(slug: string): ActivityDefinition {
  const activity = ACTIVITY_DEFINITIONS_BY_SLUG.get(slug);
  if (activity === undefined) throw new NotFoundError('activity_definitions', slug);
  return activity;
}

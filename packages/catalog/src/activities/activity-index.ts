import type { ActivityDefinition } from './activity-definition.js';
import { ACTIVITY_DEFINITIONS } from './activity-definitions.js';

/** Activity definitions by slug (internal index behind the lookups). */
export const ACTIVITY_DEFINITIONS_BY_SLUG: ReadonlyMap<string, ActivityDefinition> = new Map(
  ACTIVITY_DEFINITIONS.map((activity) => [activity.slug, activity]),
);

import type { ActivityDefinition } from './activity-definition.js';
import { defineActivity } from './define-activity.js';

/**
 * The fallback activity definition (`other`): what an unknown provider sport or an unclassifiable manual entry maps to.
 * It has no MET, no muscle map and a middling CNS impact, so load falls back to heart rate, RPE or duration.
 *
 * @example
 * ```ts
 * OTHER_ACTIVITY.slug; // 'other'
 * ```
 */
export const OTHER_ACTIVITY: ActivityDefinition = defineActivity('other', 'Other activity', {
  category: 'other',
  discipline: null,
  metric: 'duration',
  met: null,
  proxyNote: 'Unknown activity: no Compendium code applies.',
  cns: 0.5,
  muscles: [],
});

import type { ActivityDefinition } from './activity-definition.js';
import { COMBAT_SPORT_ACTIVITIES } from './combat-sport-activities.js';
import { ENDURANCE_ACTIVITIES } from './endurance-activities.js';
import { GYM_ACTIVITIES } from './gym-activities.js';
import { LEISURE_ACTIVITIES } from './leisure-activities.js';
import { MIND_BODY_AND_RECOVERY_ACTIVITIES } from './mind-body-and-recovery-activities.js';
import { OTHER_ACTIVITY } from './other-activity.js';
import { OUTDOOR_ACTIVITIES } from './outdoor-activities.js';
import { RACKET_SPORT_ACTIVITIES } from './racket-sport-activities.js';
import { TEAM_SPORT_ACTIVITIES } from './team-sport-activities.js';
import { WATER_ACTIVITIES } from './water-activities.js';
import { WINTER_AND_BOARD_ACTIVITIES } from './winter-and-board-activities.js';

/**
 * Every activity definition of the catalog, group by group, ending with the {@link OTHER_ACTIVITY} fallback.
 *
 * @example
 * ```ts
 * ACTIVITY_DEFINITIONS.filter((activity) => activity.category === 'sport').map((activity) => activity.slug);
 * ```
 */
export const ACTIVITY_DEFINITIONS: readonly ActivityDefinition[] = [
  ...ENDURANCE_ACTIVITIES,
  ...GYM_ACTIVITIES,
  ...MIND_BODY_AND_RECOVERY_ACTIVITIES,
  ...OUTDOOR_ACTIVITIES,
  ...WINTER_AND_BOARD_ACTIVITIES,
  ...WATER_ACTIVITIES,
  ...RACKET_SPORT_ACTIVITIES,
  ...TEAM_SPORT_ACTIVITIES,
  ...COMBAT_SPORT_ACTIVITIES,
  ...LEISURE_ACTIVITIES,
  OTHER_ACTIVITY,
];

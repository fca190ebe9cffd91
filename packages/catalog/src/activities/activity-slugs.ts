import { z } from 'zod';

/**
 * The activity definitions of the catalog (what a performed or planned session is), `other` being the fallback for
 * anything unmapped. Slugs are stable: never renamed or reused.
 *
 * @example
 * ```ts
 * ACTIVITY_SLUGS.includes('trail_running'); // true
 * ```
 */
export const ACTIVITY_SLUGS = [
  // Endurance
  'running', 'trail_running', 'walking', 'nordic_walking', 'cycling', 'mountain_biking', 'indoor_cycling', 'e_biking',
  'handcycling', 'wheelchair', 'swimming', 'open_water_swimming', 'water_aerobics', 'rowing', 'indoor_rowing',
  'elliptical', 'stair_stepper', 'stair_climbing', 'jump_rope', 'hiit', 'cardio_class', 'multisport',
  'obstacle_course_racing', 'hyrox',
  // Gym
  'strength_training', 'general_workout', 'functional_training', 'crossfit', 'powerlifting', 'olympic_weightlifting',
  'bodybuilding', 'strongman', 'calisthenics', 'core_training', 'gymnastics',
  // Mind-body and recovery
  'yoga', 'pilates', 'mobility', 'tai_chi', 'meditation', 'sauna', 'cold_plunge',
  // Outdoor
  'hiking', 'rucking', 'mountaineering', 'climbing', 'bouldering',
  // Winter
  'alpine_skiing', 'snowboarding', 'cross_country_skiing', 'backcountry_skiing', 'snowshoeing', 'ice_skating',
  'inline_skating', 'skateboarding',
  // Water
  'surfing', 'kitesurfing', 'windsurfing', 'sailing', 'kayaking', 'canoeing', 'stand_up_paddling', 'water_skiing',
  'scuba_diving',
  // Racket
  'tennis', 'padel', 'pickleball', 'squash', 'racquetball', 'badminton', 'table_tennis',
  // Team
  'soccer', 'basketball', 'volleyball', 'beach_volleyball', 'rugby', 'american_football', 'ice_hockey', 'field_hockey',
  'handball', 'lacrosse', 'baseball_softball', 'cricket', 'ultimate_frisbee', 'water_polo',
  // Combat
  'boxing', 'kickboxing', 'martial_arts', 'brazilian_jiu_jitsu', 'wrestling', 'fencing',
  // Leisure
  'golf', 'dance', 'horseback_riding', 'gardening', 'housework', 'fishing', 'archery', 'bowling',
  // Fallback
  'other',
] as const;

/**
 * One of {@link ACTIVITY_SLUGS}.
 *
 * @example
 * ```ts
 * const activity: ActivitySlug = 'padel';
 * ```
 */
export type ActivitySlug = (typeof ACTIVITY_SLUGS)[number];

/**
 * Schema of {@link ACTIVITY_SLUGS}.
 *
 * @example
 * ```ts
 * ActivitySlugSchema.parse('bouldering');
 * ```
 */
export const ActivitySlugSchema = z.enum(ACTIVITY_SLUGS);

/**
 * The fallback activity for anything a provider or user names that the catalog does not know.
 *
 * @example
 * ```ts
 * mapProviderActivityType('strava', 'Quidditch').activityDefinitionSlug === OTHER_ACTIVITY_SLUG; // true
 * ```
 */
export const OTHER_ACTIVITY_SLUG = 'other' satisfies ActivitySlug;

import type { ActivitySlug } from '../activities/activity-slugs.js';

/**
 * An Apple HealthKit workout activity type: its raw value, its case name (`running`; the export file writes it as
 * `HKWorkoutActivityTypeRunning`) and the activity definition it maps to.
 */
export interface AppleWorkoutActivityType {
  /** `HKWorkoutActivityType` raw value (1–84, and 3000 for `other`). */
  readonly rawValue: number;
  /** Case name, without the `HKWorkoutActivityType` prefix. */
  readonly name: string;
  /** The catalog activity it maps to. */
  readonly activity: ActivitySlug;
}

/**
 * Every `HKWorkoutActivityType` (84 cases: raw values 1–80, 82–84 and 3000 `other`; `dance`, `danceInspiredTraining`
 * and `mixedMetabolicCardioTraining` are deprecated by Apple but still appear in old exports). Umbrella types map to
 * their most common member: `paddleSports` to kayaking, `snowSports` to alpine skiing, `skatingSports` to ice skating,
 * `hockey` to ice hockey.
 *
 * @example
 * ```ts
 * APPLE_WORKOUT_ACTIVITY_TYPES.find((type) => type.rawValue === 50)?.name; // 'traditionalStrengthTraining'
 * ```
 */
export const APPLE_WORKOUT_ACTIVITY_TYPES: readonly AppleWorkoutActivityType[] = [
  { rawValue: 1, name: 'americanFootball', activity: 'american_football' },
  { rawValue: 2, name: 'archery', activity: 'archery' },
  { rawValue: 3, name: 'australianFootball', activity: 'other' },
  { rawValue: 4, name: 'badminton', activity: 'badminton' },
  { rawValue: 5, name: 'baseball', activity: 'baseball_softball' },
  { rawValue: 6, name: 'basketball', activity: 'basketball' },
  { rawValue: 7, name: 'bowling', activity: 'bowling' },
  { rawValue: 8, name: 'boxing', activity: 'boxing' },
  { rawValue: 9, name: 'climbing', activity: 'climbing' },
  { rawValue: 10, name: 'cricket', activity: 'cricket' },
  { rawValue: 11, name: 'crossTraining', activity: 'functional_training' },
  { rawValue: 12, name: 'curling', activity: 'other' },
  { rawValue: 13, name: 'cycling', activity: 'cycling' },
  { rawValue: 14, name: 'dance', activity: 'dance' },
  { rawValue: 15, name: 'danceInspiredTraining', activity: 'cardio_class' },
  { rawValue: 16, name: 'elliptical', activity: 'elliptical' },
  { rawValue: 17, name: 'equestrianSports', activity: 'horseback_riding' },
  { rawValue: 18, name: 'fencing', activity: 'fencing' },
  { rawValue: 19, name: 'fishing', activity: 'fishing' },
  { rawValue: 20, name: 'functionalStrengthTraining', activity: 'functional_training' },
  { rawValue: 21, name: 'golf', activity: 'golf' },
  { rawValue: 22, name: 'gymnastics', activity: 'gymnastics' },
  { rawValue: 23, name: 'handball', activity: 'handball' },
  { rawValue: 24, name: 'hiking', activity: 'hiking' },
  { rawValue: 25, name: 'hockey', activity: 'ice_hockey' },
  { rawValue: 26, name: 'hunting', activity: 'other' },
  { rawValue: 27, name: 'lacrosse', activity: 'lacrosse' },
  { rawValue: 28, name: 'martialArts', activity: 'martial_arts' },
  { rawValue: 29, name: 'mindAndBody', activity: 'yoga' },
  { rawValue: 30, name: 'mixedMetabolicCardioTraining', activity: 'cardio_class' },
  { rawValue: 31, name: 'paddleSports', activity: 'kayaking' },
  { rawValue: 32, name: 'play', activity: 'other' },
  { rawValue: 33, name: 'preparationAndRecovery', activity: 'mobility' },
  { rawValue: 34, name: 'racquetball', activity: 'racquetball' },
  { rawValue: 35, name: 'rowing', activity: 'rowing' },
  { rawValue: 36, name: 'rugby', activity: 'rugby' },
  { rawValue: 37, name: 'running', activity: 'running' },
  { rawValue: 38, name: 'sailing', activity: 'sailing' },
  { rawValue: 39, name: 'skatingSports', activity: 'ice_skating' },
  { rawValue: 40, name: 'snowSports', activity: 'alpine_skiing' },
  { rawValue: 41, name: 'soccer', activity: 'soccer' },
  { rawValue: 42, name: 'softball', activity: 'baseball_softball' },
  { rawValue: 43, name: 'squash', activity: 'squash' },
  { rawValue: 44, name: 'stairClimbing', activity: 'stair_stepper' },
  { rawValue: 45, name: 'surfingSports', activity: 'surfing' },
  { rawValue: 46, name: 'swimming', activity: 'swimming' },
  { rawValue: 47, name: 'tableTennis', activity: 'table_tennis' },
  { rawValue: 48, name: 'tennis', activity: 'tennis' },
  { rawValue: 49, name: 'trackAndField', activity: 'running' },
  { rawValue: 50, name: 'traditionalStrengthTraining', activity: 'strength_training' },
  { rawValue: 51, name: 'volleyball', activity: 'volleyball' },
  { rawValue: 52, name: 'walking', activity: 'walking' },
  { rawValue: 53, name: 'waterFitness', activity: 'water_aerobics' },
  { rawValue: 54, name: 'waterPolo', activity: 'water_polo' },
  { rawValue: 55, name: 'waterSports', activity: 'other' },
  { rawValue: 56, name: 'wrestling', activity: 'wrestling' },
  { rawValue: 57, name: 'yoga', activity: 'yoga' },
  { rawValue: 58, name: 'barre', activity: 'pilates' },
  { rawValue: 59, name: 'coreTraining', activity: 'core_training' },
  { rawValue: 60, name: 'crossCountrySkiing', activity: 'cross_country_skiing' },
  { rawValue: 61, name: 'downhillSkiing', activity: 'alpine_skiing' },
  { rawValue: 62, name: 'flexibility', activity: 'mobility' },
  { rawValue: 63, name: 'highIntensityIntervalTraining', activity: 'hiit' },
  { rawValue: 64, name: 'jumpRope', activity: 'jump_rope' },
  { rawValue: 65, name: 'kickboxing', activity: 'kickboxing' },
  { rawValue: 66, name: 'pilates', activity: 'pilates' },
  { rawValue: 67, name: 'snowboarding', activity: 'snowboarding' },
  { rawValue: 68, name: 'stairs', activity: 'stair_climbing' },
  { rawValue: 69, name: 'stepTraining', activity: 'cardio_class' },
  { rawValue: 70, name: 'wheelchairWalkPace', activity: 'wheelchair' },
  { rawValue: 71, name: 'wheelchairRunPace', activity: 'wheelchair' },
  { rawValue: 72, name: 'taiChi', activity: 'tai_chi' },
  { rawValue: 73, name: 'mixedCardio', activity: 'cardio_class' },
  { rawValue: 74, name: 'handCycling', activity: 'handcycling' },
  { rawValue: 75, name: 'discSports', activity: 'ultimate_frisbee' },
  { rawValue: 76, name: 'fitnessGaming', activity: 'other' },
  { rawValue: 77, name: 'cardioDance', activity: 'cardio_class' },
  { rawValue: 78, name: 'socialDance', activity: 'dance' },
  { rawValue: 79, name: 'pickleball', activity: 'pickleball' },
  { rawValue: 80, name: 'cooldown', activity: 'mobility' },
  { rawValue: 82, name: 'swimBikeRun', activity: 'multisport' },
  { rawValue: 83, name: 'transition', activity: 'multisport' },
  { rawValue: 84, name: 'underwaterDiving', activity: 'scuba_diving' },
  { rawValue: 3000, name: 'other', activity: 'other' },
];

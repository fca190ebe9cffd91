import type { ActivitySlug } from '../activities/activity-slugs.js';
import type { StravaSportType } from './strava-sport-types.js';

/**
 * Strava `sport_type` (and the deprecated `type`, whose values are a subset) to activity definition slug. Covers all
 * {@link STRAVA_SPORT_TYPES} plus sport types Strava added later (`Padel`, `Basketball`, `Volleyball`, `Cricket`,
 * `Dance`); keys are matched case-, space- and punctuation-insensitively.
 *
 * @example
 * ```ts
 * STRAVA_ACTIVITY_MAP.MountainBikeRide; // 'mountain_biking'
 * ```
 */
export const STRAVA_ACTIVITY_MAP: Readonly<Record<StravaSportType, ActivitySlug> & Record<string, ActivitySlug>> = {
  AlpineSki: 'alpine_skiing',
  BackcountrySki: 'backcountry_skiing',
  Badminton: 'badminton',
  Canoeing: 'canoeing',
  Crossfit: 'crossfit',
  EBikeRide: 'e_biking',
  Elliptical: 'elliptical',
  EMountainBikeRide: 'e_biking',
  Golf: 'golf',
  GravelRide: 'cycling',
  Handcycle: 'handcycling',
  HighIntensityIntervalTraining: 'hiit',
  Hike: 'hiking',
  IceSkate: 'ice_skating',
  InlineSkate: 'inline_skating',
  Kayaking: 'kayaking',
  Kitesurf: 'kitesurfing',
  MountainBikeRide: 'mountain_biking',
  NordicSki: 'cross_country_skiing',
  Pickleball: 'pickleball',
  Pilates: 'pilates',
  Racquetball: 'racquetball',
  Ride: 'cycling',
  RockClimbing: 'climbing',
  RollerSki: 'cross_country_skiing',
  Rowing: 'rowing',
  Run: 'running',
  Sail: 'sailing',
  Skateboard: 'skateboarding',
  Snowboard: 'snowboarding',
  Snowshoe: 'snowshoeing',
  Soccer: 'soccer',
  Squash: 'squash',
  StairStepper: 'stair_stepper',
  StandUpPaddling: 'stand_up_paddling',
  Surfing: 'surfing',
  Swim: 'swimming',
  TableTennis: 'table_tennis',
  Tennis: 'tennis',
  TrailRun: 'trail_running',
  Velomobile: 'cycling',
  VirtualRide: 'indoor_cycling',
  VirtualRow: 'indoor_rowing',
  VirtualRun: 'running',
  Walk: 'walking',
  WeightTraining: 'strength_training',
  Wheelchair: 'wheelchair',
  Windsurf: 'windsurfing',
  Workout: 'general_workout',
  Yoga: 'yoga',
  // Added by Strava after the 50-value enum of the reference.
  Padel: 'padel',
  Basketball: 'basketball',
  Volleyball: 'volleyball',
  Cricket: 'cricket',
  Dance: 'dance',
};

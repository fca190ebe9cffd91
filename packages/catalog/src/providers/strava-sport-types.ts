/**
 * The 50 values of Strava's `SportType` enum (API v3 `sport_type`, introduced 2022-06-15) as listed in the provider
 * reference (stravalib's model generated from Strava's swagger). Strava keeps adding sports, so treat the set as open:
 * {@link STRAVA_ACTIVITY_MAP} maps these and newer ones, {@link mapProviderActivityType} maps anything else to `other`.
 *
 * @example
 * ```ts
 * STRAVA_SPORT_TYPES.includes('TrailRun'); // true
 * ```
 */
export const STRAVA_SPORT_TYPES = [
  'AlpineSki', 'BackcountrySki', 'Badminton', 'Canoeing', 'Crossfit', 'EBikeRide', 'Elliptical', 'EMountainBikeRide', 'Golf',
  'GravelRide', 'Handcycle', 'HighIntensityIntervalTraining', 'Hike', 'IceSkate', 'InlineSkate', 'Kayaking', 'Kitesurf',
  'MountainBikeRide', 'NordicSki', 'Pickleball', 'Pilates', 'Racquetball', 'Ride', 'RockClimbing', 'RollerSki', 'Rowing', 'Run',
  'Sail', 'Skateboard', 'Snowboard', 'Snowshoe', 'Soccer', 'Squash', 'StairStepper', 'StandUpPaddling', 'Surfing', 'Swim',
  'TableTennis', 'Tennis', 'TrailRun', 'Velomobile', 'VirtualRide', 'VirtualRow', 'VirtualRun', 'Walk', 'WeightTraining',
  'Wheelchair', 'Windsurf', 'Workout', 'Yoga',
] as const;

/**
 * One of {@link STRAVA_SPORT_TYPES}.
 *
 * @example
 * ```ts
 * const sportType: StravaSportType = 'GravelRide';
 * ```
 */
export type StravaSportType = (typeof STRAVA_SPORT_TYPES)[number];

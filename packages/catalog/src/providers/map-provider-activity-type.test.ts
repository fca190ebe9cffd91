import { describe, expect, it } from 'vitest';
import { getActivityDefinition } from '../activities/get-activity-definition.js';
import { APPLE_WORKOUT_ACTIVITY_TYPES } from './apple-workout-activity-types.js';
import { GARMIN_ACTIVITY_MAP } from './garmin-activity-map.js';
import { mapProviderActivityType } from './map-provider-activity-type.js';
import { OURA_ACTIVITY_MAP } from './oura-activity-map.js';
import { PROVIDER_VOCABULARY_INDEXES } from './provider-vocabulary-index.js';
import { STRAVA_ACTIVITY_MAP } from './strava-activity-map.js';
import { STRAVA_SPORT_TYPES } from './strava-sport-types.js';
import { WHOOP_SPORTS } from './whoop-sports.js';

const slugOf = (provider: string, raw: string | number | null | undefined): string => mapProviderActivityType(provider, raw).activityDefinitionSlug;

describe('provider vocabularies', () => {
  it('maps all 50 Strava sport types of the reference to a specific activity', () => {
    expect(STRAVA_SPORT_TYPES).toHaveLength(50);
    for (const sportType of STRAVA_SPORT_TYPES) {
      const match = mapProviderActivityType('strava', sportType);
      expect(match.matched, sportType).toBe(true);
      expect(match.activityDefinitionSlug, sportType).not.toBe('other');
    }
  });

  it('maps Strava sport types to the activity they name', () => {
    expect(slugOf('strava', 'Run')).toBe('running');
    expect(slugOf('strava', 'TrailRun')).toBe('trail_running');
    expect(slugOf('strava', 'VirtualRide')).toBe('indoor_cycling');
    expect(slugOf('strava', 'MountainBikeRide')).toBe('mountain_biking');
    expect(slugOf('strava', 'WeightTraining')).toBe('strength_training');
    expect(slugOf('strava', 'HighIntensityIntervalTraining')).toBe('hiit');
    expect(slugOf('strava', 'StandUpPaddling')).toBe('stand_up_paddling');
    expect(slugOf('strava', 'Padel')).toBe('padel');
  });

  it('only targets activity definitions that exist', () => {
    const targets = [
      ...Object.values(STRAVA_ACTIVITY_MAP), ...Object.values(GARMIN_ACTIVITY_MAP), ...Object.values(OURA_ACTIVITY_MAP),
      ...WHOOP_SPORTS.map((sport) => sport.activity), ...APPLE_WORKOUT_ACTIVITY_TYPES.map((type) => type.activity),
    ];
    expect(targets.filter((slug) => getActivityDefinition(slug) === undefined)).toEqual([]);
  });

  it('never spells one name two ways with different meanings', () => {
    for (const [provider, index] of Object.entries(PROVIDER_VOCABULARY_INDEXES)) expect(index.conflicts, provider).toEqual([]);
  });

  it('lists each WHOOP sport and Apple workout type once', () => {
    const unique = (values: readonly (string | number)[]): boolean => new Set(values).size === values.length;
    expect(unique(WHOOP_SPORTS.map((sport) => sport.id))).toBe(true);
    expect(unique(WHOOP_SPORTS.map((sport) => sport.name.toLowerCase()))).toBe(true);
    expect(APPLE_WORKOUT_ACTIVITY_TYPES).toHaveLength(84);
    expect(unique(APPLE_WORKOUT_ACTIVITY_TYPES.map((type) => type.rawValue))).toBe(true);
    expect(unique(APPLE_WORKOUT_ACTIVITY_TYPES.map((type) => type.name))).toBe(true);
  });

  it('maps WHOOP v2 sport names and v1 sport ids, in any spelling', () => {
    expect(mapProviderActivityType('whoop', -1)).toEqual({ activityDefinitionSlug: 'other', matched: true });
    expect(mapProviderActivityType('whoop', '-1')).toEqual({ activityDefinitionSlug: 'other', matched: true });
    expect(slugOf('whoop', 1)).toBe('cycling');
    expect(slugOf('whoop', 48)).toBe('crossfit');
    expect(slugOf('whoop', ' 48 ')).toBe('crossfit');
    expect(slugOf('whoop', 'running')).toBe('running');
    expect(slugOf('whoop', 'Weightlifting')).toBe('strength_training');
    expect(slugOf('whoop', 'weightlifting')).toBe('strength_training');
    expect(slugOf('whoop', 'Hiking/Rucking')).toBe('hiking');
    expect(slugOf('whoop', 'hiking_rucking')).toBe('hiking');
    expect(slugOf('whoop', 'functional-fitness')).toBe('crossfit');
    expect(slugOf('whoop', 'Jiu Jitsu')).toBe('brazilian_jiu_jitsu');
    expect(slugOf('whoop', 249)).toBe('padel');
    expect(mapProviderActivityType('whoop', 'Public Speaking')).toEqual({ activityDefinitionSlug: 'other', matched: true });
    expect(mapProviderActivityType('whoop', 2)).toEqual({ activityDefinitionSlug: 'other', matched: false });
  });

  it('maps Apple workout types with or without the HealthKit prefix, and raw values', () => {
    expect(slugOf('apple_health', 'HKWorkoutActivityTypeRunning')).toBe('running');
    expect(slugOf('apple_health', 'running')).toBe('running');
    expect(slugOf('apple_health', 'HKWorkoutActivityTypeTraditionalStrengthTraining')).toBe('strength_training');
    expect(slugOf('apple_health', 'HKWorkoutActivityTypeHighIntensityIntervalTraining')).toBe('hiit');
    expect(slugOf('apple_health', 37)).toBe('running');
    expect(slugOf('apple_health', '52')).toBe('walking');
    expect(slugOf('healthkit', 'HKWorkoutActivityTypePickleball')).toBe('pickleball');
    expect(mapProviderActivityType('apple_health', 'HKWorkoutActivityTypeOther')).toEqual({ activityDefinitionSlug: 'other', matched: true });
    expect(mapProviderActivityType('apple_health', 'HKWorkoutActivityType')).toEqual({ activityDefinitionSlug: 'other', matched: false });
    expect(mapProviderActivityType('apple_health', 81)).toEqual({ activityDefinitionSlug: 'other', matched: false });
  });

  it('maps Garmin activity types in API upper case and export lower case', () => {
    expect(slugOf('garmin', 'TRAIL_RUNNING')).toBe('trail_running');
    expect(slugOf('garmin', 'trail_running')).toBe('trail_running');
    expect(slugOf('garmin', 'LAP_SWIMMING')).toBe('swimming');
    expect(slugOf('garmin', 'OPEN_WATER_SWIMMING')).toBe('open_water_swimming');
    expect(slugOf('garmin', 'strength_training')).toBe('strength_training');
    expect(slugOf('garmin', 'INDOOR_CARDIO')).toBe('cardio_class');
    expect(slugOf('garmin', 'stand_up_paddleboarding_v2')).toBe('stand_up_paddling');
    expect(slugOf('garmin_connect', 'ROAD_BIKING')).toBe('cycling');
  });

  it('maps Oura activities, reached through any Oura alias', () => {
    expect(slugOf('oura', 'walking')).toBe('walking');
    expect(slugOf('oura', 'strength_training')).toBe('strength_training');
    expect(slugOf('AURA_RING', 'strengthTraining')).toBe('strength_training');
    expect(slugOf('aura', 'Cross Country Skiing')).toBe('cross_country_skiing');
    expect(slugOf('oura_ring', 'hiking')).toBe('hiking');
  });

  it('maps anything unknown to other, unmatched, without throwing', () => {
    const unmatched = { activityDefinitionSlug: 'other', matched: false };
    expect(mapProviderActivityType('fitbit', 'Run')).toEqual(unmatched);
    expect(mapProviderActivityType('', 'Run')).toEqual(unmatched);
    expect(mapProviderActivityType('strava', 'Quidditch')).toEqual(unmatched);
    expect(mapProviderActivityType('strava', '')).toEqual(unmatched);
    expect(mapProviderActivityType('strava', '   ')).toEqual(unmatched);
    expect(mapProviderActivityType('strava', null)).toEqual(unmatched);
    expect(mapProviderActivityType('strava', undefined)).toEqual(unmatched);
    expect(mapProviderActivityType('strava', 12)).toEqual(unmatched);
    expect(mapProviderActivityType('whoop', Number.NaN)).toEqual(unmatched);
    expect(mapProviderActivityType('whoop', 1.5)).toEqual(unmatched);
    expect(mapProviderActivityType('whoop', Number.POSITIVE_INFINITY)).toEqual(unmatched);
    expect(mapProviderActivityType('whoop', '99999999999999999999999')).toEqual(unmatched);
  });
});

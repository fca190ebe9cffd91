import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getActivityDefinition } from '../activities/get-activity-definition.js';
import { FIT_SPORT_MAP, mapFitSport } from './fit-sport-map.js';

describe('FIT_SPORT_MAP and mapFitSport', () => {
  it('only targets activity definitions that exist', () => {
    expect(Object.values(FIT_SPORT_MAP).filter((slug) => getActivityDefinition(slug) === undefined)).toEqual([]);
  });

  it('prefers the sport and sub-sport pair over the sport alone', () => {
    expect(mapFitSport('running', 'trail')).toEqual({ activityDefinitionSlug: 'trail_running', matched: true });
    expect(mapFitSport('running', 'street')).toEqual({ activityDefinitionSlug: 'running', matched: true });
    expect(mapFitSport('training', 'strengthTraining')).toEqual({ activityDefinitionSlug: 'strength_training', matched: true });
    expect(mapFitSport('training', 'cardioTraining').activityDefinitionSlug).toBe('cardio_class');
    expect(mapFitSport('training', null).activityDefinitionSlug).toBe('general_workout');
    expect(mapFitSport('fitnessEquipment', 'indoorRowing').activityDefinitionSlug).toBe('indoor_rowing');
    expect(mapFitSport('fitnessEquipment', 'stairClimbing').activityDefinitionSlug).toBe('stair_stepper');
    expect(mapFitSport('cycling', 'virtualActivity').activityDefinitionSlug).toBe('indoor_cycling');
    expect(mapFitSport('swimming', 'openWater').activityDefinitionSlug).toBe('open_water_swimming');
    expect(mapFitSport('swimming', 'lapSwimming').activityDefinitionSlug).toBe('swimming');
    expect(mapFitSport('racket', 'padel').activityDefinitionSlug).toBe('padel');
  });

  it('accepts the profile snake_case spelling and any case', () => {
    expect(mapFitSport('training', 'strength_training').activityDefinitionSlug).toBe('strength_training');
    expect(mapFitSport('FITNESS_EQUIPMENT', 'INDOOR_ROWING').activityDefinitionSlug).toBe('indoor_rowing');
  });

  it('maps unknown sports (numbers the profile does not name, empty strings, null) to other, unmatched', () => {
    expect(mapFitSport(210, null)).toEqual({ activityDefinitionSlug: 'other', matched: false });
    expect(mapFitSport('jetpack', 'orbital')).toEqual({ activityDefinitionSlug: 'other', matched: false });
    expect(mapFitSport('', 'trail')).toEqual({ activityDefinitionSlug: 'other', matched: false });
    expect(mapFitSport(null)).toEqual({ activityDefinitionSlug: 'other', matched: false });
    expect(mapFitSport('running', 'notASubSport')).toEqual({ activityDefinitionSlug: 'running', matched: true });
  });

  it('is total over arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), fc.oneof(fc.string(), fc.integer(), fc.constant(null)), (sport, subSport) => {
        const match = mapFitSport(sport, subSport);
        expect(getActivityDefinition(match.activityDefinitionSlug)).toBeDefined();
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { APPLE_WORKOUT_ACTIVITY_TYPES } from './apple-workout-activity-types.js';

// Checked against the HealthKit facts of shared/reference/providers.md (section 5): 84 cases, raw values 1-80,
// 82 swimBikeRun, 83 transition, 84 underwaterDiving and 3000 other; dance (14), danceInspiredTraining (15) and
// mixedMetabolicCardioTraining (30) deprecated but still in old exports.
describe('APPLE_WORKOUT_ACTIVITY_TYPES', () => {
  const byName = new Map(APPLE_WORKOUT_ACTIVITY_TYPES.map((type) => [type.name, type]));

  it('has every HealthKit raw value: 1 to 80, 82 to 84, and 3000', () => {
    const expected = [...Array.from({ length: 80 }, (_, index) => index + 1), 82, 83, 84, 3000];
    expect(APPLE_WORKOUT_ACTIVITY_TYPES.map((type) => type.rawValue)).toEqual(expected);
  });

  it('names the raw values the reference names', () => {
    const anchors: [string, number][] = [
      ['americanFootball', 1], ['dance', 14], ['danceInspiredTraining', 15], ['mixedMetabolicCardioTraining', 30], ['running', 37],
      ['traditionalStrengthTraining', 50], ['walking', 52], ['yoga', 57], ['highIntensityIntervalTraining', 63], ['cardioDance', 77],
      ['socialDance', 78], ['pickleball', 79], ['cooldown', 80], ['swimBikeRun', 82], ['transition', 83], ['underwaterDiving', 84], ['other', 3000],
    ];
    for (const [name, rawValue] of anchors) expect(byName.get(name)?.rawValue).toBe(rawValue);
  });

  it('maps the common workouts to their activities and the umbrella types to their most common member', () => {
    expect(byName.get('running')?.activity).toBe('running');
    expect(byName.get('cycling')?.activity).toBe('cycling');
    expect(byName.get('traditionalStrengthTraining')?.activity).toBe('strength_training');
    expect(byName.get('functionalStrengthTraining')?.activity).toBe('functional_training');
    expect(byName.get('highIntensityIntervalTraining')?.activity).toBe('hiit');
    expect(byName.get('swimBikeRun')?.activity).toBe('multisport');
    expect(byName.get('paddleSports')?.activity).toBe('kayaking');
    expect(byName.get('other')?.activity).toBe('other');
  });
});

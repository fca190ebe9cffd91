import { ValidationError } from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { observations } from '../test-support/arbitraries.js';
import { BiometricFatigueProfileSchema } from './biometric-fatigue-profile-schema.js';
import { fatigueProfileFromBiometrics } from './fatigue-profile-from-biometrics.js';
import { observedMaxHeartRate } from './observed-max-heart-rate.js';

const profile = { user_id: 'u1', date_of_birth: '1990-06-13', sex: 'female' as const };
const row = (id: string, metric: string, date: string, value: number, extra: object = {}) =>
  ({ id, metric_type: metric, date, value, source: 'manual', ...extra }) as Parameters<typeof fatigueProfileFromBiometrics>[0]['biometrics'][number];

describe('fatigueProfileFromBiometrics', () => {
  it('derives each value with the row it came from', () => {
    const result = fatigueProfileFromBiometrics({
      profile,
      biometrics: [
        row('w_old', 'weight_kg', '2024-05-01', 63),
        row('w_new', 'weight_kg', '2024-06-10', 61.8),
        row('w_later', 'weight_kg', '2024-06-13', 60),
        row('vo2', 'vo2max_ml_kg_min', '2024-04-01', 47.3, { source: 'provider', provider: 'apple_health', normalizer_id: 'apple_health.record', external_record_id: 'rec_1' }),
        row('r1', 'resting_hr_bpm', '2024-06-04', 54),
        row('r2', 'resting_hr_bpm', '2024-06-11', 50),
      ],
      observedMaxHeartRateBpm: { value_bpm: 188, activity_id: 'run_3', date: '2024-05-20' as never },
      asOf: '2024-06-12',
    });
    BiometricFatigueProfileSchema.parse(result);
    expect(result).toEqual({
      as_of: '2024-06-12',
      // Born 1990-06-13: still 33 on 2024-06-12.
      age_years: { value: 33, source: 'profile', method: 'age_at', source_id: 'u1', date: '1990-06-13' },
      sex: { value: 'female', source: 'profile', source_id: 'u1' },
      body_mass_kg: { value: 61.8, source: 'biometrics', method: 'latest', source_id: 'w_new', date: '2024-06-10' },
      vo2max_ml_kg_min: { value: 47.3, source: 'biometrics', method: 'latest', source_id: 'vo2', date: '2024-04-01' },
      // 7 days apart, half-life 7: 54 + (50 - 54) / 2.
      resting_hr_bpm: { value: 52, source: 'biometrics', method: 'ewma', source_id: 'r2', date: '2024-06-11' },
      max_hr_bpm: { value: 188, source: 'observed_activity', method: 'maximum', source_id: 'run_3', date: '2024-05-20' },
    });
  });

  it('predicts the maximum from age (Tanaka) without an observed one, and leaves out what is unknown', () => {
    const result = fatigueProfileFromBiometrics({ profile, biometrics: [], asOf: '2024-06-13' });
    expect(result.max_hr_bpm).toEqual({ value: 208 - 0.7 * 34, source: 'age_predicted', method: 'tanaka', source_id: 'u1', date: null });
    expect(result).toMatchObject({ body_mass_kg: null, vo2max_ml_kg_min: null, resting_hr_bpm: null });
    expect(fatigueProfileFromBiometrics({ biometrics: [], asOf: '2024-06-13' })).toEqual({
      as_of: '2024-06-13', age_years: null, sex: null, body_mass_kg: null, vo2max_ml_kg_min: null, resting_hr_bpm: null, max_hr_bpm: null,
    });
    // A plain number as the observed maximum names no activity.
    expect(fatigueProfileFromBiometrics({ biometrics: [], observedMaxHeartRateBpm: 190, asOf: '2024-06-13' }).max_hr_bpm).toMatchObject({ value: 190, source_id: null });
  });

  it('takes the observed maximum only when it is not far below the age prediction', () => {
    const observed = (value_bpm: number) => ({ value_bpm, activity_id: 'walk_1', date: '2024-06-01' as never });
    // Age 34 on 2024-06-13: predicted 184.2, so 174.2 is the lowest observed maximum used.
    const at = (bpm: number, extra: object = {}) =>
      fatigueProfileFromBiometrics({ profile, biometrics: [], observedMaxHeartRateBpm: observed(bpm), asOf: '2024-06-13', ...extra }).max_hr_bpm;
    expect(at(175)).toMatchObject({ value: 175, method: 'maximum', source_id: 'walk_1' });
    expect(at(174)).toMatchObject({ value: 208 - 0.7 * 34, method: 'tanaka' });
    expect(at(174, { observedMaxToleranceBpm: 11 })).toMatchObject({ value: 174, method: 'maximum' });
    // Without an age there is nothing to compare with: the observed maximum is all there is.
    expect(fatigueProfileFromBiometrics({ biometrics: [], observedMaxHeartRateBpm: observed(120), asOf: '2024-06-13' }).max_hr_bpm).toMatchObject({ value: 120, method: 'maximum' });
  });

  it('ignores values outside their lookback', () => {
    const biometrics = [row('w', 'weight_kg', '2023-06-12', 70), row('r', 'resting_hr_bpm', '2024-05-15', 50)];
    const result = fatigueProfileFromBiometrics({ biometrics, asOf: '2024-06-12' });
    expect(result.body_mass_kg).toBeNull(); // 366 days ago (2024 is a leap year): the 367th day of a window
    expect(result.resting_hr_bpm).toBeNull(); // 28 days ago
    const wider = fatigueProfileFromBiometrics({ biometrics, asOf: '2024-06-12', lookbackDays: { weight_kg: 367, resting_hr_bpm: 29 } });
    expect(wider.body_mass_kg?.source_id).toBe('w');
    expect(wider.resting_hr_bpm?.source_id).toBe('r');
  });

  it('uses the value the source priority chooses for a day', () => {
    const result = fatigueProfileFromBiometrics({
      biometrics: [
        row('hub', 'weight_kg', '2024-06-10', 72.9, { source: 'provider', provider: 'apple_health', external_record_id: 'rec_h', measured_at: '2024-06-10T20:00:00.000Z' }),
        row('scale', 'weight_kg', '2024-06-10', 72.4, { source: 'provider', provider: 'garmin', normalizer_id: 'garmin.body_compositions', external_record_id: 'rec_s' }),
      ],
      asOf: '2024-06-12',
    });
    expect(result.body_mass_kg).toMatchObject({ value: 72.4, source_id: 'scale' });
  });

  it('rejects an invalid as-of day or body value with a typed error', () => {
    expect(() => fatigueProfileFromBiometrics({ biometrics: [], asOf: '12.06.2024' })).toThrow(ValidationError);
    expect(() => fatigueProfileFromBiometrics({ biometrics: [row('w', 'weight_kg', '2024-13-01', 70)], asOf: '2024-06-12' })).toThrow(/biometrics\.0\.date/);
  });

  it('is deterministic and never uses a value after the as-of day', () => {
    fc.assert(
      fc.property(observations, fc.integer({ min: 0, max: 6 }), (biometrics, offset) => {
        const asOf = `2024-06-${String(10 + offset).padStart(2, '0')}`;
        const result = fatigueProfileFromBiometrics({ profile, biometrics, asOf });
        expect(fatigueProfileFromBiometrics({ profile, biometrics: [...biometrics].reverse(), asOf })).toEqual(result);
        for (const value of [result.body_mass_kg, result.vo2max_ml_kg_min, result.resting_hr_bpm]) {
          if (value !== null) expect(value.date! <= asOf).toBe(true);
        }
        expect(fatigueProfileFromBiometrics({ profile, biometrics: biometrics.filter((entry) => entry.date <= asOf), asOf })).toEqual(result);
      }),
      { seed: 71_003, numRuns: 200 },
    );
  });
});

describe('observedMaxHeartRate', () => {
  const activities = [
    { id: 'run_1', local_date: '2022-06-12', max_hr_bpm: 199 },
    { id: 'run_2', local_date: '2022-06-13', max_hr_bpm: 190 },
    { id: 'ride_1', local_date: '2024-06-01', max_hr_bpm: 176 },
    { id: 'glitch', local_date: '2024-06-02', max_hr_bpm: 251 },
    { id: 'none', local_date: '2024-06-03', max_hr_bpm: null },
    { id: 'future', local_date: '2024-06-13', max_hr_bpm: 205 },
  ];

  it('is the highest plausible maximum of the lookback, naming its activity', () => {
    // 730 days ending 2024-06-12 start on 2022-06-14.
    expect(observedMaxHeartRate(activities, { asOf: '2024-06-12' })).toEqual({ value_bpm: 176, activity_id: 'ride_1', date: '2024-06-01' });
    expect(observedMaxHeartRate(activities, { asOf: '2024-06-12', lookbackDays: 731 })).toMatchObject({ activity_id: 'run_2' });
    expect(observedMaxHeartRate(activities, { asOf: '2024-06-12', lookbackDays: 732 })).toMatchObject({ value_bpm: 199 });
    expect(observedMaxHeartRate([], { asOf: '2024-06-12' })).toBeNull();
  });

  it('breaks ties by the latest day, then the smallest id', () => {
    const tied = [
      { id: 'b', local_date: '2024-06-01', max_hr_bpm: 180 },
      { id: 'a', local_date: '2024-06-01', max_hr_bpm: 180 },
      { id: 'c', local_date: '2024-05-01', max_hr_bpm: 180 },
    ];
    expect(observedMaxHeartRate(tied, { asOf: '2024-06-12' })?.activity_id).toBe('a');
  });

  it('rejects an invalid lookback', () => {
    expect(() => observedMaxHeartRate(activities, { asOf: '2024-06-12', lookbackDays: 0 })).toThrow(ValidationError);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeSessionDoses } from '../engine/compute-session-doses.js';
import { DEFAULT_HEURISTICS_CONFIG } from '../config/default-heuristics-config.js';
import { TV8_MUSCLE_MAPS, near } from '../test-support/fixtures.js';
import { ageOnDate } from './age-on-date.js';
import { banisterTrimp, TRIMP_COEFFICIENTS } from './banister-trimp.js';
import { effortMultiplier } from './effort-multiplier.js';
import { estimateMaxHeartRate } from './estimate-max-heart-rate.js';
import { metMinutes } from './met-minutes.js';
import { sessionRpeLoad } from './session-rpe-load.js';

const SEED = 31_415;
const rest = fc.integer({ min: 35, max: 80 });
const reserve = fc.integer({ min: 40, max: 150 });
const minutes = fc.double({ min: 1, max: 300, noNaN: true });

describe('load properties', () => {
  it('P14 TRIMP: 0 at or below rest, increasing in HR and duration, stream >= average, female > male', () => {
    fc.assert(
      fc.property(rest, reserve, minutes, fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 0.5, noNaN: true }), (restHr, hrr, duration, x, step) => {
        const params = { restingHeartRate: restHr, maxHeartRate: restHr + hrr, coefficients: TRIMP_COEFFICIENTS.male };
        const at = (heartRate: number, seconds = duration * 60) => banisterTrimp([{ durationSeconds: seconds, heartRateBpm: heartRate }], params);
        expect(at(restHr)).toBe(0);
        expect(at(restHr - 10)).toBe(0);
        const heartRate = restHr + x * hrr;
        expect(at(heartRate + step * hrr)).toBeGreaterThan(at(heartRate));
        expect(at(heartRate, duration * 60 + 60)).toBeGreaterThan(at(heartRate));
        const low = restHr + (x / 2) * hrr;
        const high = restHr + Math.min(1, x + step) * hrr;
        const stream = banisterTrimp([{ durationSeconds: duration * 30, heartRateBpm: low }, { durationSeconds: duration * 30, heartRateBpm: high }], params);
        expect(stream).toBeGreaterThanOrEqual(at((low + high) / 2) * (1 - 1e-12));
        const female = banisterTrimp([{ durationSeconds: duration * 60, heartRateBpm: heartRate }], { ...params, coefficients: TRIMP_COEFFICIENTS.female });
        expect(female).toBeGreaterThan(at(heartRate));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('P10 split additivity of additive loads (stream TRIMP, sRPE, MET-minutes)', () => {
    fc.assert(
      fc.property(minutes, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 60, max: 200 }), fc.double({ min: 0, max: 10, noNaN: true }), (duration, cut, heartRate, rpe) => {
        const params = { restingHeartRate: 50, maxHeartRate: 195, coefficients: TRIMP_COEFFICIENTS.male };
        const seconds = duration * 60;
        const whole = banisterTrimp([{ durationSeconds: seconds, heartRateBpm: heartRate }], params);
        const parts =
          banisterTrimp([{ durationSeconds: seconds * cut, heartRateBpm: heartRate }], params) +
          banisterTrimp([{ durationSeconds: seconds * (1 - cut), heartRateBpm: heartRate }], params);
        expect(near(whole, parts)).toBe(true);
        expect(near(sessionRpeLoad(rpe, seconds), sessionRpeLoad(rpe, seconds * cut) + sessionRpeLoad(rpe, seconds * (1 - cut)))).toBe(true);
        expect(near(metMinutes(7, seconds), metMinutes(7, seconds * cut) + metMinutes(7, seconds * (1 - cut)))).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('P17 role ordering, and Σ muscle doses = sets·g(RIR)·Σ(roleWeight·magnitude)', () => {
    const weights = DEFAULT_HEURISTICS_CONFIG.muscles.role_weights;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.option(fc.double({ min: 0, max: 8, noNaN: true }), { nil: undefined }), fc.double({ min: 0, max: 1, noNaN: true }), (sets, rir, magnitude) => {
        const maps = {
          movements: {
            probe: {
              muscles: [
                { muscle: 'chest', role: 'primary', magnitude },
                { muscle: 'triceps', role: 'secondary', magnitude },
                { muscle: 'shoulders', role: 'stabilizer', magnitude },
              ],
            },
          },
        };
        const doses = computeSessionDoses(
          { id: 'x', activity: 'lifting', started_at: '2024-06-10T06:00:00Z', duration_seconds: 3600,
            sets: Array.from({ length: sets }, () => ({ movement_id: 'probe', rir })) },
          { muscleMaps: maps },
        ).muscle_doses_hse;
        const chest = doses.chest ?? 0;
        const triceps = doses.triceps ?? 0;
        const shoulders = doses.shoulders ?? 0;
        expect(chest).toBeGreaterThanOrEqual(triceps);
        expect(triceps).toBeGreaterThanOrEqual(shoulders);
        const g = effortMultiplier({ rir }, DEFAULT_HEURISTICS_CONFIG.muscles.rir_multiplier).multiplier;
        expect(near(chest + triceps + shoulders, sets * g * magnitude * (weights.primary + weights.secondary + weights.stabilizer))).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('P4 monotone in inputs: more sets, a higher RPE or HR never lower the load or a dose', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.double({ min: 0, max: 9, noNaN: true }), fc.integer({ min: 60, max: 200 }), (extra, rpe, heartRate) => {
        const base = { id: 'x', activity: 'lifting', started_at: '2024-06-10T06:00:00Z', duration_seconds: 3600 };
        const sets = (count: number) => Array.from({ length: count }, () => ({ movement_id: 'squat', rir: 2 }));
        const fewer = computeSessionDoses({ ...base, sets: sets(3) }, { muscleMaps: TV8_MUSCLE_MAPS });
        const more = computeSessionDoses({ ...base, sets: sets(3 + extra) }, { muscleMaps: TV8_MUSCLE_MAPS });
        expect(more.load.lu).toBeGreaterThanOrEqual(fewer.load.lu);
        for (const [muscle, dose] of Object.entries(fewer.muscle_doses_hse)) expect(more.muscle_doses_hse[muscle]!).toBeGreaterThanOrEqual(dose);
        const easier = computeSessionDoses({ ...base, rpe }, {});
        const harder = computeSessionDoses({ ...base, rpe: rpe + 1 }, {});
        expect(harder.load.lu).toBeGreaterThanOrEqual(easier.load.lu);
        const profile = { time_zone: 'UTC', resting_hr_bpm: 55, max_hr_bpm: 200 };
        const run = { ...base, activity: 'running' };
        const slow = computeSessionDoses({ ...run, avg_hr_bpm: heartRate }, { profile });
        const fast = computeSessionDoses({ ...run, avg_hr_bpm: Math.min(250, heartRate + 5) }, { profile });
        expect(fast.load.lu).toBeGreaterThanOrEqual(slow.load.lu);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('P20 HRmax is non-increasing in age; age is evaluated at the session date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.constantFrom('tanaka' as const, 'gellish' as const, 'gulati' as const, 'fox' as const), (age, formula) => {
        expect(estimateMaxHeartRate(age + 1, formula)).toBeLessThanOrEqual(estimateMaxHeartRate(age, formula));
      }),
      { seed: SEED, numRuns: 200 },
    );
    const profile = { time_zone: 'UTC', birth_date: '1990-06-15', sex: 'male' as const };
    const session = (date: string) => ({ id: date, activity: 'running', started_at: `${date}T06:00:00Z`, duration_seconds: 3600, avg_hr_bpm: 150 });
    const before = computeSessionDoses(session('2024-06-14'), { profile });
    const after = computeSessionDoses(session('2024-06-15'), { profile });
    expect(before.load.detail).toContain('tanaka(age=33)');
    expect(after.load.detail).toContain('tanaka(age=34)');
    expect(after.load.lu).toBeGreaterThan(before.load.lu);
    expect(ageOnDate('2000-02-29', '2023-02-28')).toBe(22);
    expect(ageOnDate('2000-02-29', '2023-03-01')).toBe(23);
  });
});

import { MAX_INSTANT, MIN_INSTANT, RECOVERY_SIGNAL_RANGES, TRAINKIT_BOUNDS } from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FatigueProfileSchema } from './fatigue-profile-schema.js';
import { fatigueSessionIssues } from './fatigue-session-issues.js';
import { RecoverySignalSchema } from './recovery-signal-schema.js';

const SEED = 7;
const B = TRAINKIT_BOUNDS;
const within = (bounds: { min: number; max: number }) => fc.double({ min: bounds.min, max: bounds.max, noNaN: true, noDefaultInfinity: true });
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });

/** Any canonical instant the storage accepts. */
const storedInstant = fc
  .integer({ min: Date.parse(MIN_INSTANT), max: Date.parse(MAX_INSTANT) })
  .map((ms) => new Date(ms).toISOString());

/** A set as `activity_strength_sets` may store it. */
const storedSet = fc.record({
  movement_id: fc.constantFrom('back_squat', 'mov_custom_01'),
  reps: optional(fc.integer({ min: B.reps.min, max: B.reps.max })),
  load_kg: optional(within(B.loadKg)),
  rir: optional(fc.integer({ min: 0, max: 2 * B.rir.max }).map((half) => half / 2)),
  rpe: optional(within(B.rpe)),
  duration_seconds: optional(within(B.setDurationSeconds)),
  warmup: fc.boolean(),
});

/** A session mapped from any `activity_instances` row (plus sets) the storage accepts. */
const storedSession = fc.record({
  id: fc.stringMatching(/^[A-Za-z0-9_.:@-]{1,128}$/),
  source: fc.record({ provider: fc.constantFrom('manual', 'garmin', 'strava'), external_id: fc.constant(null), priority: fc.constantFrom(0, 10) }),
  activity: fc.stringMatching(/^[a-z0-9]+(?:_[a-z0-9]+)*$/).filter((slug) => slug.length <= B.slugLength.max),
  category: optional(fc.constantFrom('strength', 'cardio', 'mobility', 'sport', 'hobby', 'recovery', 'other')),
  started_at: storedInstant,
  duration_seconds: within(B.sessionDurationSeconds),
  moving_time_seconds: optional(within(B.sessionDurationSeconds)),
  time_zone: optional(fc.constantFrom('UTC', 'Europe/Berlin', 'Pacific/Chatham', 'America/St_Johns')),
  utc_offset_minutes: optional(fc.integer({ min: B.utcOffsetMinutes.min, max: B.utcOffsetMinutes.max })),
  avg_hr_bpm: optional(within(B.heartRateBpm)),
  avg_power_w: optional(within(B.powerW)),
  rpe: optional(within(B.rpe)),
  sets: fc.array(storedSet, { maxLength: 8 }),
});

describe('whatever the storage accepts, the engine reads (TRAINKIT_BOUNDS)', () => {
  it('a session built from stored values in bounds has no issues', () => {
    fc.assert(
      fc.property(storedSession, (session) => {
        expect(fatigueSessionIssues(session)).toEqual([]);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('a session beyond the bounds is named by field and rule', () => {
    const base = { id: 's1', activity: 'running', started_at: '2024-06-10T06:00:00.000Z', duration_seconds: 3600 };
    expect(fatigueSessionIssues({ ...base, duration_seconds: 9999 * 3600 })).toEqual([
      expect.objectContaining({ path: 'duration_seconds', rule: 'too_big' }),
    ]);
    expect(fatigueSessionIssues({ ...base, avg_hr_bpm: 10 })).toEqual([expect.objectContaining({ path: 'avg_hr_bpm', rule: 'too_small' })]);
    expect(fatigueSessionIssues({ ...base, sets: [{ movement_id: 'squat', load_kg: B.loadKg.max + 1 }] })).toEqual([
      expect.objectContaining({ path: 'sets.0.load_kg', rule: 'too_big' }),
    ]);
    expect(fatigueSessionIssues({ ...base, started_at: '1899-12-31T23:00:00.000Z' })).toEqual([
      expect.objectContaining({ path: 'started_at' }),
    ]);
  });

  it('a profile from stored settings in bounds (heart rates in order) is accepted', () => {
    const profile = fc
      .tuple(
        fc.integer({ min: B.heartRateBpm.min, max: 100 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 60 }),
        optional(within(B.ftpW)),
        optional(within(B.thresholdPaceSecondsPerKm)),
      )
      .map(([rest, toThreshold, toMax, ftp, pace]) => {
        const lthr = Math.max(B.thresholdHeartRateBpm.min, rest + toThreshold);
        return {
          time_zone: 'Europe/Berlin',
          resting_hr_bpm: rest,
          lthr_bpm: lthr,
          max_hr_bpm: Math.min(B.maxHeartRateBpm.max, Math.max(B.maxHeartRateBpm.min, lthr + toMax)),
          ftp_w: ftp,
          threshold_speed_m_per_s: pace === null ? null : 1000 / pace,
        };
      })
      .filter((candidate) => candidate.lthr_bpm <= candidate.max_hr_bpm && candidate.max_hr_bpm > candidate.resting_hr_bpm);
    fc.assert(
      fc.property(profile, (candidate) => {
        expect(FatigueProfileSchema.safeParse(candidate).success).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('recovery signals within RECOVERY_SIGNAL_RANGES are accepted', () => {
    const fields = ['hrv_rmssd_ms', 'resting_hr_bpm', 'sleep_duration_seconds', 'sleep_score'] as const;
    for (const field of fields) {
      const range = RECOVERY_SIGNAL_RANGES[field]!;
      for (const value of [range.min, range.max, (range.min + range.max) / 2]) {
        expect(RecoverySignalSchema.safeParse({ date: '2024-06-12', [field]: value }).success, `${field} ${value}`).toBe(true);
      }
    }
  });
});

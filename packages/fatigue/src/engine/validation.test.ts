import { isTrainkitError, ValidationError, type ValidationIssue } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import type { ComputeFatigueInput } from '../inputs/compute-fatigue-input-schema.js';
import { computeFatigue } from './compute-fatigue.js';

const GOOD = {
  id: 's0',
  activity: 'running',
  started_at: '2024-06-10T06:00:00Z',
  duration_seconds: 3600,
  avg_hr_bpm: 150,
  sets: [{ movement_id: 'squat', reps: 5, load_kg: 100, rpe: 8 }],
};

function issuesOf(input: Partial<ComputeFatigueInput> & Record<string, unknown>): ValidationIssue[] {
  try {
    computeFatigue({ sessions: [GOOD], profile: { time_zone: 'UTC' }, asOf: '2024-06-12T00:00:00Z', ...input } as ComputeFatigueInput);
  } catch (error) {
    if (error instanceof ValidationError) return [...error.issues];
    throw error;
  }
  throw new Error('expected a ValidationError');
}

const withSession = (patch: Record<string, unknown>) => ({ sessions: [GOOD, GOOD, GOOD, { ...GOOD, id: 's3', ...patch }] });

describe('bad input fails at the boundary, naming the field and the rule', () => {
  it.each([
    ['negative duration', { duration_seconds: -60 }, 'sessions.3.duration_seconds', 'too_small'],
    ['negative moving time', { moving_time_seconds: -1 }, 'sessions.3.moving_time_seconds', 'too_small'],
    ['heart rate above 250', { avg_hr_bpm: 251 }, 'sessions.3.avg_hr_bpm', 'too_big'],
    ['heart-rate segment above 250', { hr_segments: [{ duration_seconds: 60, avg_hr_bpm: 300 }] }, 'sessions.3.hr_segments.0.avg_hr_bpm', 'too_big'],
    ['session RPE above 10', { rpe: 11 }, 'sessions.3.rpe', 'too_big'],
    ['session RPE below 0', { rpe: -0.5 }, 'sessions.3.rpe', 'too_small'],
    ['set RPE outside 0–10', { sets: [{ movement_id: 'squat', rpe: 10.5 }] }, 'sessions.3.sets.0.rpe', 'too_big'],
    ['negative load', { sets: [{ movement_id: 'squat', load_kg: -20 }] }, 'sessions.3.sets.0.load_kg', 'too_small'],
    ['negative power', { normalized_power_w: -5 }, 'sessions.3.normalized_power_w', 'too_small'],
    ['set without a movement', { sets: [{ reps: 5, load_kg: 50 }] }, 'sessions.3.sets.0.movement_id', 'invalid_type'],
    ['set with an empty movement', { sets: [{ movement_id: '', reps: 5 }] }, 'sessions.3.sets.0.movement_id', 'too_small'],
    ['unknown key (typo)', { avg_hr: 140 }, 'sessions.3', 'unrecognized_keys'],
    ['bad instant', { started_at: 'yesterday' }, 'sessions.3.started_at', 'custom'],
    ['unknown time zone', { time_zone: 'Mars/Olympus' }, 'sessions.3.time_zone', 'custom'],
    ['NaN duration', { duration_seconds: Number.NaN }, 'sessions.3.duration_seconds', 'invalid_type'],
  ])('%s', (_name, patch, path, rule) => {
    const issues = issuesOf(withSession(patch));
    expect(issues).toContainEqual(expect.objectContaining({ path, rule }));
  });

  it('the error message names the field', () => {
    expect(() =>
      computeFatigue({ sessions: [{ ...GOOD, avg_hr_bpm: 300 }], profile: { time_zone: 'UTC' }, asOf: '2024-06-12T00:00:00Z' }),
    ).toThrow(/sessions\.0\.avg_hr_bpm: heart rate must be at most 250 bpm \[too_big\]/);
  });

  it('profile, planned sessions, recovery signals, asOf and muscle maps', () => {
    expect(issuesOf({ profile: { time_zone: 'UTC', max_hr_bpm: 300 } })).toContainEqual(expect.objectContaining({ path: 'profile.max_hr_bpm' }));
    expect(issuesOf({ profile: { time_zone: 'UTC', resting_hr_bpm: 80, max_hr_bpm: 70 } })).toContainEqual(
      expect.objectContaining({ path: 'profile.max_hr_bpm', rule: 'custom' }),
    );
    expect(issuesOf({ plannedSessions: [{ ...GOOD, duration_seconds: -1 }] })).toContainEqual(
      expect.objectContaining({ path: 'plannedSessions.0.duration_seconds' }),
    );
    expect(issuesOf({ recoverySignals: [{ date: '2024-06-10', resting_hr_bpm: 400 }] })).toContainEqual(
      expect.objectContaining({ path: 'recoverySignals.0.resting_hr_bpm' }),
    );
    expect(issuesOf({ asOf: 'not a time' })).toContainEqual(expect.objectContaining({ path: 'asOf' }));
    expect(issuesOf({ muscleMaps: { movements: { squat: { muscles: [{ muscle: 'quads', role: 'main' as 'primary', magnitude: 1 }] } } } })).toContainEqual(
      expect.objectContaining({ path: 'muscleMaps.movements.squat.muscles.0.role' }),
    );
    expect(issuesOf({ muscleMaps: { movements: { squat: { muscles: [{ muscle: 'quads', role: 'primary', magnitude: 2 }] } } } })).toContainEqual(
      expect.objectContaining({ path: 'muscleMaps.movements.squat.muscles.0.magnitude', rule: 'too_big' }),
    );
  });

  it('a repeated id with different content is rejected; an identical repeat is a recorded duplicate', () => {
    expect(issuesOf({ sessions: [GOOD, { ...GOOD, duration_seconds: 60 }] })).toEqual([
      expect.objectContaining({ path: 'sessions.1.id', rule: 'duplicate_id' }),
    ]);
    const report = computeFatigue({ sessions: [GOOD, { ...GOOD }], profile: { time_zone: 'UTC' }, asOf: '2024-06-12T00:00:00Z' });
    expect(report.provenance.sessions.excluded_duplicates).toEqual([{ id: 's0', duplicate_of: 's0', rule: 'same_id' }]);
  });

  it('an invalid config is a ConfigError', () => {
    try {
      computeFatigue({ sessions: [], profile: { time_zone: 'UTC' }, asOf: '2024-06-12T00:00:00Z', config: { id: 'x' } });
      expect.unreachable();
    } catch (error) {
      expect(isTrainkitError(error, 'CONFIG_INVALID')).toBe(true);
    }
  });

  it('unknown activities, movements and muscles never throw: documented fallbacks plus warnings', () => {
    const report = computeFatigue({
      sessions: [
        { id: 'x', activity: 'underwater_hockey', started_at: '2024-06-10T06:00:00Z', duration_seconds: 3600 },
        { id: 'y', activity: 'lifting', started_at: '2024-06-10T16:00:00Z', duration_seconds: 3600, sets: [{ movement_id: 'mystery', rir: 1 }, { movement_id: 'neck_curl', rir: 1 }] },
      ],
      profile: { time_zone: 'UTC' },
      asOf: '2024-06-12T00:00:00Z',
      muscleMaps: { movements: { neck_curl: { mechanic: 'isolation', muscles: [{ muscle: 'neck', role: 'primary', magnitude: 1 }] } } },
    });
    expect(report.provenance.warnings).toEqual(
      expect.arrayContaining(['activity.unknown:underwater_hockey', 'movement.unknown:mystery', 'muscle.unknown:neck', 'load.duration_only']),
    );
    expect(report.sessions.find((session) => session.id === 'x')!.load).toMatchObject({ method: 'duration', confidence: 'low' });
    expect(report.muscles.neck).toMatchObject({ configured: false, recovery_hours_90: 48, capacity_hse: 8 });
    expect(report.muscles.neck!.value_hse).toBeGreaterThan(0);
  });
});

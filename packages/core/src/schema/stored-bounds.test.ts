import { describe, expect, it } from 'vitest';
import { safeParseActivityInstance } from './activity-instance.js';
import { safeParseActivityStrengthSet } from './activity-strength-set.js';
import { safeParsePlannedSession } from './planned-session.js';
import { safeParseRecoverySignal } from './recovery-signal.js';
import { safeParseUserSettings } from './user-settings.js';

const at = '2025-03-04T18:10:00.000Z';
const activity = {
  id: 'act_01',
  user_id: 'usr_01',
  source: 'manual',
  performed_start: '2025-03-04T17:00:00.000Z',
  performed_end: '2025-03-04T18:05:00.000Z',
  timezone: 'Europe/Berlin',
  utc_offset_minutes: 60,
  local_date: '2025-03-04',
  duration_seconds: 3900,
  created_at: at,
  updated_at: at,
};

function issues(result: { ok: true } | { ok: false; error: { issues: readonly { path: string; rule: string }[] } }) {
  return result.ok ? [] : result.error.issues.map(({ path, rule }) => ({ path, rule }));
}

describe('the write boundary enforces the engine bounds (TRAINKIT_BOUNDS)', () => {
  it('activity_instances: a session lasts 1 s .. 14 days by duration and by performed_end', () => {
    expect(safeParseActivityInstance(activity).ok).toBe(true);
    expect(issues(safeParseActivityInstance({ ...activity, duration_seconds: 9999 * 3600 }))).toContainEqual({ path: 'duration_seconds', rule: 'too_big' });
    expect(issues(safeParseActivityInstance({ ...activity, duration_seconds: 0 }))).toContainEqual({ path: 'duration_seconds', rule: 'too_small' });
    expect(issues(safeParseActivityInstance({ ...activity, performed_end: '2025-03-20T17:00:00.000Z' }))).toContainEqual({ path: 'performed_end', rule: 'custom' });
    expect(issues(safeParseActivityInstance({ ...activity, performed_end: activity.performed_start }))).toContainEqual({ path: 'performed_end', rule: 'custom' });
    expect(issues(safeParseActivityInstance({ ...activity, avg_hr_bpm: 251 }))).toContainEqual({ path: 'avg_hr_bpm', rule: 'too_big' });
    expect(issues(safeParseActivityInstance({ ...activity, avg_power_w: 3001 }))).toContainEqual({ path: 'avg_power_w', rule: 'too_big' });
    expect(issues(safeParseActivityInstance({ ...activity, user_id: 'a b' }))).toContainEqual({ path: 'user_id', rule: 'invalid_format' });
  });

  it('activity_strength_sets: reps, load, RIR and set duration', () => {
    const set = { id: 'set_01', user_id: 'usr_01', activity_instance_id: 'act_01', movement_id: 'mov_back_squat', set_index: 0, reps: 5, load_kg: 100 };
    expect(safeParseActivityStrengthSet(set).ok).toBe(true);
    expect(issues(safeParseActivityStrengthSet({ ...set, load_kg: 2001 }))).toContainEqual({ path: 'load_kg', rule: 'too_big' });
    expect(issues(safeParseActivityStrengthSet({ ...set, reps: 10_001 }))).toContainEqual({ path: 'reps', rule: 'too_big' });
    expect(issues(safeParseActivityStrengthSet({ ...set, duration_seconds: 86_401 }))).toContainEqual({ path: 'duration_seconds', rule: 'too_big' });
  });

  it('planned_sessions: a planned duration is a session duration', () => {
    const planned = { id: 'ps_01', user_id: 'usr_01', scheduled_date: '2025-03-04', title: 'Easy run', created_at: at, updated_at: at };
    expect(issues(safeParsePlannedSession({ ...planned, planned_duration_seconds: 0 }))).toContainEqual({ path: 'planned_duration_seconds', rule: 'too_small' });
    expect(safeParsePlannedSession({ ...planned, planned_duration_seconds: 3600 }).ok).toBe(true);
  });

  it('recovery_signals: scaled signal types are refused outside their range, others keep the provider scale', () => {
    const signal = { id: 'sig_01', user_id: 'usr_01', source: 'manual', signal_type: 'sleep_duration_seconds', measured_at: at, local_date: '2025-03-04', value: 27_000, created_at: at };
    expect(safeParseRecoverySignal(signal).ok).toBe(true);
    expect(issues(safeParseRecoverySignal({ ...signal, value: -60 }))).toContainEqual({ path: 'value', rule: 'custom' });
    expect(issues(safeParseRecoverySignal({ ...signal, signal_type: 'sleep_score', value: 101 }))).toContainEqual({ path: 'value', rule: 'custom' });
    expect(safeParseRecoverySignal({ ...signal, signal_type: 'strain_score', value: 21 }).ok).toBe(true);
  });

  it('user_settings: heart rates in their ranges and in order, FTP and threshold pace bounded', () => {
    const settings = { user_id: 'usr_01', updated_at: at };
    expect(safeParseUserSettings({ ...settings, hr_rest_bpm: 50, lthr_bpm: 170, hr_max_bpm: 190 }).ok).toBe(true);
    expect(issues(safeParseUserSettings({ ...settings, hr_rest_bpm: 60, hr_max_bpm: 60 }))).toContainEqual({ path: 'hr_max_bpm', rule: 'custom' });
    expect(issues(safeParseUserSettings({ ...settings, lthr_bpm: 195, hr_max_bpm: 190 }))).toContainEqual({ path: 'lthr_bpm', rule: 'custom' });
    expect(issues(safeParseUserSettings({ ...settings, hr_max_bpm: 40 }))).toContainEqual({ path: 'hr_max_bpm', rule: 'too_small' });
    expect(issues(safeParseUserSettings({ ...settings, ftp_w: 0 }))).toContainEqual({ path: 'ftp_w', rule: 'too_small' });
    expect(issues(safeParseUserSettings({ ...settings, threshold_pace_seconds_per_km: 30 }))).toContainEqual({ path: 'threshold_pace_seconds_per_km', rule: 'too_small' });
  });
});

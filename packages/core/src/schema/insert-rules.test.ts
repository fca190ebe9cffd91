import { describe, expect, it } from 'vitest';
import { parseActivityDefinition, safeParseActivityDefinition } from './activity-definition.js';
import { parseActivityInstance, safeParseActivityInstance } from './activity-instance.js';
import { safeParseActivityInstanceLink } from './activity-instance-link.js';
import { safeParseActivityStrengthSet } from './activity-strength-set.js';
import { parseActivityMuscleMap } from './activity-muscle-map.js';
import { parseExternalActivityRecord } from './external-activity-record.js';
import { safeParseExternalIngestionRun } from './external-ingestion-run.js';
import { safeParseGoal } from './goal.js';
import { safeParseMovementProgression } from './movement-progression.js';
import { safeParsePlannedSession } from './planned-session.js';
import { parseRecoverySignal, safeParseRecoverySignal } from './recovery-signal.js';
import { safeParseUserBiometric } from './user-biometric.js';
import { safeParseUserFatigueState } from './user-fatigue-state.js';
import { safeParseUserSettings } from './user-settings.js';
import { safeParseUserSkillProfile } from './user-skill-profile.js';

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

function failingPaths(result: { ok: boolean } & ({ ok: true } | { ok: false; error: { issues: readonly { path: string }[] } })) {
  if (result.ok) throw new Error('expected a validation failure');
  return result.error.issues.map((issue) => issue.path);
}

describe('insert rules', () => {
  it('fills defaults and nulls for an activity instance', () => {
    const row = parseActivityInstance(activity);
    expect(row).toMatchObject({ visibility: 'private', provider: null, notes: null, ingestion_run_id: null });
  });

  it('rejects an activity that ends before it starts, naming performed_end', () => {
    expect(failingPaths(safeParseActivityInstance({ ...activity, performed_end: '2025-03-04T16:00:00.000Z' }))).toEqual(['performed_end']);
  });

  it('requires local_date to be the local day of performed_start (DST-aware)', () => {
    const lateEvening = { ...activity, performed_start: '2024-03-31T23:30:00.000Z', performed_end: null, utc_offset_minutes: 120 };
    expect(parseActivityInstance({ ...lateEvening, local_date: '2024-04-01' }).local_date).toBe('2024-04-01');
    expect(failingPaths(safeParseActivityInstance({ ...lateEvening, local_date: '2024-03-31' }))).toEqual(['local_date']);
    expect(parseActivityInstance({ ...lateEvening, timezone: null, utc_offset_minutes: -300, local_date: '2024-03-31' }).local_date).toBe('2024-03-31');
  });

  it('checks the measurement ranges at the boundary', () => {
    const paths = failingPaths(
      safeParseActivityInstance({ ...activity, duration_seconds: -1, avg_hr_bpm: 19, perceived_difficulty: 11, enjoyment_rating: 6 }),
    );
    expect(paths.sort()).toEqual(['avg_hr_bpm', 'duration_seconds', 'enjoyment_rating', 'perceived_difficulty']);
  });

  it('canonicalizes provider aliases on input and ties provider to the provider source', () => {
    expect(parseActivityInstance({ ...activity, source: 'provider', provider: 'AURA_RING' }).provider).toBe('oura');
    expect(failingPaths(safeParseActivityInstance({ ...activity, source: 'provider' }))).toEqual(['provider']);
    expect(failingPaths(safeParseActivityInstance({ ...activity, source: 'planned' }))).toEqual(['planned_session_id']);
    const raw = parseExternalActivityRecord({
      id: 'raw_01', user_id: 'usr_01', provider: 'oura_ring', external_id: 'x1', raw_payload_json: { a: 1 }, ingestion_run_id: 'run_01', created_at: at, updated_at: at,
    });
    expect(raw.provider).toBe('oura');
    expect(raw.normalization_status).toBe('pending');
  });

  it('rejects unknown columns by name', () => {
    const result = safeParseActivityInstance({ ...activity, durationSeconds: 10 });
    if (result.ok) throw new Error('expected failure');
    expect(result.error.issues[0]).toMatchObject({ rule: 'unrecognized_keys' });
    expect(result.error.issues[0]?.message).toContain('durationSeconds');
  });

  it('keeps the raw payload of recovery signals', () => {
    const signal = parseRecoverySignal({
      id: 'sig_01', user_id: 'usr_01', source: 'provider', provider: 'aura', signal_type: 'hrv_rmssd_ms', signal_type_raw: 'average_hrv',
      measured_at: '2025-03-04T06:30:00Z', local_date: '2025-03-04', value: 48, unit: 'ms', raw_payload_json: { average_hrv: 48, nested: [1, null] }, created_at: at,
    });
    expect(signal.raw_payload_json).toEqual({ average_hrv: 48, nested: [1, null] });
    expect(signal.provider).toBe('oura');
  });

  it('enforces cross-field rules of the other tables', () => {
    expect(failingPaths(safeParseExternalIngestionRun({ id: 'r', user_id: 'u', provider: 'strava', started_at: at, status: 'succeeded' }))).toEqual(['finished_at']);
    expect(failingPaths(safeParseExternalIngestionRun({ id: 'r', user_id: 'u', provider: 'strava', started_at: at, finished_at: '2025-03-04T18:00:00Z', status: 'failed' }))).toEqual(['finished_at']);
    expect(failingPaths(safeParseActivityInstanceLink({ id: 'l', user_id: 'u', activity_instance_id: 'a', created_at: at }))).toEqual(['external_activity_record_id']);
    expect(failingPaths(safeParseActivityInstanceLink({ id: 'l', user_id: 'u', activity_instance_id: 'a', workout_log_id: 'w', created_at: at }))).toEqual(['workout_log_id']);
    expect(failingPaths(safeParseMovementProgression({ id: 'e', source_movement_id: 'm', target_movement_id: 'm', relationship_type: 'variation' }))).toEqual(['target_movement_id']);
    const goal = { id: 'g1', user_id: 'u', goal_key: 'g', revision: 1, horizon: 'block', goal_type: 'strength', title: 'Squat', target_json: { load_kg: 140 }, effective_from: at, created_at: at };
    expect(safeParseGoal(goal).ok).toBe(true);
    expect(failingPaths(safeParseGoal({ ...goal, effective_to: at }))).toEqual(['effective_to']);
    expect(failingPaths(safeParseGoal({ ...goal, target_json: null }))).toEqual(['target_json']);
    const weight = { id: 'b', user_id: 'u', date: '2025-03-04', metric_type: 'weight_kg', value: 72.4, created_at: at };
    expect(safeParseUserBiometric(weight).ok).toBe(true);
    expect(failingPaths(safeParseUserBiometric({ ...weight, value: 7 }))).toEqual(['value']);
    expect(failingPaths(safeParseUserBiometric({ ...weight, provider: 'garmin' }))).toEqual(['provider']);
    expect(failingPaths(safeParseUserSkillProfile({ id: 's', user_id: 'u', scope_type: 'pattern', scope_id: 'back_squat', skill_level: 'novice', created_at: at, updated_at: at }))).toEqual(['scope_id']);
  });

  it('keeps user_fatigue_state scope, muscle_id and scope_key consistent', () => {
    const base = { id: 'f', user_id: 'u', date: '2025-03-04', fatigue_score: 10, computed_from: 'run', created_at: at };
    expect(safeParseUserFatigueState({ ...base, scope: 'systemic', scope_key: 'systemic' }).ok).toBe(true);
    expect(safeParseUserFatigueState({ ...base, scope: 'muscle', muscle_id: 'quadriceps', scope_key: 'quadriceps' }).ok).toBe(true);
    expect(failingPaths(safeParseUserFatigueState({ ...base, scope: 'muscle', scope_key: 'systemic' }))).toEqual(['muscle_id']);
    expect(failingPaths(safeParseUserFatigueState({ ...base, scope: 'muscle', muscle_id: 'quadriceps', scope_key: 'systemic' }))).toEqual(['scope_key']);
  });
  it('keeps the catalog detail of activity definitions and activity muscles', () => {
    const cycling = { id: 'cycling', slug: 'cycling', name: 'Cycling', category: 'cardio', default_metric_type: 'distance' };
    expect(parseActivityDefinition({ ...cycling, default_equipment_tags: ['bicycle', 'helmet'], met_value: 7.5, met_compendium_code: '01015', met_compendium_edition: '2011', cns_impact: 0.8 }))
      .toMatchObject({ default_equipment_tags: ['bicycle', 'helmet'], met_compendium_code: '01015', met_compendium_edition: '2011', cns_impact: 0.8 });
    expect(parseActivityDefinition(cycling)).toMatchObject({ default_equipment_tags: [], met_compendium_code: null, met_compendium_edition: null, cns_impact: null });
    expect(failingPaths(safeParseActivityDefinition({ ...cycling, default_equipment_tags: ['Bicycle'] }))).toEqual(['default_equipment_tags.0']);
    expect(failingPaths(safeParseActivityDefinition({ ...cycling, default_equipment_tags: ['x'.repeat(41)] }))).toEqual(['default_equipment_tags.0']);
    expect(failingPaths(safeParseActivityDefinition({ ...cycling, met_value: 7.5, met_compendium_code: '01015' }))).toEqual(['met_compendium_edition']);
    expect(failingPaths(safeParseActivityDefinition({ ...cycling, met_compendium_code: '01015', met_compendium_edition: '2024' }))).toEqual(['met_value']);
    expect(failingPaths(safeParseActivityDefinition({ ...cycling, met_value: 7.5, met_compendium_code: '1015', met_compendium_edition: '2011' }))).toEqual(['met_compendium_code']);
    expect(failingPaths(safeParseActivityDefinition({ ...cycling, cns_impact: 1.5 }))).toEqual(['cns_impact']);
    const muscle = { activity_definition_id: 'cycling', muscle_id: 'quadriceps', magnitude: 0.8, cns_impact: 0.8 };
    expect(parseActivityMuscleMap(muscle).role).toBe('primary');
    expect(parseActivityMuscleMap({ ...muscle, role: 'stabilizer' }).role).toBe('stabilizer');
    expect(() => parseActivityMuscleMap({ ...muscle, role: 'agonist' })).toThrow();
  });
});

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

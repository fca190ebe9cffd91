import { describe, expect, it } from 'vitest';
import { fixtureJson, fixtureText } from '../test-support/read-fixture.js';
import { normalizeWhoopWorkout, normalizeWhoopWorkouts } from './normalize-whoop-workouts.js';

const page = () => normalizeWhoopWorkouts(fixtureText('whoop', 'workouts-v2-page.json'));

describe('normalizeWhoopWorkouts (v2 page)', () => {
  it('normalizes every record and keeps next_token', () => {
    const result = page();
    expect(result.failures).toEqual([]);
    expect(result.next_token).toBe('MTIzOjEyMzEyMw');
    expect(result.drafts.map((draft) => draft.record.external_id)).toEqual([
      'ecfc6a15-4661-442f-a9a4-f160dd7afae8', '7a1e2b3c-4d5e-4f60-8a71-b2c3d4e5f607', '0b9c8d7e-6f50-4a3b-9c2d-1e0f9a8b7c6d', '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a',
    ]);
    expect(result.drafts[0]?.record.legacy_external_id).toBe('1043');
    expect(result.drafts[0]?.normalizer).toEqual({ id: 'whoop.workout', version: '1.0.0' });
  });

  it('converts kilojoule (energy) to kcal by dividing by 4.184 exactly', () => {
    const run = page().drafts[0]!;
    expect(run.activity?.energy_kcal).toBe(3012.48 / 4.184);
    expect(run.activity).toMatchObject({ avg_hr_bpm: 148, max_hr_bpm: 176, distance_m: 11204.7, elevation_gain_m: 96.3, work_kj: null });
  });

  it('timezone_offset is an offset, not a zone', () => {
    const [run, lift, hike] = page().drafts;
    expect(run?.activity).toMatchObject({ utc_offset_minutes: 120, timezone: null, local_date: '2024-06-12', performed_start: '2024-06-12T17:02:11.512Z' });
    expect(lift?.activity).toMatchObject({ utc_offset_minutes: -300, local_date: '2024-06-13' });
    expect(hike?.activity?.utc_offset_minutes).toBe(0);
    expect(run?.record).toMatchObject({ timezone_raw: '+02:00', utc_offset_minutes: 120 });
  });

  it('matches sport_name case-insensitively and maps unknown sports to other, keeping the raw name', () => {
    const [run, lift, hike, zorbing] = page().drafts;
    expect(run?.activity).toMatchObject({ activity_definition_slug: 'running', activity_type_raw: 'running' });
    expect(lift?.activity).toMatchObject({ activity_definition_slug: 'strength_training', activity_type_raw: 'Weightlifting' });
    expect(hike?.activity?.activity_definition_slug).toBe('hiking');
    expect(zorbing?.activity).toMatchObject({ activity_definition_slug: 'other', activity_type_raw: 'Zorbing', activity_type_matched: false });
    expect(normalizeWhoopWorkout({ ...(fixtureJson('whoop', 'workouts-v2-page.json') as { records: object[] }).records[0], sport_name: 'RUNNING' }).drafts[0]?.activity?.activity_definition_slug).toBe('running');
  });

  it('reads scores only when score_state is SCORED', () => {
    const [, pending, , unscorable] = page().drafts;
    for (const draft of [pending!, unscorable!]) {
      expect(draft.activity).toMatchObject({ energy_kcal: null, avg_hr_bpm: null, max_hr_bpm: null, distance_m: null });
      expect(draft.warnings.map((warning) => warning.code)).toEqual(['score_not_available']);
    }
    const raw = (fixtureJson('whoop', 'workouts-v2-page.json') as { records: Record<string, unknown>[] }).records[0]!;
    const notScored = normalizeWhoopWorkout({ ...raw, score_state: 'PENDING_SCORE' }).drafts[0]!;
    expect(notScored.activity?.energy_kcal).toBeNull();
  });

  it('duration is end - start; an end out of bounds is dropped with a warning', () => {
    expect(page().drafts[0]?.activity?.duration_seconds).toBe(4110.589);
    const raw = (fixtureJson('whoop', 'workouts-v2-page.json') as { records: Record<string, unknown>[] }).records[0]!;
    const draft = normalizeWhoopWorkout({ ...raw, end: '2024-07-12T18:10:42.101Z' }).drafts[0]!;
    expect(draft.activity).toMatchObject({ performed_end: null, duration_seconds: null });
    expect(draft.warnings[0]).toMatchObject({ code: 'out_of_bounds', path: ['end'] });
  });

  it('drops absurd scores (a heart rate of 900) with a warning', () => {
    const raw = (fixtureJson('whoop', 'workouts-v2-page.json') as { records: Record<string, Record<string, unknown>>[] }).records[0]!;
    const draft = normalizeWhoopWorkout({ ...raw, score: { ...raw.score, average_heart_rate: 900, kilojoule: 1e9 } }).drafts[0]!;
    expect(draft.activity).toMatchObject({ avg_hr_bpm: null, energy_kcal: null, max_hr_bpm: 176 });
    expect(draft.warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['out_of_bounds', ['score', 'kilojoule']],
      ['out_of_bounds', ['score', 'average_heart_rate']],
    ]);
  });
});

describe('normalizeWhoopWorkout (v1 legacy)', () => {
  it('reads integer ids, sport_id and zone_duration', () => {
    const result = normalizeWhoopWorkout(fixtureText('whoop', 'workout-v1.json'));
    const draft = result.drafts[0]!;
    expect(draft.record).toMatchObject({ external_id: '1043', legacy_external_id: null, activity_type_raw: '0' });
    expect(draft.activity).toMatchObject({ activity_definition_slug: 'running', energy_kcal: 3012.48 / 4.184 });
    expect(draft.warnings).toEqual([]);
  });
});

describe('bad input', () => {
  it('typed failures per record, the others still normalize', () => {
    const raw = fixtureJson('whoop', 'workouts-v2-page.json') as { records: Record<string, unknown>[] };
    const result = normalizeWhoopWorkouts({ records: [{ ...raw.records[0], id: null }, { ...raw.records[1], start: 'soon' }, 'x', raw.records[2]] });
    expect(result.failures.map((failed) => [failed.failure.code, failed.failure.path])).toEqual([
      ['missing_id', ['records', 0, 'id']],
      ['invalid_date', ['records', 1, 'start']],
      ['schema_mismatch', ['records', 2]],
    ]);
    expect(result.drafts).toHaveLength(1);
  });

  it('whole-payload failures', () => {
    expect(normalizeWhoopWorkouts('<html><body>Bad gateway</body></html>').failures[0]?.failure.code).toBe('not_json');
    expect(normalizeWhoopWorkouts('{"records": [').failures[0]?.failure.code).toBe('invalid_json');
    expect(normalizeWhoopWorkouts({ data: [] }).failures[0]?.failure.code).toBe('schema_mismatch');
  });
});

import { describe, expect, it } from 'vitest';
import type { MergedValues } from './merge-activity-fields.js';
import { decodeOriginSnapshot, encodeOriginSnapshot } from './origin-snapshot.js';

const values = {
  performed_start: '2024-06-12T05:00:00.000Z',
  performed_end: null,
  timezone: 'Europe/Berlin',
  utc_offset_minutes: 120,
  local_date: '2024-06-12',
  duration_seconds: 3600,
  activity_definition_id: 'act_running',
  discipline_id: 'dis_running',
  title: 'Tempo "fast"',
  avg_hr_bpm: null,
  max_hr_bpm: null,
  distance_m: 10_000.5,
  elevation_gain_m: null,
  energy_kcal: null,
  avg_power_w: null,
  perceived_difficulty: 7,
  enjoyment_rating: null,
  notes: 'légs heavy',
} as unknown as MergedValues;

describe('origin snapshot', () => {
  it('round-trips values and sets through string entries', () => {
    const sets = [{ movement_id: 'mov_back_squat', planned_session_exercise_id: null, set_index: 0, reps: 5, load_kg: 100, rpe: 8, rir: null, duration_seconds: null, distance_m: null, is_warmup: false, notes: null }];
    const encoded = encodeOriginSnapshot(values, sets);
    expect(Object.values(encoded).every((entry) => typeof entry === 'string')).toBe(true);
    expect(decodeOriginSnapshot({ timing: 'raw_1', ...encoded })).toEqual({ values, sets });
  });

  it('is absent when the entries are missing or broken', () => {
    expect(decodeOriginSnapshot(null)).toBeUndefined();
    expect(decodeOriginSnapshot({ timing: 'raw_1' })).toBeUndefined();
    const encoded = encodeOriginSnapshot(values, []);
    expect(decodeOriginSnapshot({ ...encoded, 'origin.title': '{broken' })).toBeUndefined();
  });
});

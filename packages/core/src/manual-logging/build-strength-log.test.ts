import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { createSequentialIdFactory } from '../ids/id-factory.js';
import { ActivityInstanceRowSchema } from '../schema/activity-instance.js';
import { ActivityStrengthSetRowSchema } from '../schema/activity-strength-set.js';
import { buildStrengthLog, safeBuildStrengthLog, type StrengthLogInput } from './build-strength-log.js';

const context = () => ({ ids: createSequentialIdFactory('id'), createdAt: '2024-06-01T08:05:00+02:00' });
const input: StrengthLogInput = {
  userId: 'usr_01',
  start: '2024-06-01T07:00:00+02:00',
  durationSeconds: 3600,
  timeZone: 'Europe/Berlin',
  activityDefinitionId: 'act_strength_training',
  disciplineId: 'dis_strength',
  rpe: 8,
  notes: 'Heavy day',
  sets: [
    { movementId: 'mov_back_squat', reps: 5, loadKg: 100, rpe: 8 },
    { movementId: 'mov_back_squat', reps: 5, loadKg: 100, rir: 1.5 },
    { movementId: 'mov_plank', durationSeconds: 60, isWarmup: true },
  ],
};

function issuesOf(candidate: StrengthLogInput) {
  const result = safeBuildStrengthLog(candidate, context());
  if (result.ok) throw new Error('expected a validation failure');
  expect(result.error).toBeInstanceOf(ValidationError);
  return result.error.issues.map(({ path, rule }) => ({ path, rule }));
}

describe('buildStrengthLog', () => {
  it('builds the activity instance and its sets in order', () => {
    const { activityInstance, strengthSets } = buildStrengthLog(input, context());
    expect(activityInstance).toMatchObject({
      id: 'id_000001',
      user_id: 'usr_01',
      source: 'manual',
      planned_session_id: null,
      performed_start: '2024-06-01T05:00:00.000Z',
      performed_end: '2024-06-01T06:00:00.000Z',
      duration_seconds: 3600,
      timezone: 'Europe/Berlin',
      utc_offset_minutes: 120,
      local_date: '2024-06-01',
      perceived_difficulty: 8,
      notes: 'Heavy day',
      visibility: 'private',
      created_at: '2024-06-01T06:05:00.000Z',
      updated_at: '2024-06-01T06:05:00.000Z',
    });
    expect(strengthSets.map((set) => [set.id, set.set_index, set.movement_id, set.reps, set.load_kg, set.rpe, set.rir])).toEqual([
      ['id_000002', 0, 'mov_back_squat', 5, 100, 8, null],
      ['id_000003', 1, 'mov_back_squat', 5, 100, null, 1.5],
      ['id_000004', 2, 'mov_plank', null, null, null, null],
    ]);
    expect(strengthSets[2]).toMatchObject({ duration_seconds: 60, is_warmup: true, activity_instance_id: 'id_000001' });
    expect(ActivityInstanceRowSchema.safeParse(activityInstance).success).toBe(true);
    for (const set of strengthSets) expect(ActivityStrengthSetRowSchema.safeParse(set).success).toBe(true);
  });

  it('links a planned session and marks the source planned', () => {
    const { activityInstance } = buildStrengthLog({ ...input, plannedSessionId: 'ps_01' }, context());
    expect(activityInstance).toMatchObject({ source: 'planned', planned_session_id: 'ps_01' });
  });

  it('keeps a caller-given id and derives the duration from end', () => {
    const { activityInstance } = buildStrengthLog(
      { ...input, id: 'act_fixed', durationSeconds: undefined, end: '2024-06-01T06:15:00Z' },
      context(),
    );
    expect(activityInstance).toMatchObject({ id: 'act_fixed', duration_seconds: 4500 });
  });

  it('computes the local day in the time zone, across midnight', () => {
    const { activityInstance } = buildStrengthLog(
      { ...input, start: '2024-03-31T23:30:00Z', timeZone: 'Europe/Berlin' },
      context(),
    );
    expect(activityInstance).toMatchObject({ local_date: '2024-04-01', utc_offset_minutes: 120 });
    const utc = buildStrengthLog({ ...input, start: '2024-03-31T23:30:00Z', timeZone: undefined, utcOffsetMinutes: -300 }, context());
    expect(utc.activityInstance).toMatchObject({ local_date: '2024-03-31', utc_offset_minutes: -300, timezone: null });
  });

  it.each<[string, StrengthLogInput, { path: string; rule: string }]>([
    ['negative reps', { ...input, sets: [input.sets[0]!, input.sets[1]!, { movementId: 'mov_back_squat', reps: -1 }] }, { path: 'sets.2.reps', rule: 'too_small' }],
    ['fractional reps', { ...input, sets: [{ movementId: 'mov_back_squat', reps: 2.5 }] }, { path: 'sets.0.reps', rule: 'invalid_type' }],
    ['a set without a movement', { ...input, sets: [{ movementId: '', reps: 5 }] }, { path: 'sets.0.movementId', rule: 'too_small' }],
    ['a set with nothing done', { ...input, sets: [{ movementId: 'mov_back_squat', loadKg: 100 }] }, { path: 'sets.0.reps', rule: 'custom' }],
    ['negative load', { ...input, sets: [{ movementId: 'mov_back_squat', reps: 5, loadKg: -20 }] }, { path: 'sets.0.loadKg', rule: 'too_small' }],
    ['set RPE above 10', { ...input, sets: [{ movementId: 'mov_back_squat', reps: 5, rpe: 11 }] }, { path: 'sets.0.rpe', rule: 'too_big' }],
    ['RIR above 10', { ...input, sets: [{ movementId: 'mov_back_squat', reps: 5, rir: 12 }] }, { path: 'sets.0.rir', rule: 'too_big' }],
    ['RPE and RIR together', { ...input, sets: [{ movementId: 'mov_back_squat', reps: 5, rpe: 8, rir: 2 }] }, { path: 'sets.0.rir', rule: 'custom' }],
    ['no sets', { ...input, sets: [] }, { path: 'sets', rule: 'too_small' }],
    ['negative duration', { ...input, durationSeconds: -1 }, { path: 'durationSeconds', rule: 'too_small' }],
    ['negative set duration', { ...input, sets: [{ movementId: 'mov_plank', durationSeconds: -30 }] }, { path: 'sets.0.durationSeconds', rule: 'too_small' }],
    ['end before start', { ...input, end: '2024-06-01T04:00:00Z' }, { path: 'end', rule: 'custom' }],
    ['session RPE below 0', { ...input, rpe: -1 }, { path: 'rpe', rule: 'too_small' }],
    ['an unknown time zone', { ...input, timeZone: 'Mars/Olympus' }, { path: 'timeZone', rule: 'custom' }],
    ['an offset that disagrees with the zone', { ...input, utcOffsetMinutes: 60 }, { path: 'utcOffsetMinutes', rule: 'custom' }],
    ['a start that is not a date-time', { ...input, start: 'yesterday' }, { path: 'start', rule: 'custom' }],
    ['a misspelt field', { ...input, duration: 60 } as StrengthLogInput, { path: '', rule: 'unrecognized_keys' }],
    ['a missing user', { ...input, userId: '' }, { path: 'userId', rule: 'too_small' }],
  ])('rejects %s, naming the field and rule', (_name, candidate, expected) => {
    expect(issuesOf(candidate)).toContainEqual(expected);
  });

  it('rejects an invalid createdAt and throws from the non-safe variant', () => {
    const result = safeBuildStrengthLog(input, { ids: createSequentialIdFactory(), createdAt: 'now' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]).toMatchObject({ path: 'createdAt' });
    expect(() => buildStrengthLog({ ...input, sets: [] }, context())).toThrowError(ValidationError);
    expect(() => buildStrengthLog({ ...input, sets: [] }, context())).toThrowError(/sets/);
  });

  it('uses no ids when validation fails', () => {
    let made = 0;
    const ids = () => `id_${++made}`;
    safeBuildStrengthLog({ ...input, durationSeconds: -5 }, { ids, createdAt: '2024-06-01T08:00:00Z' });
    expect(made).toBe(0);
  });
});

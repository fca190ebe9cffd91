import { describe, expect, it } from 'vitest';
import { createSequentialIdFactory } from '../ids/id-factory.js';
import { ActivityInstanceRowSchema } from '../schema/activity-instance.js';
import { buildSessionLog, safeBuildSessionLog, type SessionLogInput } from './build-session-log.js';

const context = () => ({ ids: createSequentialIdFactory('act'), createdAt: '2024-06-02T18:00:00Z' });
const input: SessionLogInput = {
  userId: 'usr_01',
  activityDefinitionId: 'act_tennis',
  start: '2024-06-02T16:00:00Z',
  durationSeconds: 5400,
  rpe: 7,
  enjoyment: 5,
  notes: 'Doubles, won 6-4 6-3',
};

describe('buildSessionLog', () => {
  it('builds a sport or hobby activity with enjoyment and notes', () => {
    const log = buildSessionLog(input, context());
    expect(log.strengthSets).toEqual([]);
    expect(log.activityInstance).toMatchObject({
      source: 'manual',
      activity_definition_id: 'act_tennis',
      duration_seconds: 5400,
      performed_end: '2024-06-02T17:30:00.000Z',
      perceived_difficulty: 7,
      enjoyment_rating: 5,
      notes: 'Doubles, won 6-4 6-3',
      utc_offset_minutes: 0,
      timezone: null,
      local_date: '2024-06-02',
    });
    expect(ActivityInstanceRowSchema.safeParse(log.activityInstance).success).toBe(true);
  });

  it('links a planned session', () => {
    expect(buildSessionLog({ ...input, plannedSessionId: 'ps_7' }, context()).activityInstance).toMatchObject({
      source: 'planned',
      planned_session_id: 'ps_7',
    });
  });

  it.each<[string, SessionLogInput, { path: string; rule: string }]>([
    ['enjoyment above 5', { ...input, enjoyment: 6 }, { path: 'enjoyment', rule: 'too_big' }],
    ['enjoyment below 1', { ...input, enjoyment: 0 }, { path: 'enjoyment', rule: 'too_small' }],
    ['fractional enjoyment', { ...input, enjoyment: 4.5 }, { path: 'enjoyment', rule: 'invalid_type' }],
    ['negative duration', { ...input, durationSeconds: -1 }, { path: 'durationSeconds', rule: 'too_small' }],
    ['strength sets', { ...input, sets: [] } as SessionLogInput, { path: '', rule: 'unrecognized_keys' }],
  ])('rejects %s', (_name, candidate, expected) => {
    const result = safeBuildSessionLog(candidate, context());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues.map(({ path, rule }) => ({ path, rule }))).toContainEqual(expected);
  });
});

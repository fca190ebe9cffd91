import { describe, expect, it } from 'vitest';
import { createSequentialIdFactory } from '../ids/id-factory.js';
import { ActivityInstanceRowSchema } from '../schema/activity-instance.js';
import { buildCardioLog, safeBuildCardioLog, type CardioLogInput } from './build-cardio-log.js';

const context = () => ({ ids: createSequentialIdFactory('act'), createdAt: '2024-06-02T07:30:00Z' });
const input: CardioLogInput = {
  userId: 'usr_01',
  activityDefinitionId: 'act_running',
  disciplineId: 'dis_running',
  start: '2024-06-02T06:30:00Z',
  durationSeconds: 2700,
  distanceM: 10_000,
  elevationGainM: 85,
  avgHeartRateBpm: 150,
  maxHeartRateBpm: 172,
  rpe: 6,
  timeZone: 'America/New_York',
};

function issuesOf(candidate: CardioLogInput) {
  const result = safeBuildCardioLog(candidate, context());
  if (result.ok) throw new Error('expected a validation failure');
  return result.error.issues.map(({ path, rule }) => ({ path, rule }));
}

describe('buildCardioLog', () => {
  it('builds an activity instance with endurance metrics and no sets', () => {
    const log = buildCardioLog(input, context());
    expect(log.strengthSets).toEqual([]);
    expect(log.activityInstance).toMatchObject({
      id: 'act_000001',
      source: 'manual',
      activity_definition_id: 'act_running',
      discipline_id: 'dis_running',
      performed_end: '2024-06-02T07:15:00.000Z',
      duration_seconds: 2700,
      distance_m: 10_000,
      elevation_gain_m: 85,
      avg_hr_bpm: 150,
      max_hr_bpm: 172,
      perceived_difficulty: 6,
      utc_offset_minutes: -240,
      local_date: '2024-06-02',
    });
    expect(ActivityInstanceRowSchema.safeParse(log.activityInstance).success).toBe(true);
  });

  it('accepts an end instead of a duration and a title instead of a definition', () => {
    const { durationSeconds: _omit, activityDefinitionId: _definition, ...rest } = input;
    const log = buildCardioLog({ ...rest, end: '2024-06-02T07:20:00Z', title: 'Track intervals' }, context());
    expect(log.activityInstance).toMatchObject({ duration_seconds: 3000, title: 'Track intervals', activity_definition_id: null });
  });

  it.each<[string, CardioLogInput, { path: string; rule: string }]>([
    ['heart rate above 250', { ...input, avgHeartRateBpm: 300, maxHeartRateBpm: null }, { path: 'avgHeartRateBpm', rule: 'too_big' }],
    ['heart rate below 20', { ...input, avgHeartRateBpm: 10 }, { path: 'avgHeartRateBpm', rule: 'too_small' }],
    ['max heart rate below average', { ...input, maxHeartRateBpm: 140 }, { path: 'maxHeartRateBpm', rule: 'custom' }],
    ['negative distance', { ...input, distanceM: -1 }, { path: 'distanceM', rule: 'too_small' }],
    ['negative duration', { ...input, durationSeconds: -60 }, { path: 'durationSeconds', rule: 'too_small' }],
    ['a zero-length session', { ...input, durationSeconds: 0 }, { path: 'durationSeconds', rule: 'too_small' }],
    ['a 9999-hour session', { ...input, durationSeconds: 9999 * 3600 }, { path: 'durationSeconds', rule: 'too_big' }],
    ['an end 15 days after the start', { ...input, durationSeconds: undefined, end: '2024-06-17T06:30:00Z' }, { path: 'end', rule: 'custom' }],
    ['an end at the start', { ...input, durationSeconds: undefined, end: input.start }, { path: 'end', rule: 'custom' }],
    ['a user id with a space', { ...input, userId: 'a b' }, { path: 'userId', rule: 'invalid_format' }],
    ['a start before 1900', { ...input, start: '1899-06-02T06:30:00Z' }, { path: 'start', rule: 'custom' }],
    ['no duration at all', { ...input, durationSeconds: undefined }, { path: 'durationSeconds', rule: 'custom' }],
    ['nothing saying what it was', { ...input, activityDefinitionId: undefined }, { path: 'activityDefinitionId', rule: 'custom' }],
    ['RPE above 10', { ...input, rpe: 10.5 }, { path: 'rpe', rule: 'too_big' }],
    ['negative power', { ...input, avgPowerW: -5 }, { path: 'avgPowerW', rule: 'too_small' }],
  ])('rejects %s', (_name, candidate, expected) => {
    expect(issuesOf(candidate)).toContainEqual(expected);
  });
});

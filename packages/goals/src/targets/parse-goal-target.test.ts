import { GOAL_TYPES, ValidationError, type GoalType } from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GOAL_TARGET_TYPES, GoalTargetSchema, type GoalTargetInput } from './goal-target-schema.js';
import { GOAL_TARGET_TYPES_BY_GOAL_TYPE, goalTargetFitsType } from './goal-target-types-by-goal-type.js';
import { parseGoalTarget, safeParseGoalTarget } from './parse-goal-target.js';

/** One valid target of every type. */
const VALID: readonly GoalTargetInput[] = [
  { type: 'one_rep_max', movement_id: 'mov_back_squat', load_kg: 140 },
  { type: 'time', discipline_id: 'dis_running', distance_m: 10_000, duration_seconds: 2700 },
  { type: 'distance', activity_definition_id: 'act_running', distance_m: 42_195 },
  { type: 'pace', discipline_id: 'dis_running', seconds_per_km: 270, distance_m: 5000 },
  { type: 'power', discipline_id: 'dis_cycling', watts: 300, duration_seconds: 1200 },
  { type: 'body_composition', metric: 'weight_kg', target: 78, direction: 'decrease' },
  { type: 'skill', movement_id: 'mov_pull_up', reps: 10 },
  { type: 'adherence', sessions_per_week: 4 },
  { type: 'habit', habit: 'mobility 10 minutes', days_per_week: 5 },
  { type: 'event', name: 'Berlin Marathon', date: '2025-09-21', discipline_id: 'dis_running', distance_m: 42_195, duration_seconds: 12_600 },
];

function issuesOf(input: unknown, goalType?: GoalType) {
  const result = safeParseGoalTarget(input, goalType);
  if (result.ok) throw new Error('expected a failure');
  expect(result.error).toBeInstanceOf(ValidationError);
  expect(result.error.subject).toBe('goal target');
  return result.error.issues.map((issue) => [issue.path, issue.rule]);
}

describe('GoalTargetSchema', () => {
  it('accepts one target of every type and covers every type', () => {
    expect(VALID.map((target) => GoalTargetSchema.parse(target).type)).toEqual([...GOAL_TARGET_TYPES]);
  });

  it('names the field and rule of an invalid target', () => {
    expect(issuesOf({ type: 'one_rep_max', movement_id: 'mov_back_squat', load_kg: -5 })).toEqual([['load_kg', 'too_small']]);
    expect(issuesOf({ type: 'one_rep_max', movement_id: 'mov_back_squat' })).toEqual([['load_kg', 'invalid_type']]);
    expect(issuesOf({ type: 'pace', seconds_per_km: 270 })).toEqual([['discipline_id', 'custom']]);
    expect(issuesOf({ type: 'skill', movement_id: 'mov_pull_up', reps: 10, hold_seconds: 30 })).toEqual([['level', 'custom']]);
    expect(issuesOf({ type: 'adherence' })).toEqual([['sessions_per_week', 'custom']]);
    expect(issuesOf({ type: 'body_composition', metric: 'weight_kg', target: 5, direction: 'decrease' })).toEqual([['target', 'custom']]);
    expect(issuesOf({ type: 'event', name: 'Race', date: '2025-02-30', discipline_id: 'dis_running' })).toEqual([['date', 'custom']]);
    expect(issuesOf({ type: 'event', name: 'Race', date: '2025-09-21', discipline_id: 'dis_running', duration_seconds: 3600 })).toEqual([['distance_m', 'custom']]);
    expect(issuesOf({ type: 'one_rep_max', movement_id: 'mov_back_squat', load_kg: 140, reps: 3 })).toEqual([['', 'unrecognized_keys']]);
    expect(issuesOf({ type: 'marathon' })).toEqual([['type', 'invalid_union']]);
    expect(issuesOf('140 kg')).toEqual([['', 'invalid_type']]);
  });

  it('checks the target type against the goal type, naming both', () => {
    const result = safeParseGoalTarget({ type: 'pace', discipline_id: 'dis_running', seconds_per_km: 270 }, 'strength');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toEqual([
      { path: 'type', rule: 'goal_type_mismatch', message: 'a pace target does not fit a strength goal (it takes one_rep_max, skill)' },
    ]);
    expect(() => parseGoalTarget(VALID[0], 'endurance')).toThrow(/a one_rep_max target does not fit a endurance goal/);
    expect(issuesOf(VALID[0], 'nonsense' as GoalType)).toEqual([['goal_type', 'invalid_value']]);
    expect(parseGoalTarget(VALID[0], 'strength')).toEqual(VALID[0]);
  });

  it('every target type fits goal type other and at least one more; every goal type takes a target', () => {
    for (const type of GOAL_TARGET_TYPES) {
      expect(goalTargetFitsType('other', type)).toBe(true);
      expect(GOAL_TYPES.filter((goalType) => goalType !== 'other' && goalTargetFitsType(goalType, type)).length).toBeGreaterThan(0);
    }
    for (const goalType of GOAL_TYPES) expect(GOAL_TARGET_TYPES_BY_GOAL_TYPE[goalType].length).toBeGreaterThan(0);
  });

  it('property: a target parses under a goal type exactly when the table says it fits, and parsing is idempotent', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALID), fc.constantFrom(...GOAL_TYPES), (target, goalType) => {
        const result = safeParseGoalTarget(target, goalType);
        expect(result.ok).toBe(GOAL_TARGET_TYPES_BY_GOAL_TYPE[goalType].includes(target.type));
        if (result.ok) expect(parseGoalTarget(result.value, goalType)).toEqual(result.value);
      }),
      { seed: 9, numRuns: 200 },
    );
  });

  it('property: a numeric field out of range is always an issue on that field', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ max: 0, noNaN: true }), fc.double({ min: 2001, noNaN: true })), (load) => {
        expect(issuesOf({ type: 'one_rep_max', movement_id: 'mov_back_squat', load_kg: load }).map(([path]) => path)).toEqual(['load_kg']);
      }),
      { seed: 9, numRuns: 200 },
    );
  });
});

/**
 * Test helpers of `@trainkit/goals` (not published): goal rows and fast-check arbitraries of revision histories.
 */
import { parseGoal, type GoalRow } from '@trainkit/core';
import fc from 'fast-check';
import { createGoalRevision, type NewGoal } from '../revisions/create-goal-revision.js';

/** A first revision of a block goal (squat 1RM 140 kg), recorded and valid from 2025-03-01 08:00Z. */
export function squatGoal(overrides: Partial<NewGoal> = {}, stamp = { at: '2025-03-01T08:00:00.000Z', id: 'goal_squat_r1' }): GoalRow {
  return createGoalRevision(
    {
      user_id: 'u1',
      goal_key: 'squat',
      title: 'Squat 140 kg',
      goal_type: 'strength',
      horizon: 'block',
      program_id: 'block_1',
      target: { type: 'one_rep_max', movement_id: 'mov_back_squat', load_kg: 140 },
      ...overrides,
    },
    stamp,
  );
}

const DAY_MS = 86_400_000;
const EPOCH = Date.parse('2025-01-01T00:00:00.000Z');

/** An instant `days` (fractional) after 2025-01-01. */
export function day(days: number): string {
  return new Date(EPOCH + Math.round(days * DAY_MS)).toISOString();
}

/**
 * One step of a generated history: when the revision becomes valid (days after the previous revision's valid-from,
 * > 0) and when it is recorded (days after the previous record, >= 0; may be before or after its valid-from).
 */
export interface RevisionStep {
  readonly validGap: number;
  readonly recordGap: number;
  readonly priority: number;
}

/** Steps of a history of 1..8 revisions. */
export const revisionStepsArbitrary = fc.array(
  fc.record({
    validGap: fc.integer({ min: 1, max: 60 }),
    recordGap: fc.integer({ min: 0, max: 60 }),
    priority: fc.integer({ min: 1, max: 3 }),
  }),
  { minLength: 1, maxLength: 8 },
);

/**
 * The rows of a goal with those steps, as a storage stores them: every revision but the last has its `effective_to`
 * stamped with the next one's `effective_from` (what `GoalRepository.revise` does).
 */
export function historyFromSteps(steps: readonly RevisionStep[], goalKey = 'g1', userId = 'u1'): GoalRow[] {
  let valid = 0;
  let recorded = 0;
  const rows = steps.map((step, index) => {
    valid += step.validGap;
    recorded += step.recordGap;
    return {
      id: `${goalKey}_r${index + 1}`,
      user_id: userId,
      goal_key: goalKey,
      revision: index + 1,
      horizon: 'session' as const,
      goal_type: 'consistency' as const,
      title: `${goalKey} v${index + 1}`,
      target_json: { type: 'adherence', sessions_per_week: index + 2 },
      priority: step.priority,
      effective_from: day(valid),
      created_at: day(recorded),
    };
  });
  return rows.map((row, index) => parseGoal({ ...row, effective_to: rows[index + 1]?.effective_from ?? null }));
}

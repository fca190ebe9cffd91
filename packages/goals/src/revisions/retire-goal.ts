import { ValidationError, type GoalRow } from '@trainkit/core';
import { reviseGoal, type ReviseGoalOptions } from './revise-goal.js';
import { RETIRED_GOAL_STATUSES, type RetiredGoalStatus } from './retired-goal-statuses.js';

/**
 * Retires a goal: the next revision with status `achieved` or `abandoned` (see {@link reviseGoal}); it stays in the
 * history, and nothing can revise the goal after it. Pure.
 *
 * @throws {GoalRetiredError} When `current` is already retired.
 * @throws {GoalRevisionConflictError} When `options.basedOnRevision` is stale.
 * @throws {ValidationError} When `status` is not a retiring status, or the stamp is invalid (see {@link reviseGoal}).
 *
 * @example
 * ```ts
 * const last = retireGoal(current, 'achieved', { basedOnRevision: current.revision, at: '2025-05-20T18:00:00.000Z', id: 'goal_squat_r3' });
 * last.status; // 'achieved'
 * ```
 */
export function retireGoal(current: GoalRow, status: RetiredGoalStatus, options: ReviseGoalOptions): GoalRow {
  if (!(RETIRED_GOAL_STATUSES as readonly string[]).includes(status)) {
    throw new ValidationError('goals', [
      { path: 'status', rule: 'invalid_value', message: `a goal is retired as ${RETIRED_GOAL_STATUSES.join(' or ')}, got ${JSON.stringify(status)}` },
    ]);
  }
  return reviseGoal(current, { status }, options);
}

import type { GoalStatus } from '@trainkit/core';

/**
 * The statuses that retire a goal: a revision with one of them is the goal's last; revising it is a
 * `GoalRetiredError`.
 *
 * @example
 * ```ts
 * RETIRED_GOAL_STATUSES.includes('achieved'); // true
 * ```
 */
export const RETIRED_GOAL_STATUSES = ['achieved', 'abandoned'] as const satisfies readonly GoalStatus[];

/**
 * One of {@link RETIRED_GOAL_STATUSES}.
 *
 * @example
 * ```ts
 * const status: RetiredGoalStatus = 'abandoned';
 * ```
 */
export type RetiredGoalStatus = (typeof RETIRED_GOAL_STATUSES)[number];

/**
 * True when a revision retires its goal (status `achieved` or `abandoned`).
 *
 * @example
 * ```ts
 * isGoalRetired({ status: 'achieved' }); // true
 * isGoalRetired({ status: 'paused' }); // false
 * ```
 */
export function isGoalRetired(revision: { readonly status: GoalStatus }): boolean {
  return (RETIRED_GOAL_STATUSES as readonly GoalStatus[]).includes(revision.status);
}

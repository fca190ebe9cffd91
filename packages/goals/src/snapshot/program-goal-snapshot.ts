import type { GoalStatus } from '@trainkit/core';
import { isGoalRetired } from '../revisions/retired-goal-statuses.js';

/**
 * The derived goal columns of a `programs` row: the titles of its three highest-priority goals.
 *
 * @example
 * ```ts
 * const snapshot: ProgramGoalSnapshot = { goal_1: 'Squat 140 kg', goal_2: 'Run 10 km in 45:00', goal_3: null };
 * ```
 */
export interface ProgramGoalSnapshot {
  readonly goal_1: string | null;
  readonly goal_2: string | null;
  readonly goal_3: string | null;
}

/**
 * `programs.goal_1/2/3` from the goal revisions in force for a program (e.g. `goalsInForce` of the goals whose
 * `program_id` is the program): retired goals (`achieved`, `abandoned`) are left out, the rest ordered by
 * `priority`, then `goal_key`, and the first three titles taken; missing ones are `null`. Pure; the order of the
 * input does not matter.
 *
 * @example
 * ```ts
 * programGoalSnapshot([
 *   { goal_key: 'run_10k', title: 'Run 10 km in 45:00', priority: 2, status: 'active' },
 *   { goal_key: 'squat', title: 'Squat 140 kg', priority: 1, status: 'active' },
 * ]); // { goal_1: 'Squat 140 kg', goal_2: 'Run 10 km in 45:00', goal_3: null }
 * ```
 */
export function programGoalSnapshot(
  goals: readonly { readonly goal_key: string; readonly title: string; readonly priority: number; readonly status: GoalStatus }[],
): ProgramGoalSnapshot {
  const titles = goals
    .filter((goal) => !isGoalRetired(goal))
    .sort((a, b) => a.priority - b.priority || (a.goal_key < b.goal_key ? -1 : a.goal_key > b.goal_key ? 1 : 0) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0))
    .map((goal) => goal.title);
  return { goal_1: titles[0] ?? null, goal_2: titles[1] ?? null, goal_3: titles[2] ?? null };
}

import { createBlock, createCycle } from './cycle-writes.js';
import { goalHistory, goalsInForceFromStorage, loadGoalProgress, recordGoalCheckin } from './goal-reads.js';
import { createGoal, retireStoredGoal, reviseStoredGoal } from './goal-writes.js';
import type { GoalsDependencies } from './goals-dependencies.js';
import type { TrainkitGoals } from './trainkit-goals.js';

/** Internal: the `goals` part of the facade over a storage, an id factory and a clock. */
export function createGoalsApi(deps: GoalsDependencies): TrainkitGoals {
  return {
    createCycle: (input) => createCycle(deps, input),
    createBlock: (input) => createBlock(deps, input),
    create: (input) => createGoal(deps, input),
    revise: (input) => reviseStoredGoal(deps, input),
    retire: (input) => retireStoredGoal(deps, input),
    history: (options) => goalHistory(deps, options),
    inForce: (options) => goalsInForceFromStorage(deps, options),
    checkin: (input) => recordGoalCheckin(deps, input),
    progress: (options) => loadGoalProgress(deps, options),
  };
}

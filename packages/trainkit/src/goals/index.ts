export type { TrainkitGoals, GoalHistory, GoalWriteResult, TrainkitGoalProgress } from './trainkit-goals.js';
export {
  CreateBlockInputSchema,
  CreateCycleInputSchema,
  CreateGoalInputSchema,
  GoalCheckinInputSchema,
  GoalHistoryOptionsSchema,
  GoalProgressOptionsSchema,
  GoalsInForceOptionsSchema,
  RetireGoalInputSchema,
  ReviseGoalInputSchema,
  type CreateBlockInput,
  type CreateCycleInput,
  type CreateGoalInput,
  type GoalCheckinInput,
  type GoalHistoryOptions,
  type GoalProgressOptions,
  type GoalsInForceOptions,
  type RetireGoalInput,
  type ReviseGoalInput,
} from './goal-call-inputs.js';
export { ONE_REP_MAX_MAX_REPS_TO_FAILURE } from './goal-observations-from-storage.js';

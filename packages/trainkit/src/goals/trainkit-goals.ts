import type {
  GoalCheckinRow,
  GoalRow,
  Instant,
  MacroCycleRow,
  ProgramRow,
} from '@trainkit/core';
import type { GoalObservation, GoalProgress, GoalTimelineEntry } from '@trainkit/goals';
import type {
  CreateBlockInput,
  CreateCycleInput,
  CreateGoalInput,
  GoalCheckinInput,
  GoalHistoryOptions,
  GoalProgressOptions,
  GoalsInForceOptions,
  RetireGoalInput,
  ReviseGoalInput,
} from './goal-call-inputs.js';

/**
 * What a goal write returns: the revision stored, and the goal's block with its refreshed `goal_1/2/3` snapshot
 * (`null` for goals without a block).
 *
 * @example
 * ```ts
 * const { goal, program }: GoalWriteResult = await trainkit.goals.revise({ userId: 'u1', goalKey: 'squat', basedOnRevision: 1, priority: 2 });
 * program?.goal_1;
 * ```
 */
export interface GoalWriteResult {
  readonly goal: GoalRow;
  readonly program: ProgramRow | null;
}

/**
 * A goal's history as known on a date: the revisions recorded by then with their derived valid time, and the
 * check-ins recorded by then.
 *
 * @example
 * ```ts
 * const history: GoalHistory = await trainkit.goals.history({ userId: 'u1', goalKey: 'squat', asKnownOn: '2025-04-15' });
 * history.revisions.map((entry) => [entry.revision.revision, entry.valid_from, entry.valid_to]);
 * ```
 */
export interface GoalHistory {
  readonly goalKey: string;
  /** The record time looked from; `null` = everything recorded. */
  readonly asKnownOn: Instant | null;
  readonly revisions: readonly GoalTimelineEntry[];
  readonly checkins: readonly GoalCheckinRow[];
}

/**
 * The progress of a goal from stored data: `@trainkit/goals`' `GoalProgress`, plus the revision measured and every
 * observation derived from stored rows (each naming its table and row id).
 *
 * @example
 * ```ts
 * const progress: TrainkitGoalProgress = await trainkit.goals.progress({ userId: 'u1', goalKey: 'squat' });
 * progress.status; progress.observations[0]?.ref;
 * ```
 */
export interface TrainkitGoalProgress extends GoalProgress {
  /** The revision whose target was measured: the one in force at `as_of` as known on `knownOn` (else the first). */
  readonly goal: GoalRow;
  /** The values derived from stored activities, strength sets and biometrics (check-ins come on top). */
  readonly observations: readonly GoalObservation[];
}

/**
 * Goals over stored data: 12-month macro cycles holding 12-week blocks, versioned goals with valid and record time,
 * check-ins and progress. Every write is one transaction (a failure leaves nothing behind) and keeps the block's
 * `programs.goal_1/2/3` snapshot current.
 *
 * @example
 * ```ts
 * const cycle = await trainkit.goals.createCycle({ userId: 'u1', name: '2025', startDate: '2025-01-06', endDate: '2025-12-28' });
 * const block = await trainkit.goals.createBlock({ userId: 'u1', macroCycleId: cycle.id, name: 'Base', startDate: '2025-01-06', endDate: '2025-03-30' });
 * const { goal } = await trainkit.goals.create({ userId: 'u1', title: 'Squat 140 kg', goalType: 'strength', horizon: 'block', programId: block.id, target: { type: 'one_rep_max', movement_id: 'back_squat', load_kg: 140 } });
 * await trainkit.goals.revise({ userId: 'u1', goalKey: goal.goal_key, basedOnRevision: goal.revision, title: 'Squat 145 kg', target: { type: 'one_rep_max', movement_id: 'back_squat', load_kg: 145 } });
 * ```
 */
export interface TrainkitGoals {
  /**
   * Stores a macro cycle. Throws `NotFoundError` for an unknown user, `MacroCycleOverlapError` (a `ValidationError`)
   * when it overlaps another cycle of the athlete, naming both, `ValidationError` for invalid fields.
   */
  createCycle(input: CreateCycleInput): Promise<MacroCycleRow>;
  /**
   * Stores a 12-week block (a `programs` row) in a macro cycle. Throws `NotFoundError` for an unknown user or cycle,
   * `BlockOutsideCycleError` (a `ValidationError`) when it does not lie within the cycle.
   */
  createBlock(input: CreateBlockInput): Promise<ProgramRow>;
  /**
   * Stores a new goal (revision 1) and refreshes its block's snapshot. Throws `ValidationError` for an invalid target
   * (or one that does not fit the goal type, or names an unknown movement / discipline / activity) or horizon,
   * `NotFoundError` for an unknown user, cycle, block or parent goal, `ConflictError` (`unique`) for a goal key in use.
   */
  create(input: CreateGoalInput): Promise<GoalWriteResult>;
  /**
   * Appends the next revision of a goal (the earlier ones stay as they were) and refreshes its block's snapshot.
   * Throws `NotFoundError` for an unknown goal, `GoalRetiredError` for a retired goal, `GoalRevisionConflictError`
   * for a stale `basedOnRevision`, `ValidationError` for an invalid change. Nothing is written on failure.
   */
  revise(input: ReviseGoalInput): Promise<GoalWriteResult>;
  /** Retires a goal as `achieved` or `abandoned` (a last revision); same errors as {@link TrainkitGoals.revise}. */
  retire(input: RetireGoalInput): Promise<GoalWriteResult>;
  /** The goal's history as known on `asKnownOn` (default: everything). Throws `NotFoundError` for an unknown goal. */
  history(options: GoalHistoryOptions): Promise<GoalHistory>;
  /** The goal revisions in force at `validAt` as known on `knownOn`, ordered by priority then goal key. */
  inForce(options: GoalsInForceOptions): Promise<GoalRow[]>;
  /**
   * Records a check-in against the revision in force on its date (revision 1 for an earlier date). Throws
   * `NotFoundError` for an unknown goal, `ValidationError` when the value does not fit the goal's measure.
   */
  checkin(input: GoalCheckinInput): Promise<GoalCheckinRow>;
  /**
   * Progress of a goal at `asOf` (see `goalProgress` of `@trainkit/goals`) from its check-ins and from stored data:
   * estimated 1RMs (Epley) from logged sets, times, paces, distances and power from activities, skill reps and holds
   * from sets, weekly sessions or minutes, body composition from `user_biometrics_history`. The deadline is an event's
   * day, else the end of the goal's block or macro cycle.
   */
  progress(options: GoalProgressOptions): Promise<TrainkitGoalProgress>;
}

import { ConflictError, type GoalStatus } from '@trainkit/core';

/**
 * A retired goal (status `achieved` or `abandoned`) cannot be revised or retired again: create a new goal instead.
 * Nothing was written. A `ConflictError` (code `CONFLICT`, entity `goals`, kind `check`) whose stable `reason` is
 * `goal_retired`.
 *
 * @example
 * ```ts
 * try { reviseGoal(achieved, { title: 'Squat 150 kg' }, { basedOnRevision: achieved.revision, at, id }); }
 * catch (error) { if (error instanceof GoalRetiredError) console.log(error.status); } // 'achieved'
 * ```
 */
export class GoalRetiredError extends ConflictError {
  /** Stable reason, for callers that switch on it. */
  readonly reason = 'goal_retired' as const;

  constructor(
    /** The goal lineage. */
    readonly goalKey: string,
    /** The retired revision. */
    readonly revision: number,
    /** Its status, `achieved` or `abandoned`. */
    readonly status: GoalStatus,
  ) {
    super('goals', 'check', `goal ${goalKey} was retired as ${status} in revision ${revision} and cannot be revised (create a new goal)`);
  }
}

import { ConflictError } from '@trainkit/core';

/**
 * A revision was based on a revision that is no longer the goal's latest: someone else revised the goal in between.
 * Nothing was written. A `ConflictError` (code `CONFLICT`, entity `goals`, kind `check`) whose stable `reason` is
 * `goal_revision_conflict`; re-read the goal and decide again.
 *
 * @example
 * ```ts
 * try { reviseGoal(current, { title: 'Squat 150 kg' }, { basedOnRevision: 1, at, id }); }
 * catch (error) { if (error instanceof GoalRevisionConflictError) console.log(error.currentRevision); }
 * ```
 */
export class GoalRevisionConflictError extends ConflictError {
  /** Stable reason, for callers that switch on it. */
  readonly reason = 'goal_revision_conflict' as const;

  constructor(
    /** The goal lineage. */
    readonly goalKey: string,
    /** The revision the change was based on. */
    readonly basedOnRevision: number,
    /** The goal's latest revision. */
    readonly currentRevision: number,
  ) {
    super(
      'goals',
      'check',
      `goal ${goalKey} is at revision ${currentRevision}, the change was based on revision ${basedOnRevision} (re-read the goal and revise again)`,
    );
  }
}

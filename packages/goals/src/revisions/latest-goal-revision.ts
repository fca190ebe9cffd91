import type { GoalRow } from '@trainkit/core';

/**
 * The latest recorded revision of a goal lineage: the highest `revision` (whatever the stored `effective_to` says),
 * or `undefined` for no revisions. This is the revision a new revision must be based on.
 *
 * @example
 * ```ts
 * const current = latestGoalRevision(await storage.goals.listRevisions(userId, goalKey));
 * ```
 */
export function latestGoalRevision<Row extends Pick<GoalRow, 'revision'>>(revisions: readonly Row[]): Row | undefined {
  let latest: Row | undefined;
  for (const revision of revisions) if (latest === undefined || revision.revision > latest.revision) latest = revision;
  return latest;
}

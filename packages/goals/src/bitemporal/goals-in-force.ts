import type { GoalRow } from '@trainkit/core';
import { isGoalRetired } from '../revisions/retired-goal-statuses.js';
import { goalQueryInstant } from './goal-query-instant.js';
import { resolveGoalAsKnownOn } from './resolve-goal-as-known-on.js';

/**
 * Which goals {@link goalsInForce} returns: those valid at `validAt` as known on `knownOn` (default: everything
 * recorded); retired ones (`achieved`, `abandoned`) only with `includeRetired`.
 *
 * @example
 * ```ts
 * const query: GoalsInForceQuery = { validAt: '2025-04-01T00:00:00.000Z', includeRetired: true };
 * ```
 */
export interface GoalsInForceQuery {
  readonly validAt: string;
  readonly knownOn?: string;
  /** Also return goals whose revision in force retired them (default false). */
  readonly includeRetired?: boolean;
}

/**
 * The goals in force at `validAt` as known on `knownOn`: the revisions of any number of goals (and users) are grouped
 * by lineage (`user_id`, `goal_key`), each lineage is resolved by {@link resolveGoalAsKnownOn}, and the revisions in
 * force are returned ordered by `priority`, then `goal_key`, then `user_id`. Goals retired by their revision in force
 * are left out unless `includeRetired`. Pure; never reads the stored `effective_to`.
 *
 * @throws {ValidationError} Subject `goal query`: `validAt` / `knownOn` not instants, a repeated revision number.
 *
 * @example
 * ```ts
 * const current = goalsInForce(await storage.goals.list(userId), { validAt: '2025-04-01T00:00:00.000Z' });
 * current.map((goal) => goal.id); // the revision ids a recommendation cites
 * ```
 */
export function goalsInForce<Row extends GoalRow>(revisions: readonly Row[], query: GoalsInForceQuery): Row[] {
  goalQueryInstant(query.validAt, 'validAt');
  if (query.knownOn !== undefined) goalQueryInstant(query.knownOn, 'knownOn');
  const lineages = new Map<string, Row[]>();
  for (const revision of revisions) {
    const key = JSON.stringify([revision.user_id, revision.goal_key]);
    const lineage = lineages.get(key);
    if (lineage) lineage.push(revision);
    else lineages.set(key, [revision]);
  }
  const inForce: Row[] = [];
  for (const lineage of lineages.values()) {
    const revision = resolveGoalAsKnownOn(lineage, query);
    if (revision !== undefined && (query.includeRetired === true || !isGoalRetired(revision))) inForce.push(revision);
  }
  return inForce.sort(
    (a, b) =>
      a.priority - b.priority ||
      (a.goal_key < b.goal_key ? -1 : a.goal_key > b.goal_key ? 1 : 0) ||
      (a.user_id < b.user_id ? -1 : a.user_id > b.user_id ? 1 : 0),
  );
}

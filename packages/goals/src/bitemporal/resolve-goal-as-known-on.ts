import type { GoalRow } from '@trainkit/core';
import { goalQueryInstant } from './goal-query-instant.js';
import { asKnown } from './as-known.js';
import { knownRevisions } from './known-revisions.js';

/**
 * A bitemporal goal question: which revision was valid at `validAt`, as known on `knownOn` (default: everything
 * recorded).
 *
 * @example
 * ```ts
 * const query: GoalAsKnownOnQuery = { validAt: '2025-04-01T00:00:00.000Z', knownOn: '2025-03-15T00:00:00.000Z' };
 * ```
 */
export interface GoalAsKnownOnQuery {
  /** Valid time: when the goal applied. */
  readonly validAt: string;
  /** Record time: what had been recorded by then (`created_at <= knownOn`). */
  readonly knownOn?: string;
}

/**
 * "What was the goal on `validAt`, as known on `knownOn`?": among the revisions of one goal recorded by `knownOn`,
 * the highest revision whose `effective_from <= validAt` (each known revision is valid until the next known one
 * starts), or `undefined` when none had started. The stored `effective_to` is never read: the storage stamps it when
 * a later revision arrives, which would leak later knowledge into an earlier question. The revision comes back as it
 * was known: its `effective_to` is the valid end derived from the revisions known on `knownOn` (`null` while none
 * later was known; a copy of the row when that differs from the stored value). Pure; the result for a given
 * `knownOn` never changes when revisions recorded after it are added.
 *
 * @throws {ValidationError} Subject `goal query`: `validAt` / `knownOn` not instants, revisions of several goals, a
 * repeated revision number.
 *
 * @example
 * ```ts
 * const revision = resolveGoalAsKnownOn(await storage.goals.listRevisions(userId, goalKey), {
 *   validAt: '2025-04-01T00:00:00.000Z',
 *   knownOn: '2025-03-15T00:00:00.000Z',
 * });
 * ```
 */
export function resolveGoalAsKnownOn<Row extends GoalRow>(revisions: readonly Row[], query: GoalAsKnownOnQuery): Row | undefined {
  const validAt = goalQueryInstant(query.validAt, 'validAt');
  const knownOn = query.knownOn === undefined ? undefined : goalQueryInstant(query.knownOn, 'knownOn');
  const known = knownRevisions(revisions, knownOn);
  let found: number | undefined;
  known.forEach((revision, index) => {
    if (Date.parse(revision.effective_from) <= validAt) found = index;
  });
  if (found === undefined) return undefined;
  let validTo: Row | undefined;
  for (const later of known.slice(found + 1)) {
    if (validTo === undefined || Date.parse(later.effective_from) < Date.parse(validTo.effective_from)) validTo = later;
  }
  return asKnown(known[found]!, validTo?.effective_from ?? null);
}

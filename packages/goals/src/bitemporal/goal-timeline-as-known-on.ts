import type { GoalRow, Instant } from '@trainkit/core';
import { goalQueryInstant } from './goal-query-instant.js';
import { asKnown } from './as-known.js';
import { knownRevisions } from './known-revisions.js';

/**
 * One revision of a goal as known on a date, with its valid time derived from the revisions known then: valid from
 * its `effective_from` until the earliest `effective_from` of a later known revision (`valid_to`, exclusive; null
 * while no later revision is known). The stored `effective_to` is never read.
 *
 * @example
 * ```ts
 * const entry: GoalTimelineEntry = { revision: row, valid_from: row.effective_from, valid_to: null };
 * ```
 */
export interface GoalTimelineEntry<Row extends GoalRow = GoalRow> {
  readonly revision: Row;
  readonly valid_from: Instant;
  /** Exclusive; `null` = open-ended (no later revision known). Not after `valid_from` = never in force. */
  readonly valid_to: Instant | null;
}

/**
 * The history of one goal as it was known on `knownOn` (default: everything recorded): the revisions recorded by
 * then (`created_at <= knownOn`), by revision number, each with the valid time derived from the other known
 * revisions (see {@link GoalTimelineEntry}); each revision as it was known (its `effective_to` set to `valid_to`,
 * unless it was never in force). Later corrections never change the answer for an earlier `knownOn`. Pure.
 *
 * @throws {ValidationError} Subject `goal query`: `knownOn` not an instant, revisions of several goals, a repeated
 * revision number.
 *
 * @example
 * ```ts
 * const timeline = goalTimelineAsKnownOn(revisions, { knownOn: '2025-04-15T00:00:00.000Z' });
 * timeline.map((entry) => [entry.revision.revision, entry.valid_from, entry.valid_to]);
 * ```
 */
export function goalTimelineAsKnownOn<Row extends GoalRow>(
  revisions: readonly Row[],
  options: { readonly knownOn?: string } = {},
): GoalTimelineEntry<Row>[] {
  const knownOn = options.knownOn === undefined ? undefined : goalQueryInstant(options.knownOn, 'knownOn');
  const known = knownRevisions(revisions, knownOn);
  const entries: GoalTimelineEntry<Row>[] = new Array<GoalTimelineEntry<Row>>(known.length);
  let earliestLater: Row | undefined;
  for (let index = known.length - 1; index >= 0; index--) {
    const revision = known[index]!;
    const validTo = earliestLater?.effective_from ?? null;
    const endsAfterStart = validTo === null || Date.parse(validTo) > Date.parse(revision.effective_from);
    entries[index] = { revision: endsAfterStart ? asKnown(revision, validTo) : revision, valid_from: revision.effective_from, valid_to: validTo };
    if (earliestLater === undefined || Date.parse(revision.effective_from) < Date.parse(earliestLater.effective_from)) earliestLater = revision;
  }
  return entries;
}

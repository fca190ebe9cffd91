import type { GoalRow, Instant } from '@trainkit/core';

/**
 * Internal: a revision as it was known: `effective_to` set to the end of its valid time derived from the revisions
 * known then (`null` while no later one was known), whatever the storage stamped later. The row itself when it
 * already says so.
 */
export function asKnown<Row extends GoalRow>(revision: Row, validTo: Instant | null): Row {
  return revision.effective_to === validTo ? revision : { ...revision, effective_to: validTo };
}

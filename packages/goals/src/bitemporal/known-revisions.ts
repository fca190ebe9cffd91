import { ValidationError, type GoalRow } from '@trainkit/core';

/**
 * Internal: the revisions of one lineage known at `knownOn` (epoch ms; undefined = all), sorted by revision.
 * Throws `ValidationError` for revisions of several lineages or a repeated revision number.
 */
export function knownRevisions<Row extends GoalRow>(revisions: readonly Row[], knownOn: number | undefined): Row[] {
  const first = revisions[0];
  const seen = new Set<number>();
  for (const revision of revisions) {
    if (first && (revision.goal_key !== first.goal_key || revision.user_id !== first.user_id)) {
      throw new ValidationError('goal query', [
        { path: 'revisions', rule: 'invalid_value', message: `revisions of one goal expected, got ${first.user_id}/${first.goal_key} and ${revision.user_id}/${revision.goal_key}` },
      ]);
    }
    if (seen.has(revision.revision)) {
      throw new ValidationError('goal query', [
        { path: 'revisions', rule: 'duplicate', message: `revision ${revision.revision} of ${revision.goal_key} appears twice` },
      ]);
    }
    seen.add(revision.revision);
  }
  return revisions
    .filter((revision) => knownOn === undefined || Date.parse(revision.created_at) <= knownOn)
    .sort((a, b) => a.revision - b.revision);
}

import type { ActivityInstanceRow } from '../schema/activity-instance.js';
import type { ActivityStrengthSetRow } from '../schema/activity-strength-set.js';

/**
 * The canonical rows of one manually logged session, validated and ready for the repositories: the activity instance
 * and, for strength logs, its sets in order (`set_index` 0, 1, ...). Cardio and session logs have no sets.
 *
 * @example
 * ```ts
 * // The facade builds and stores a log in one call: `await trainkit.log.cardio({ ... })` returns its rows.
 * // The builders alone are pure; write their rows in one transaction:
 * const log: ManualLog = buildCardioLog(input, { ids, createdAt });
 * await storage.transaction(async (tx) => {
 *   await tx.activityInstances.insert(log.activityInstance);
 *   if (log.strengthSets.length > 0) await tx.activityStrengthSets.insertMany(log.strengthSets);
 * });
 * ```
 */
export interface ManualLog {
  /** The `activity_instances` row (source `manual`, or `planned` when it fulfils a planned session). */
  readonly activityInstance: ActivityInstanceRow;
  /** The `activity_strength_sets` rows; empty unless the log is a strength log. */
  readonly strengthSets: readonly ActivityStrengthSetRow[];
}

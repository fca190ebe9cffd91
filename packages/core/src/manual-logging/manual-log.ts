import type { ActivityInstanceRow } from '../schema/activity-instance.js';
import type { ActivityStrengthSetRow } from '../schema/activity-strength-set.js';

/**
 * The canonical rows of one manually logged session, validated and ready for the repositories: the activity instance
 * and, for strength logs, its sets in order (`set_index` 0, 1, ...). Cardio and session logs have no sets.
 *
 * @example
 * ```ts
 * const log: ManualLog = buildCardioLog(input, { ids, createdAt });
 * await storage.activities.insert(log.activityInstance);
 * ```
 */
export interface ManualLog {
  /** The `activity_instances` row (source `manual`, or `planned` when it fulfils a planned session). */
  readonly activityInstance: ActivityInstanceRow;
  /** The `activity_strength_sets` rows; empty unless the log is a strength log. */
  readonly strengthSets: readonly ActivityStrengthSetRow[];
}

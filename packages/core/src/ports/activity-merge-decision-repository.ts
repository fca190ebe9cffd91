import type { ActivityInstanceId, ActivityMergeDecisionId, ExternalActivityRecordId, UserId } from '../ids/entity-ids.js';
import type { ActivityMergeDecisionInsert, ActivityMergeDecisionRow } from '../schema/activity-merge-decision.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * `activity_merge_decisions`: the dedup's append-only log of merges and unmerges.
 *
 * @example
 * ```ts
 * const decisions = await storage.activityMergeDecisions.listByActivity(userId, activity.id);
 * ```
 */
export interface ActivityMergeDecisionRepository
  extends UserScopedRepository<ActivityMergeDecisionRow, ActivityMergeDecisionId, ActivityMergeDecisionInsert> {
  /**
   * Decisions about one activity instance, as the subject (`activity_instance_id`) or as the counterpart
   * (`counterpart_instance_id`), ordered by `created_at`, then id.
   */
  listByActivity(userId: UserId, activityInstanceId: ActivityInstanceId): Promise<ActivityMergeDecisionRow[]>;
  /** Decisions that merged in or split out one raw record, ordered by `created_at`, then id. */
  listByRecord(userId: UserId, externalActivityRecordId: ExternalActivityRecordId): Promise<ActivityMergeDecisionRow[]>;
}

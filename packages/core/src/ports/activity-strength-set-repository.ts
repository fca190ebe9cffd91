import type { ActivityInstanceId, ActivityStrengthSetId, UserId } from '../ids/entity-ids.js';
import type { ActivityStrengthSetInsert, ActivityStrengthSetRow } from '../schema/activity-strength-set.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * `activity_strength_sets`: performed sets of an activity instance.
 *
 * @example
 * ```ts
 * const sets = await storage.activityStrengthSets.listByActivity(userId, activityId);
 * ```
 */
export interface ActivityStrengthSetRepository
  extends UserScopedRepository<ActivityStrengthSetRow, ActivityStrengthSetId, ActivityStrengthSetInsert> {
  /** Sets of one activity ordered by `set_index` (empty when the activity is not the user's). */
  listByActivity(userId: UserId, activityInstanceId: ActivityInstanceId): Promise<ActivityStrengthSetRow[]>;
  /**
   * Replaces all sets of one activity with `sets`, atomically; returns how many were inserted. Every set must have
   * this `user_id` and `activity_instance_id` (`ValidationError` otherwise); `NotFoundError` when the user has no
   * such activity.
   */
  replaceForActivity(
    userId: UserId,
    activityInstanceId: ActivityInstanceId,
    sets: readonly ActivityStrengthSetInsert[],
  ): Promise<number>;
}

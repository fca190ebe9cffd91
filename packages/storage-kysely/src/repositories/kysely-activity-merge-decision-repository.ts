import type {
  ActivityInstanceId,
  ActivityMergeDecisionId,
  ActivityMergeDecisionInsert,
  ActivityMergeDecisionRepository,
  ActivityMergeDecisionRow,
  ExternalActivityRecordId,
  UserId,
} from '@trainkit/core';
import { checkKey, checkUserId } from './check-arguments.js';
import { KyselyUserScopedRepository } from './kysely-user-scoped-repository.js';
import { selectWhere } from './select-rows.js';
import type { StorageContext } from './storage-context.js';

/**
 * `activity_merge_decisions` on kysely: the dedup's merge / unmerge log.
 *
 * @internal
 */
export class KyselyActivityMergeDecisionRepository
  extends KyselyUserScopedRepository<ActivityMergeDecisionRow, ActivityMergeDecisionId, ActivityMergeDecisionInsert>
  implements ActivityMergeDecisionRepository
{
  constructor(context: StorageContext) {
    super(context, 'activity_merge_decisions');
  }

  async listByActivity(userId: UserId, activityInstanceId: ActivityInstanceId): Promise<ActivityMergeDecisionRow[]> {
    const user = checkUserId(this.table, userId);
    const activity = checkKey(this.table, 'activityInstanceId', activityInstanceId);
    return (await selectWhere(
      this.context,
      this.runtime,
      // The owner in each branch of the OR, so that SQLite looks up both columns' indexes instead of walking every
      // decision of the user.
      (query) =>
        query.where((builder) =>
          builder.or([
            builder.and([builder('activity_instance_id', '=', activity), builder('user_id', '=', user)]),
            builder.and([builder('counterpart_instance_id', '=', activity), builder('user_id', '=', user)]),
          ]),
        ),
      [{ column: 'created_at' }],
    )) as ActivityMergeDecisionRow[];
  }

  async listByRecord(userId: UserId, externalActivityRecordId: ExternalActivityRecordId): Promise<ActivityMergeDecisionRow[]> {
    return this.listByKey(userId, 'external_activity_record_id', 'externalActivityRecordId', externalActivityRecordId, 'created_at');
  }
}

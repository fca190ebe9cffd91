import {
  NotFoundError,
  type ActivityInstanceId,
  type ActivityStrengthSetId,
  type ActivityStrengthSetInsert,
  type ActivityStrengthSetRepository,
  type ActivityStrengthSetRow,
  type UserId,
} from '@trainkit/core';
import { checkKey, checkUserId } from './check-arguments.js';
import { KyselyUserScopedRepository } from './kysely-user-scoped-repository.js';
import { atomically } from './atomically.js';
import { deleteRows } from './delete-rows.js';
import { insertValidatedRows } from './insert-rows.js';
import { selectOne, selectWhere } from './select-rows.js';
import type { StorageContext } from './storage-context.js';
import { tableRuntime } from './table-runtime.js';
import { validateRows, validationError } from './validate-rows.js';

/**
 * `activity_strength_sets` on kysely, plus listing and atomic replacement of one activity's sets.
 *
 * @internal
 */
export class KyselyActivityStrengthSetRepository
  extends KyselyUserScopedRepository<ActivityStrengthSetRow, ActivityStrengthSetId, ActivityStrengthSetInsert>
  implements ActivityStrengthSetRepository
{
  constructor(context: StorageContext) {
    super(context, 'activity_strength_sets');
  }

  async listByActivity(userId: UserId, activityInstanceId: ActivityInstanceId): Promise<ActivityStrengthSetRow[]> {
    const user = checkUserId(this.table, userId);
    const activity = checkKey(this.table, 'activityInstanceId', activityInstanceId);
    return (await selectWhere(
      this.context,
      this.runtime,
      (query) => query.where('user_id', '=', user).where('activity_instance_id', '=', activity),
      [{ column: 'set_index' }],
    )) as ActivityStrengthSetRow[];
  }

  async replaceForActivity(
    userId: UserId,
    activityInstanceId: ActivityInstanceId,
    sets: readonly ActivityStrengthSetInsert[],
  ): Promise<number> {
    const user = checkUserId(this.table, userId);
    const activity = checkKey(this.table, 'activityInstanceId', activityInstanceId);
    const valid = validateRows(this.runtime, sets);
    valid.forEach((set, index) => {
      if (set.user_id !== user) throw validationError(this.table, 'user_id', 'invalid_value', `row ${index}: must be ${user}`);
      if (set.activity_instance_id !== activity) {
        throw validationError(this.table, 'activity_instance_id', 'invalid_value', `row ${index}: must be ${activity}`);
      }
    });
    return atomically(this.context, async (context) => {
      const owner = await selectOne(context, tableRuntime('activity_instances', context.family), { user_id: user, id: activity });
      if (!owner) throw new NotFoundError('activity_instances', activity);
      await deleteRows(context, this.runtime, { user_id: user, activity_instance_id: activity });
      await insertValidatedRows(context, this.runtime, valid);
      return valid.length;
    });
  }
}

import type {
  PlannedSessionExerciseId,
  PlannedSessionExerciseInsert,
  PlannedSessionExerciseRepository,
  PlannedSessionExerciseRow,
  PlannedSessionId,
  UserId,
} from '@trainkit/core';
import { checkKey, checkUserId } from './check-arguments.js';
import { KyselyUserScopedRepository } from './kysely-user-scoped-repository.js';
import { selectWhere } from './select-rows.js';
import type { StorageContext } from './storage-context.js';

/**
 * `planned_session_exercises` on kysely, plus the exercises of one session in order.
 *
 * @internal
 */
export class KyselyPlannedSessionExerciseRepository
  extends KyselyUserScopedRepository<PlannedSessionExerciseRow, PlannedSessionExerciseId, PlannedSessionExerciseInsert>
  implements PlannedSessionExerciseRepository
{
  constructor(context: StorageContext) {
    super(context, 'planned_session_exercises');
  }

  async listBySession(userId: UserId, plannedSessionId: PlannedSessionId): Promise<PlannedSessionExerciseRow[]> {
    const user = checkUserId(this.table, userId);
    const session = checkKey(this.table, 'plannedSessionId', plannedSessionId);
    return (await selectWhere(
      this.context,
      this.runtime,
      (query) => query.where('user_id', '=', user).where('planned_session_id', '=', session),
      [{ column: 'order_index' }],
    )) as PlannedSessionExerciseRow[];
  }
}

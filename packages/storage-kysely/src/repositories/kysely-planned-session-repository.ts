import type {
  LocalDate,
  PlannedSessionId,
  PlannedSessionInsert,
  PlannedSessionRepository,
  PlannedSessionRow,
  UserId,
} from '@trainkit/core';
import { checkLocalDateRange, checkUserId } from './check-arguments.js';
import { KyselyUserScopedRepository } from './kysely-user-scoped-repository.js';
import { selectWhere } from './select-rows.js';
import type { StorageContext } from './storage-context.js';

/**
 * `planned_sessions` on kysely, plus the sessions of a date range.
 *
 * @internal
 */
export class KyselyPlannedSessionRepository
  extends KyselyUserScopedRepository<PlannedSessionRow, PlannedSessionId, PlannedSessionInsert>
  implements PlannedSessionRepository
{
  constructor(context: StorageContext) {
    super(context, 'planned_sessions');
  }

  async listBetween(userId: UserId, from: LocalDate, to: LocalDate): Promise<PlannedSessionRow[]> {
    const user = checkUserId(this.table, userId);
    const [start, end] = checkLocalDateRange(this.table, from, to);
    return (await selectWhere(
      this.context,
      this.runtime,
      (query) => query.where('user_id', '=', user).where('scheduled_date', '>=', start).where('scheduled_date', '<=', end),
      [{ column: 'scheduled_date' }, { column: 'order_index' }],
    )) as PlannedSessionRow[];
  }
}

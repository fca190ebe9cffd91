import type {
  IngestionFailureId,
  IngestionFailureInsert,
  IngestionFailureRepository,
  IngestionFailureRow,
  IngestionRunId,
  UserId,
} from '@trainkit/core';
import { checkKey, checkUserId } from './check-arguments.js';
import { KyselyUserScopedRepository } from './kysely-user-scoped-repository.js';
import type { StorageContext } from './storage-context.js';

/**
 * `ingestion_failures` on kysely, plus the failures of one run.
 *
 * @internal
 */
export class KyselyIngestionFailureRepository
  extends KyselyUserScopedRepository<IngestionFailureRow, IngestionFailureId, IngestionFailureInsert>
  implements IngestionFailureRepository
{
  constructor(context: StorageContext) {
    super(context, 'ingestion_failures');
  }

  async listByRun(userId: UserId, ingestionRunId: IngestionRunId, limit?: number): Promise<IngestionFailureRow[]> {
    return this.listByKey(userId, 'ingestion_run_id', 'ingestionRunId', ingestionRunId, 'created_at', limit);
  }

  async countByRun(userId: UserId, ingestionRunId: IngestionRunId): Promise<number> {
    const user = checkUserId(this.table, userId);
    const run = checkKey(this.table, 'ingestionRunId', ingestionRunId);
    const row = await this.context.db
      .selectFrom(this.table)
      .select((builder) => builder.fn.countAll().as('count'))
      .where('user_id', '=', user)
      .where('ingestion_run_id', '=', run)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }
}

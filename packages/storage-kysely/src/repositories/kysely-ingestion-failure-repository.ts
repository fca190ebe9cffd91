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
import { selectWhere } from './select-rows.js';
import type { StorageContext } from './storage-context.js';
import { validationError } from './validate-rows.js';

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
    const user = checkUserId(this.table, userId);
    const run = checkKey(this.table, 'ingestionRunId', ingestionRunId);
    if (limit !== undefined && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1)) {
      throw validationError(this.table, 'limit', 'too_small', 'must be a positive integer');
    }
    return (await selectWhere(
      this.context,
      this.runtime,
      (query) => query.where('user_id', '=', user).where('ingestion_run_id', '=', run),
      [{ column: 'created_at' }],
      limit,
    )) as IngestionFailureRow[];
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

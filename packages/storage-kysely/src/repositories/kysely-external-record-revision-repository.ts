import type {
  ExternalActivityRecordId,
  ExternalRecordRevisionId,
  ExternalRecordRevisionInsert,
  ExternalRecordRevisionRepository,
  ExternalRecordRevisionRow,
  UserId,
} from '@trainkit/core';
import { checkKey, checkUserId } from './check-arguments.js';
import { KyselyUserScopedRepository } from './kysely-user-scoped-repository.js';
import { selectWhere } from './select-rows.js';
import type { StorageContext } from './storage-context.js';

/**
 * `external_record_revisions` on kysely: earlier versions of raw records.
 *
 * @internal
 */
export class KyselyExternalRecordRevisionRepository
  extends KyselyUserScopedRepository<ExternalRecordRevisionRow, ExternalRecordRevisionId, ExternalRecordRevisionInsert>
  implements ExternalRecordRevisionRepository
{
  constructor(context: StorageContext) {
    super(context, 'external_record_revisions');
  }

  async listByRecord(userId: UserId, externalActivityRecordId: ExternalActivityRecordId): Promise<ExternalRecordRevisionRow[]> {
    const user = checkUserId(this.table, userId);
    const record = checkKey(this.table, 'externalActivityRecordId', externalActivityRecordId);
    return (await selectWhere(
      this.context,
      this.runtime,
      (query) => query.where('user_id', '=', user).where('external_activity_record_id', '=', record),
      [{ column: 'revision' }],
    )) as ExternalRecordRevisionRow[];
  }
}

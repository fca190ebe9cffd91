import type {
  ExternalActivityRecordId,
  ExternalRecordRevisionId,
  ExternalRecordRevisionInsert,
  ExternalRecordRevisionRepository,
  ExternalRecordRevisionRow,
  UserId,
} from '@trainkit/core';
import { KyselyUserScopedRepository } from './kysely-user-scoped-repository.js';
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
    return this.listByKey(userId, 'external_activity_record_id', 'externalActivityRecordId', externalActivityRecordId, 'revision');
  }
}

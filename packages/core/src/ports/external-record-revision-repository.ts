import type { ExternalActivityRecordId, ExternalRecordRevisionId, UserId } from '../ids/entity-ids.js';
import type { ExternalRecordRevisionInsert, ExternalRecordRevisionRow } from '../schema/external-record-revision.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * `external_record_revisions`: the earlier versions of raw records. Written by
 * `ExternalActivityRecordRepository.upsertByExternalId` when a payload is revised; read for audits and replays.
 *
 * @example
 * ```ts
 * const history = await storage.externalRecordRevisions.listByRecord(userId, record.id);
 * ```
 */
export interface ExternalRecordRevisionRepository
  extends UserScopedRepository<ExternalRecordRevisionRow, ExternalRecordRevisionId, ExternalRecordRevisionInsert> {
  /** Earlier versions of one raw record, oldest first (by `revision`); empty when it has none or is not the user's. */
  listByRecord(userId: UserId, externalActivityRecordId: ExternalActivityRecordId): Promise<ExternalRecordRevisionRow[]>;
}

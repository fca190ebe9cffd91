import type { Provider } from '../enums/provider.js';
import type { ExternalActivityRecordId, UserId } from '../ids/entity-ids.js';
import type { ExternalActivityRecordInsert, ExternalActivityRecordRow } from '../schema/external-activity-record.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * What {@link ExternalActivityRecordRepository.upsertByExternalId} did.
 *
 * @example
 * ```ts
 * if (result.outcome !== 'unchanged') queueNormalization(result.row.id);
 * ```
 */
export interface RawRecordUpsertResult {
  /** The stored record (its `id` and `created_at` are the first insert's when it already existed). */
  readonly row: ExternalActivityRecordRow;
  /** `inserted` (new key), `updated` (payload or metadata changed) or `unchanged` (identical; nothing written). */
  readonly outcome: 'inserted' | 'updated' | 'unchanged';
}

/**
 * `external_activity_records`, the raw lake: provider records kept exactly, keyed by (user_id, provider, external_id).
 *
 * @example
 * ```ts
 * const { row, outcome } = await storage.externalActivityRecords.upsertByExternalId(record);
 * ```
 */
export interface ExternalActivityRecordRepository
  extends UserScopedRepository<ExternalActivityRecordRow, ExternalActivityRecordId, ExternalActivityRecordInsert> {
  /**
   * Validates the record and stores it by (user_id, provider, external_id), atomically:
   * - no record with that key: insert it (`inserted`);
   * - one exists and `record_kind`, `activity_type_raw`, `start_time`, `end_time`, `timezone`,
   *   `utc_offset_minutes` and `raw_payload_json` (deep JSON equality) are all equal: write nothing (`unchanged`);
   * - otherwise replace every column except `id`, `user_id`, `provider`, `external_id` and `created_at` with the new
   *   values, which resets the normalization columns to the input's (`pending` by default) (`updated`).
   */
  upsertByExternalId(record: ExternalActivityRecordInsert): Promise<RawRecordUpsertResult>;
  /** The record with this key, or `undefined`. Accepts provider aliases (`AURA_RING` finds `oura`). */
  findByExternalId(userId: UserId, provider: Provider | string, externalId: string): Promise<ExternalActivityRecordRow | undefined>;
}

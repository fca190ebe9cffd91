import type { Provider } from '../enums/provider.js';
import type { ExternalActivityRecordId, UserId } from '../ids/entity-ids.js';
import type { ExternalActivityRecordInsert, ExternalActivityRecordRow } from '../schema/external-activity-record.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * What storing a raw record by its key did: `inserted` (new key), `updated` (a new payload, or changed metadata of a
 * record stored without a hash) or `unchanged` (nothing written).
 *
 * @example
 * ```ts
 * const outcome: RawRecordOutcome = 'unchanged';
 * ```
 */
export type RawRecordOutcome = 'inserted' | 'updated' | 'unchanged';

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
  /** See {@link RawRecordOutcome}. */
  readonly outcome: RawRecordOutcome;
}

/**
 * What {@link ExternalActivityRecordRepository.upsertManyByExternalId} did with one record: lean (no row read back),
 * because this is the bulk path of large imports.
 *
 * @example
 * ```ts
 * const [first] = await storage.externalActivityRecords.upsertManyByExternalId(records);
 * if (first.outcome === 'updated') console.log(`${first.id} is now revision ${first.revision}`);
 * ```
 */
export interface RawRecordUpsertOutcome {
  /** Id of the stored record: the input's for `inserted`, the existing record's otherwise. */
  readonly id: ExternalActivityRecordId;
  /** See {@link RawRecordOutcome}. */
  readonly outcome: RawRecordOutcome;
  /** The record's revision after the call. */
  readonly revision: number;
}

/**
 * `external_activity_records`, the raw lake: provider records kept exactly, keyed by (user_id, provider, external_id),
 * with a content hash and a revision number. Earlier payloads of a record live in `external_record_revisions`
 * (see {@link ExternalRecordRevisionRepository}).
 *
 * @example
 * ```ts
 * const { row, outcome } = await storage.externalActivityRecords.upsertByExternalId(record);
 * ```
 */
export interface ExternalActivityRecordRepository
  extends UserScopedRepository<ExternalActivityRecordRow, ExternalActivityRecordId, ExternalActivityRecordInsert> {
  /**
   * Validates the record and stores it by (user_id, provider, external_id), atomically (its own transaction, or a
   * savepoint inside the caller's):
   * - no record with that key: insert it as given (`revision` 1 unless given) (`inserted`);
   * - the input has a `content_hash` and the stored record has the same one: write nothing at all (`unchanged`);
   * - the input has a `content_hash` and the stored one differs (or is null): copy the stored version (revision,
   *   hash, payload, run, `updated_at` as `received_at`) into `external_record_revisions` under the id
   *   `<record id>@<revision>` (a hashed form when that exceeds 128 characters), then replace every column except `id`,
   *   `user_id`, `provider`, `external_id` and `created_at` with the input's, with `revision` = stored + 1 (`updated`);
   * - the input has no `content_hash`: `unchanged` when `record_kind`, `resource`, `parent_external_id`,
   *   `activity_type_raw`, `start_time`, `end_time`, `timezone`, `utc_offset_minutes` and `raw_payload_json` (deep JSON
   *   equality) all equal the stored ones; otherwise `updated` as above, archiving the stored version and bumping the
   *   revision only when the payload itself differs.
   * Replacing resets the normalization columns to the input's (`pending` by default). `ValidationError` on bad input,
   * `ConflictError` (`foreign_key`) when the run is missing or another user's.
   */
  upsertByExternalId(record: ExternalActivityRecordInsert): Promise<RawRecordUpsertResult>;
  /**
   * {@link upsertByExternalId} for many records, with the same rules, all or none (one transaction, or a savepoint
   * inside the caller's), and fast: records are validated, looked up and inserted in chunks of multi-row statements,
   * so a re-import of unchanged records costs one indexed lookup per chunk. A key repeated in `records` is applied in
   * order (the later occurrence sees the earlier one). Returns one outcome per input record, in input order.
   */
  upsertManyByExternalId(records: readonly ExternalActivityRecordInsert[]): Promise<RawRecordUpsertOutcome[]>;
  /** The record with this key, or `undefined`. Accepts provider aliases (`AURA_RING` finds `oura`). */
  findByExternalId(userId: UserId, provider: Provider | string, externalId: string): Promise<ExternalActivityRecordRow | undefined>;
}

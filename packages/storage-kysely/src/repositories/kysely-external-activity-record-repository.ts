import {
  ProviderInputSchema,
  StorageError,
  type ExternalActivityRecordId,
  type ExternalActivityRecordInsert,
  type ExternalActivityRecordRepository,
  type ExternalActivityRecordRow,
  type Provider,
  type RawRecordUpsertResult,
  type UserId,
} from '@trainkit/core';
import { sql } from 'kysely';
import { checkKey, checkUserId } from './check-arguments.js';
import { jsonEqual } from './json-equal.js';
import { KyselyUserScopedRepository } from './kysely-user-scoped-repository.js';
import { atomically } from './atomically.js';
import { assertOwnedReferences } from './owned-reference-collector.js';
import type { PlainRow } from './plain-row.js';
import { selectOne } from './select-rows.js';
import { updateRow } from './update-row.js';
import type { StorageContext } from './storage-context.js';
import { validateRow, validateWith } from './validate-rows.js';

/** Columns compared to decide `unchanged`; the JSON payload is compared deeply. */
const COMPARED_COLUMNS = ['record_kind', 'activity_type_raw', 'start_time', 'end_time', 'timezone', 'utc_offset_minutes'] as const;
/** Columns an update never touches: the natural key and the first insert's identity. */
const KEPT_COLUMNS = new Set(['id', 'user_id', 'provider', 'external_id', 'created_at']);

/**
 * `external_activity_records` on kysely: the raw lake, stored by (user_id, provider, external_id).
 *
 * @internal
 */
export class KyselyExternalActivityRecordRepository
  extends KyselyUserScopedRepository<ExternalActivityRecordRow, ExternalActivityRecordId, ExternalActivityRecordInsert>
  implements ExternalActivityRecordRepository
{
  constructor(context: StorageContext) {
    super(context, 'external_activity_records');
  }

  async upsertByExternalId(record: ExternalActivityRecordInsert): Promise<RawRecordUpsertResult> {
    const valid = validateRow(this.runtime, record);
    const key = { user_id: valid.user_id, provider: valid.provider, external_id: valid.external_id };
    return atomically(this.context, async (context) => {
      await assertOwnedReferences(context, this.runtime, [valid]);
      // Insert unless the key exists; a concurrent writer of the same key makes this a no-op instead of an error.
      const inserted = await context.db
        .insertInto(this.table)
        .values(this.runtime.codec.encode(valid))
        .onConflict((conflict) => conflict.columns(['user_id', 'provider', 'external_id']).doNothing())
        .returningAll()
        .executeTakeFirst();
      if (inserted) {
        return { row: this.runtime.codec.decode<ExternalActivityRecordRow>(inserted), outcome: 'inserted' as const };
      }
      const existing = await this.#lockedRow(context, key);
      if (!existing) throw new StorageError(`${this.table}: the record was deleted during the upsert; retry`);
      const same =
        COMPARED_COLUMNS.every((column) => existing[column] === valid[column]) &&
        jsonEqual(existing.raw_payload_json, valid.raw_payload_json);
      if (same) return { row: existing as ExternalActivityRecordRow, outcome: 'unchanged' as const };
      const changes: PlainRow = {};
      for (const [column, value] of Object.entries(valid)) if (!KEPT_COLUMNS.has(column)) changes[column] = value;
      const updated = await updateRow(context, this.runtime, { user_id: existing.user_id, id: existing.id }, changes);
      return { row: updated as ExternalActivityRecordRow, outcome: 'updated' as const };
    });
  }

  async findByExternalId(
    userId: UserId,
    provider: Provider | string,
    externalId: string,
  ): Promise<ExternalActivityRecordRow | undefined> {
    const user = checkUserId(this.table, userId);
    const name = validateWith(ProviderInputSchema, provider, `${this.table} provider`);
    const external = checkKey(this.table, 'externalId', externalId);
    return (await selectOne(this.context, this.runtime, { user_id: user, provider: name, external_id: external })) as
      | ExternalActivityRecordRow
      | undefined;
  }

  /** The stored row of a key, locked against concurrent upserts on PostgreSQL (`for update`). */
  async #lockedRow(context: StorageContext, key: PlainRow): Promise<PlainRow | undefined> {
    let query = context.db
      .selectFrom(this.table)
      .selectAll()
      .where('user_id', '=', key.user_id)
      .where('provider', '=', key.provider)
      .where('external_id', '=', key.external_id);
    if (context.family === 'postgres') query = query.modifyEnd(sql`for update`);
    const row = await query.executeTakeFirst();
    return row ? this.runtime.codec.decode<PlainRow>(row) : undefined;
  }
}

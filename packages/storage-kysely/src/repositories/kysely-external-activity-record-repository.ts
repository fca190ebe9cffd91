import {
  ProviderInputSchema,
  StorageError,
  type ExternalActivityRecordId,
  type ExternalActivityRecordInsert,
  type ExternalActivityRecordRepository,
  type ExternalActivityRecordRow,
  type Provider,
  type RawRecordUpsertOutcome,
  type RawRecordUpsertResult,
  type UserId,
} from '@trainkit/core';
import { InsertQueryNode, SelectQueryNode, TableNode, createQueryId, sql, type CompiledQuery } from 'kysely';
import { checkKey, checkUserId } from './check-arguments.js';
import { KyselyUserScopedRepository } from './kysely-user-scoped-repository.js';
import { atomically } from './atomically.js';
import { columnArrays, insertStatement, quoteIdentifier, unnestStatement, valuesParameters } from './insert-statements.js';
import { assertOwnedReferences, ownedReferenceCollector } from './owned-reference-collector.js';
import type { PlainRow } from './plain-row.js';
import { archiveStoredVersion, classifyRawRecord, COMPARED_METADATA_COLUMNS, KEPT_COLUMNS } from './raw-record-versions.js';
import { selectOne } from './select-rows.js';
import { updateRow } from './update-row.js';
import type { StorageContext } from './storage-context.js';
import { validateRow, validateRows, validateWith, validationError } from './validate-rows.js';

/** The natural key of a raw record. */
const KEY_COLUMNS = ['user_id', 'provider', 'external_id'] as const;
/** Records looked up per statement in the bulk path (one indexed `in (...)` lookup each). */
const LOOKUP_CHUNK = 500;
/** Columns the bulk lookup reads when every record of a group has a hash (no payload travels). */
const LEAN_COLUMNS = ['id', 'external_id', 'content_hash', 'revision'] as const;
/** Columns the bulk lookup reads when some record of a group has no hash (compared by value). */
const FULL_COLUMNS = [...LEAN_COLUMNS, ...COMPARED_METADATA_COLUMNS, 'raw_payload_json'] as const;

/** A chunk's records of one (user, provider), as the bulk lookup groups them. */
interface KeyGroup {
  readonly userId: string;
  readonly provider: string;
  readonly externalIds: string[];
  withoutHash: boolean;
}

/**
 * `external_activity_records` on kysely: the raw lake, stored by (user_id, provider, external_id) with content hashes
 * and revisions (earlier payloads archived in `external_record_revisions`, see `raw-record-versions.ts`).
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
    return atomically(this.context, async (context) => {
      await assertOwnedReferences(context, this.runtime, [valid]);
      return this.#upsertOne(context, valid);
    });
  }

  async upsertManyByExternalId(records: readonly ExternalActivityRecordInsert[]): Promise<RawRecordUpsertOutcome[]> {
    if (!Array.isArray(records)) throw validationError(this.table, '', 'invalid_type', 'expected an array of records');
    if (records.length === 0) return [];
    return atomically(this.context, async (context) => {
      const outcomes = new Array<RawRecordUpsertOutcome>(records.length);
      const references = ownedReferenceCollector(this.runtime);
      let start = 0;
      while (start < records.length) {
        const validated = validateRows(this.runtime, records.slice(start, start + LOOKUP_CHUNK), start);
        // A key repeated within the chunk ends it, so the repeat sees the first occurrence already stored.
        const seen = new Set<string>();
        let length = 0;
        for (const row of validated) {
          const key = `${String(row.user_id)}\u0000${String(row.provider)}\u0000${String(row.external_id)}`;
          if (seen.has(key)) break;
          seen.add(key);
          references.add(row);
          length += 1;
        }
        await this.#upsertChunk(context, validated.slice(0, length), start, outcomes);
        start += length;
      }
      await references.assert(context);
      return outcomes;
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

  /** Stores one validated record (owned references already checked) inside a transaction; see the port. */
  async #upsertOne(context: StorageContext, valid: PlainRow): Promise<RawRecordUpsertResult> {
    let existing = await this.#lockedRow(context, valid);
    if (!existing) {
      // Insert unless the key appeared meanwhile; a concurrent writer of the same key makes this a no-op instead of an error.
      const inserted = await context.db
        .insertInto(this.table)
        .values(this.runtime.codec.encode(valid))
        .onConflict((conflict) => conflict.columns([...KEY_COLUMNS]).doNothing())
        .returningAll()
        .executeTakeFirst();
      if (inserted) return { row: this.runtime.codec.decode<ExternalActivityRecordRow>(inserted), outcome: 'inserted' };
      existing = await this.#lockedRow(context, valid);
      if (!existing) throw new StorageError(`${this.table}: the record was deleted during the upsert; retry`);
    }
    const change = classifyRawRecord(existing, valid);
    if (change === 'unchanged') return { row: existing as ExternalActivityRecordRow, outcome: 'unchanged' };
    const revision = Number(existing.revision);
    if (change === 'revise') await archiveStoredVersion(context, String(existing.user_id), String(existing.id), revision);
    const updated = await updateRow(context, this.runtime, { user_id: existing.user_id, id: existing.id }, this.#replacement(valid, change === 'revise' ? revision + 1 : revision));
    return { row: updated as ExternalActivityRecordRow, outcome: 'updated' };
  }

  /** The columns an update writes: every column of `valid` except the kept ones, with the given revision. */
  #replacement(valid: PlainRow, revision: number): PlainRow {
    const changes: PlainRow = {};
    for (const [column, value] of Object.entries(valid)) if (!KEPT_COLUMNS.has(column)) changes[column] = value;
    changes.revision = revision;
    return changes;
  }

  /** The stored row of `key`'s natural key, locked against concurrent upserts on PostgreSQL (`for update`). */
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

  /**
   * One chunk of the bulk upsert (distinct keys): one lookup per (user, provider), one multi-row insert of the new
   * records, and per-record archive + update of the revised ones. Writes `outcomes[offset + i]` for every row.
   */
  async #upsertChunk(context: StorageContext, rows: readonly PlainRow[], offset: number, outcomes: RawRecordUpsertOutcome[]): Promise<void> {
    const stored = await this.#lookup(context, rows);
    const fresh: number[] = [];
    for (let index = 0; index < rows.length; index += 1) {
      const row = rows[index]!;
      const existing = stored.get(`${String(row.user_id)}\u0000${String(row.provider)}`)?.get(String(row.external_id));
      if (!existing) {
        fresh.push(index);
        continue;
      }
      const change = classifyRawRecord(existing, row);
      const revision = Number(existing.revision);
      const id = existing.id as ExternalActivityRecordId;
      if (change === 'unchanged') {
        outcomes[offset + index] = { id, outcome: 'unchanged', revision };
        continue;
      }
      if (change === 'revise') await archiveStoredVersion(context, String(row.user_id), id, revision);
      const next = change === 'revise' ? revision + 1 : revision;
      await context.db
        .updateTable(this.table)
        .set(this.runtime.codec.encode(this.#replacement(row, next)))
        .where('user_id', '=', row.user_id)
        .where('id', '=', id)
        .execute();
      outcomes[offset + index] = { id, outcome: 'updated', revision: next };
    }
    if (fresh.length === 0) return;
    const inserted = await this.#insertNew(context, fresh.map((index) => rows[index]!));
    for (const index of fresh) {
      const row = rows[index]!;
      if (inserted.has(String(row.id))) {
        outcomes[offset + index] = { id: row.id as ExternalActivityRecordId, outcome: 'inserted', revision: Number(row.revision) };
      } else {
        // Another writer stored the key between the lookup and the insert (PostgreSQL only): the single path decides.
        const { row: result, outcome } = await this.#upsertOne(context, row);
        outcomes[offset + index] = { id: result.id, outcome, revision: result.revision };
      }
    }
  }

  /** Stored rows of the chunk's keys, by `user\0provider` then external id (locked `for update` on PostgreSQL). */
  async #lookup(context: StorageContext, rows: readonly PlainRow[]): Promise<Map<string, Map<string, PlainRow>>> {
    const groups = new Map<string, KeyGroup>();
    for (const row of rows) {
      const key = `${String(row.user_id)}\u0000${String(row.provider)}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { userId: String(row.user_id), provider: String(row.provider), externalIds: [], withoutHash: false }));
      group.externalIds.push(String(row.external_id));
      if (row.content_hash === null || row.content_hash === undefined) group.withoutHash = true;
    }
    const found = new Map<string, Map<string, PlainRow>>();
    for (const [key, group] of groups) {
      const byExternalId = new Map<string, PlainRow>();
      const result = await context.db.executeQuery<PlainRow>(this.#lookupQuery(context, group));
      for (const row of result.rows) {
        const decoded = this.runtime.codec.decode<PlainRow>(row);
        byExternalId.set(String(decoded.external_id), decoded);
      }
      found.set(key, byExternalId);
    }
    return found;
  }

  #lookupQuery(context: StorageContext, group: KeyGroup): CompiledQuery {
    const columns = (group.withoutHash ? FULL_COLUMNS : LEAN_COLUMNS).map(quoteIdentifier).join(', ');
    const head = `select ${columns} from ${quoteIdentifier(this.table)} where "user_id" = `;
    const query = SelectQueryNode.createFrom([TableNode.create(this.table)]);
    if (context.family === 'sqlite') {
      const placeholders = group.externalIds.map(() => '?').join(', ');
      return {
        sql: `${head}? and "provider" = ? and "external_id" in (${placeholders})`,
        parameters: [group.userId, group.provider, ...group.externalIds],
        query,
        queryId: createQueryId(),
      };
    }
    return {
      sql: `${head}$1 and "provider" = $2 and "external_id" = any($3::text[]) for update`,
      parameters: [group.userId, group.provider, group.externalIds],
      query,
      queryId: createQueryId(),
    };
  }

  /**
   * Inserts new records in multi-row statements that skip keys stored meanwhile (`on conflict do nothing`); returns
   * the ids actually inserted.
   */
  async #insertNew(context: StorageContext, rows: readonly PlainRow[]): Promise<Set<string>> {
    const inserted = new Set<string>();
    const conflict = ` on conflict (${KEY_COLUMNS.map(quoteIdentifier).join(', ')}) do nothing returning "id"`;
    const node = InsertQueryNode.create(TableNode.create(this.table));
    const perStatement = context.family === 'sqlite' ? this.runtime.rowsPerInsert : rows.length;
    for (let start = 0; start < rows.length; start += perStatement) {
      const end = Math.min(rows.length, start + perStatement);
      const compiled: CompiledQuery =
        context.family === 'sqlite'
          ? { sql: insertStatement(this.runtime, end - start) + conflict, parameters: valuesParameters(this.runtime, rows, start, end), query: node, queryId: createQueryId() }
          : { sql: unnestStatement(this.runtime) + conflict, parameters: columnArrays(this.runtime, rows, start, end), query: node, queryId: createQueryId() };
      const result = await context.db.executeQuery<{ id: string }>(compiled);
      for (const row of result.rows) inserted.add(String(row.id));
    }
    return inserted;
  }
}

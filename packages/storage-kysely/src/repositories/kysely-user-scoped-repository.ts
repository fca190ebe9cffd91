import { NotFoundError, type ListQuery, type RowFilter, type RowPatch, type UserId, type UserScopedRepository } from '@trainkit/core';
import { checkKey, checkUserId } from './check-arguments.js';
import { checkRowFilter } from './check-row-filter.js';
import { equality } from './equality-filter.js';
import { normalizeListQuery } from './normalize-list-query.js';
import { atomically } from './atomically.js';
import { deleteRows } from './delete-rows.js';
import { insertReturning, validateAndInsertRows } from './insert-rows.js';
import { assertOwnedReferences } from './owned-reference-collector.js';
import type { PlainRow } from './plain-row.js';
import { selectOne, selectOneOrThrow, selectRows, selectWhere } from './select-rows.js';
import { updateRow } from './update-row.js';
import type { StorageContext } from './storage-context.js';
import { tableRuntime, type TableRuntime } from './table-runtime.js';
import { validateRow, validationError } from './validate-rows.js';

/** Values of one `in (...)` list per delete statement (well within SQLite's 32,766 parameters). */
const DELETE_LIST_CHUNK = 5000;

/**
 * The generic repository of a user-owned table keyed by `id`: every statement is scoped by `user_id`, every write is
 * validated with the table's insert schema first, and driver errors arrive already translated. Table-specific
 * repositories extend it.
 *
 * @internal
 */
export class KyselyUserScopedRepository<Row, Id extends string, Insert> implements UserScopedRepository<Row, Id, Insert> {
  protected readonly context: StorageContext;
  protected readonly runtime: TableRuntime;

  constructor(context: StorageContext, table: string) {
    this.context = context;
    this.runtime = tableRuntime(table, context.family);
  }

  protected get table(): string {
    return this.runtime.name;
  }

  /**
   * The user's rows whose `column` equals `value` (checked as the key argument `argument`), ordered by `orderBy` then
   * the primary key, at most `limit` (a positive integer) of them: the one-key listings of the repositories
   * (`listByRecord`, `listByRun`, ...).
   */
  protected async listByKey(userId: UserId, column: string, argument: string, value: string, orderBy: string, limit?: number): Promise<Row[]> {
    const user = checkUserId(this.table, userId);
    const key = checkKey(this.table, argument, value);
    if (limit !== undefined && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1)) {
      throw validationError(this.table, 'limit', 'too_small', 'must be a positive integer');
    }
    return (await selectWhere(this.context, this.runtime, (query) => query.where('user_id', '=', user).where(column, '=', key), [{ column: orderBy }], limit)) as Row[];
  }

  async insert(row: Insert): Promise<Row> {
    const valid = validateRow(this.runtime, row);
    return (await insertReturning(this.context, this.runtime, valid)) as Row;
  }

  async insertMany(rows: readonly Insert[]): Promise<number> {
    return validateAndInsertRows(this.context, this.runtime, rows);
  }

  async get(userId: UserId, id: Id): Promise<Row> {
    const user = checkUserId(this.table, userId);
    const key = checkKey(this.table, 'id', id);
    return (await selectOneOrThrow(this.context, this.runtime, { user_id: user, id: key }, key)) as Row;
  }

  async find(userId: UserId, id: Id): Promise<Row | undefined> {
    const user = checkUserId(this.table, userId);
    const key = checkKey(this.table, 'id', id);
    return (await selectOne(this.context, this.runtime, { user_id: user, id: key })) as Row | undefined;
  }

  async list(userId: UserId, query?: ListQuery<Row>): Promise<Row[]> {
    const user = checkUserId(this.table, userId);
    const { where, order, page } = normalizeListQuery(this.runtime, query as ListQuery<unknown> | undefined);
    return (await selectRows(this.context, this.runtime, { ...where, user_id: user }, order, page)) as Row[];
  }

  async update(userId: UserId, id: Id, patch: RowPatch<Row>): Promise<Row> {
    const user = checkUserId(this.table, userId);
    const key = checkKey(this.table, 'id', id);
    const changes = checkPatch(this.table, patch, { id: key, user_id: user });
    return atomically(this.context, async (context) => {
      const current = await selectOneOrThrow(context, this.runtime, { user_id: user, id: key }, key);
      const merged = validateRow(this.runtime, { ...current, ...changes });
      const written: PlainRow = {};
      for (const column of Object.keys(changes)) written[column] = merged[column];
      const referenced = this.runtime.ownedReferences.some((reference) => reference.column in written);
      if (referenced) await assertOwnedReferences(context, this.runtime, [merged]);
      const updated = await updateRow(context, this.runtime, { user_id: user, id: key }, written);
      if (!updated) throw new NotFoundError(this.table, key);
      return updated as Row;
    });
  }

  async delete(userId: UserId, id: Id): Promise<void> {
    const user = checkUserId(this.table, userId);
    const key = checkKey(this.table, 'id', id);
    const deleted = await deleteRows(this.context, this.runtime, { user_id: user, id: key });
    if (deleted === 0) throw new NotFoundError(this.table, key);
  }

  async deleteWhere(userId: UserId, where: RowFilter<Row>): Promise<number> {
    const user = checkUserId(this.table, userId);
    const filters = checkRowFilter(this.runtime, where);
    // A long `in (...)` list is split so no statement exceeds the dialect's parameter limit; the parts run atomically.
    const [column, values] = Object.entries(filters).find(([, value]) => Array.isArray(value) && value.length > DELETE_LIST_CHUNK) ?? [];
    if (column === undefined || !Array.isArray(values)) return this.#deleteMatching(this.context, user, filters);
    return atomically(this.context, async (context) => {
      let deleted = 0;
      for (let start = 0; start < values.length; start += DELETE_LIST_CHUNK) {
        deleted += await this.#deleteMatching(context, user, { ...filters, [column]: values.slice(start, start + DELETE_LIST_CHUNK) });
      }
      return deleted;
    });
  }

  /** One `delete ... where user_id = ? and <filters>`; a `user_id` filter is applied in addition to the scope. */
  async #deleteMatching(context: StorageContext, user: UserId, filters: Readonly<Record<string, unknown>>): Promise<number> {
    let query = context.db.deleteFrom(this.table).where('user_id', '=', user);
    for (const [column, value] of Object.entries(filters)) query = query.where(...equality(this.runtime, column, value));
    const result = await query.executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

/**
 * Checks a patch: an object whose keys do not change the row's identity (`id`, `user_id`); other unknown keys are
 * left for the insert schema to reject.
 *
 * @internal
 */
export function checkPatch(subject: string, patch: unknown, identity: Readonly<Record<string, string>>): PlainRow {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw validationError(subject, '', 'invalid_type', 'patch must be an object');
  }
  const changes: PlainRow = {};
  for (const [column, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (column in identity) {
      if (value !== identity[column]) throw validationError(subject, column, 'immutable', `${column} cannot be changed`);
      continue;
    }
    changes[column] = value;
  }
  return changes;
}

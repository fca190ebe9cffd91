import { NotFoundError, type ListQuery, type ReferenceRepository } from '@trainkit/core';
import { normalizeListQuery } from './normalize-list-query.js';
import { deleteRows } from './delete-rows.js';
import type { PlainRow } from './plain-row.js';
import { selectOne, selectRows } from './select-rows.js';
import { upsertValidatedRows } from './upsert-rows.js';
import type { StorageContext } from './storage-context.js';
import { tableRuntime, type TableRuntime } from './table-runtime.js';
import { validateRows, validationError } from './validate-rows.js';

/**
 * The generic repository of a global reference table (disciplines, muscles, movements, activity definitions, muscle
 * maps, movement progressions). Keys are an id string, or an object of the key columns for composite keys.
 *
 * @internal
 */
export class KyselyReferenceRepository<Row, Id, Insert> implements ReferenceRepository<Row, Id, Insert> {
  protected readonly context: StorageContext;
  protected readonly runtime: TableRuntime;
  readonly #nonKeyColumns: readonly string[];

  constructor(context: StorageContext, table: string) {
    this.context = context;
    this.runtime = tableRuntime(table, context.family);
    this.#nonKeyColumns = this.runtime.codec.columns.filter((column) => !this.runtime.primaryKey.includes(column));
  }

  async upsertMany(rows: readonly Insert[]): Promise<number> {
    const valid = validateRows(this.runtime, rows);
    return upsertValidatedRows(this.context, this.runtime, valid, this.runtime.primaryKey, this.#nonKeyColumns);
  }

  async get(id: Id): Promise<Row> {
    const where = this.#keyWhere(id);
    const row = await selectOne(this.context, this.runtime, where);
    if (!row) throw new NotFoundError(this.runtime.name, describeKey(where));
    return row as Row;
  }

  async find(id: Id): Promise<Row | undefined> {
    return (await selectOne(this.context, this.runtime, this.#keyWhere(id))) as Row | undefined;
  }

  async list(query?: ListQuery<Row>): Promise<Row[]> {
    const { where, order, page } = normalizeListQuery(this.runtime, query as ListQuery<unknown> | undefined);
    return (await selectRows(this.context, this.runtime, where, order, page)) as Row[];
  }

  async delete(id: Id): Promise<void> {
    const where = this.#keyWhere(id);
    const deleted = await deleteRows(this.context, this.runtime, where);
    if (deleted === 0) throw new NotFoundError(this.runtime.name, describeKey(where));
  }

  /** `{ id }` for single-column keys (the id string), the key columns of the object for composite keys. */
  #keyWhere(id: Id): PlainRow {
    const key = this.runtime.primaryKey;
    if (key.length === 1) {
      if (typeof id !== 'string' || id === '') throw validationError(this.runtime.name, key[0]!, 'invalid_type', 'must be a non-empty string');
      return { [key[0]!]: id };
    }
    if (typeof id !== 'object' || id === null) {
      throw validationError(this.runtime.name, '', 'invalid_type', `key must be an object of ${key.join(', ')}`);
    }
    const where: PlainRow = {};
    for (const column of key) {
      const value = (id as Record<string, unknown>)[column];
      if (typeof value !== 'string' || value === '') throw validationError(this.runtime.name, column, 'invalid_type', 'must be a non-empty string');
      where[column] = value;
    }
    return where;
  }
}

function describeKey(where: PlainRow): string {
  const values = Object.values(where).map(String);
  return values.length === 1 ? values[0]! : values.join('/');
}

import {
  NotFoundError,
  type ListQuery,
  type RowPatch,
  type UserId,
  type UserInsert,
  type UserRepository,
  type UserRow,
} from '@trainkit/core';
import { checkKey } from './check-arguments.js';
import { checkPatch } from './kysely-user-scoped-repository.js';
import { normalizeListQuery } from './normalize-list-query.js';
import { atomically } from './atomically.js';
import { deleteRows } from './delete-rows.js';
import { insertReturning } from './insert-rows.js';
import type { PlainRow } from './plain-row.js';
import { selectOne, selectRows } from './select-rows.js';
import { updateRow } from './update-row.js';
import type { StorageContext } from './storage-context.js';
import { tableRuntime, type TableRuntime } from './table-runtime.js';
import { validateRow } from './validate-rows.js';

/**
 * `users` on kysely. Deleting a user removes every row of theirs in one statement (`on delete cascade`).
 *
 * @internal
 */
export class KyselyUserRepository implements UserRepository {
  readonly #context: StorageContext;
  readonly #runtime: TableRuntime;

  constructor(context: StorageContext) {
    this.#context = context;
    this.#runtime = tableRuntime('users', context.family);
  }

  async insert(row: UserInsert): Promise<UserRow> {
    return (await insertReturning(this.#context, this.#runtime, validateRow(this.#runtime, row))) as UserRow;
  }

  async get(id: UserId): Promise<UserRow> {
    const row = await this.find(id);
    if (!row) throw new NotFoundError(this.#runtime.name, id);
    return row;
  }

  async find(id: UserId): Promise<UserRow | undefined> {
    const key = checkKey(this.#runtime.name, 'id', id);
    return (await selectOne(this.#context, this.#runtime, { id: key })) as UserRow | undefined;
  }

  async list(query?: ListQuery<UserRow>): Promise<UserRow[]> {
    const { where, order, page } = normalizeListQuery(this.#runtime, query as ListQuery<unknown> | undefined);
    return (await selectRows(this.#context, this.#runtime, where, order, page)) as UserRow[];
  }

  async update(id: UserId, patch: RowPatch<UserRow>): Promise<UserRow> {
    const key = checkKey(this.#runtime.name, 'id', id);
    const changes = checkPatch(this.#runtime.name, patch, { id: key });
    return atomically(this.#context, async (context) => {
      const current = await selectOne(context, this.#runtime, { id: key });
      if (!current) throw new NotFoundError(this.#runtime.name, key);
      const merged = validateRow(this.#runtime, { ...current, ...changes });
      const written: PlainRow = {};
      for (const column of Object.keys(changes)) written[column] = merged[column];
      const updated = await updateRow(context, this.#runtime, { id: key }, written);
      if (!updated) throw new NotFoundError(this.#runtime.name, key);
      return updated as UserRow;
    });
  }

  async delete(id: UserId): Promise<void> {
    const key = checkKey(this.#runtime.name, 'id', id);
    const deleted = await deleteRows(this.#context, this.#runtime, { id: key });
    if (deleted === 0) throw new NotFoundError(this.#runtime.name, key);
  }
}

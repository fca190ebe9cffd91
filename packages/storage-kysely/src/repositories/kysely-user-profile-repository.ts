import {
  NotFoundError,
  type UserId,
  type UserProfileInsert,
  type UserProfileRepository,
  type UserProfileRow,
} from '@trainkit/core';
import { checkUserId } from './check-arguments.js';
import { deleteRows } from './delete-rows.js';
import { selectOne } from './select-rows.js';
import { upsertValidatedRows } from './upsert-rows.js';
import type { StorageContext } from './storage-context.js';
import { tableRuntime, type TableRuntime } from './table-runtime.js';
import { validateRow } from './validate-rows.js';

/**
 * `user_profile` on kysely: one row per user, keyed by `user_id`.
 *
 * @internal
 */
export class KyselyUserProfileRepository implements UserProfileRepository {
  readonly #context: StorageContext;
  readonly #runtime: TableRuntime;
  readonly #replaced: readonly string[];

  constructor(context: StorageContext) {
    this.#context = context;
    this.#runtime = tableRuntime('user_profile', context.family);
    this.#replaced = this.#runtime.codec.columns.filter((column) => column !== 'user_id' && column !== 'created_at');
  }

  async get(userId: UserId): Promise<UserProfileRow> {
    const row = await this.find(userId);
    if (!row) throw new NotFoundError(this.#runtime.name, userId);
    return row;
  }

  async find(userId: UserId): Promise<UserProfileRow | undefined> {
    const user = checkUserId(this.#runtime.name, userId);
    return (await selectOne(this.#context, this.#runtime, { user_id: user })) as UserProfileRow | undefined;
  }

  async upsert(row: UserProfileInsert): Promise<UserProfileRow> {
    const valid = validateRow(this.#runtime, row);
    await upsertValidatedRows(this.#context, this.#runtime, [valid], ['user_id'], this.#replaced);
    return this.get(valid.user_id as UserId);
  }

  async delete(userId: UserId): Promise<void> {
    const user = checkUserId(this.#runtime.name, userId);
    const deleted = await deleteRows(this.#context, this.#runtime, { user_id: user });
    if (deleted === 0) throw new NotFoundError(this.#runtime.name, user);
  }
}

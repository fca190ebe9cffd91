import {
  InstantSchema,
  NotFoundError,
  UserSettingsPatchSchema,
  type Instant,
  type UserId,
  type UserSettings,
  type UserSettingsInput,
  type UserSettingsPatch,
  type UserSettingsRepository,
} from '@trainkit/core';
import { checkUserId } from './check-arguments.js';
import { atomically } from './atomically.js';
import { selectOne } from './select-rows.js';
import { upsertValidatedRows } from './upsert-rows.js';
import type { StorageContext } from './storage-context.js';
import { tableRuntime, type TableRuntime } from './table-runtime.js';
import { validateRow, validateWith } from './validate-rows.js';

/**
 * `user_settings` on kysely: one row per user; input and row are the same `UserSettingsSchema`.
 *
 * @internal
 */
export class KyselyUserSettingsRepository implements UserSettingsRepository {
  readonly #context: StorageContext;
  readonly #runtime: TableRuntime;
  readonly #replaced: readonly string[];

  constructor(context: StorageContext) {
    this.#context = context;
    this.#runtime = tableRuntime('user_settings', context.family);
    this.#replaced = this.#runtime.codec.columns.filter((column) => column !== 'user_id');
  }

  async get(userId: UserId): Promise<UserSettings> {
    const row = await this.find(userId);
    if (!row) throw new NotFoundError(this.#runtime.name, userId);
    return row;
  }

  async find(userId: UserId): Promise<UserSettings | undefined> {
    const user = checkUserId(this.#runtime.name, userId);
    return (await selectOne(this.#context, this.#runtime, { user_id: user })) as UserSettings | undefined;
  }

  async upsert(settings: UserSettingsInput): Promise<UserSettings> {
    const valid = validateRow(this.#runtime, settings);
    await upsertValidatedRows(this.#context, this.#runtime, [valid], ['user_id'], this.#replaced);
    return this.get(valid.user_id as UserId);
  }

  async patch(userId: UserId, patch: UserSettingsPatch, updatedAt: Instant): Promise<UserSettings> {
    const user = checkUserId(this.#runtime.name, userId);
    const changes = validateWith(UserSettingsPatchSchema, patch, this.#runtime.name);
    const stamp = validateWith(InstantSchema, updatedAt, `${this.#runtime.name} updatedAt`);
    return atomically(this.#context, async (context) => {
      const current = await selectOne(context, this.#runtime, { user_id: user });
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      const merged = validateRow(this.#runtime, { ...(current ?? { user_id: user }), ...defined, updated_at: stamp });
      await upsertValidatedRows(context, this.#runtime, [merged], ['user_id'], this.#replaced);
      return (await selectOne(context, this.#runtime, { user_id: user })) as UserSettings;
    });
  }
}

import type {
  LocalDate,
  UserFatigueStateId,
  UserFatigueStateInsert,
  UserFatigueStateRepository,
  UserFatigueStateRow,
  UserId,
} from '@trainkit/core';
import { checkLocalDateRange, checkUserId } from './check-arguments.js';
import { KyselyUserScopedRepository } from './kysely-user-scoped-repository.js';
import { selectWhere } from './select-rows.js';
import { upsertValidatedRows } from './upsert-rows.js';
import type { StorageContext } from './storage-context.js';
import { validateRows } from './validate-rows.js';

const NATURAL_KEY = ['user_id', 'date', 'scope_key'] as const;

/**
 * `user_fatigue_state` on kysely: a recomputable cache keyed by (user_id, date, scope_key).
 *
 * @internal
 */
export class KyselyUserFatigueStateRepository
  extends KyselyUserScopedRepository<UserFatigueStateRow, UserFatigueStateId, UserFatigueStateInsert>
  implements UserFatigueStateRepository
{
  readonly #replaced: readonly string[];

  constructor(context: StorageContext) {
    super(context, 'user_fatigue_state');
    this.#replaced = this.runtime.codec.columns.filter((column) => column !== 'id' && !(NATURAL_KEY as readonly string[]).includes(column));
  }

  async upsertMany(rows: readonly UserFatigueStateInsert[]): Promise<number> {
    const valid = validateRows(this.runtime, rows);
    return upsertValidatedRows(this.context, this.runtime, valid, NATURAL_KEY, this.#replaced);
  }

  async listBetween(userId: UserId, from: LocalDate, to: LocalDate): Promise<UserFatigueStateRow[]> {
    const user = checkUserId(this.table, userId);
    const [start, end] = checkLocalDateRange(this.table, from, to);
    return (await selectWhere(
      this.context,
      this.runtime,
      (query) => query.where('user_id', '=', user).where('date', '>=', start).where('date', '<=', end),
      [{ column: 'date' }, { column: 'scope_key' }],
    )) as UserFatigueStateRow[];
  }
}

import {
  ConflictError,
  NotFoundError,
  type GoalId,
  type GoalInsert,
  type GoalKey,
  type GoalRepository,
  type GoalRow,
  type Instant,
  type UserId,
} from '@trainkit/core';
import { sql } from 'kysely';
import { checkInstant, checkKey, checkUserId } from './check-arguments.js';
import { KyselyUserScopedRepository } from './kysely-user-scoped-repository.js';
import { atomically } from './atomically.js';
import { insertReturning } from './insert-rows.js';
import { type DynamicSelect, selectWhere } from './select-rows.js';
import { updateRow } from './update-row.js';
import type { StorageContext } from './storage-context.js';
import { validateRow, validationError } from './validate-rows.js';

/**
 * `goals` on kysely: versioned revisions sharing a `goal_key`.
 *
 * @internal
 */
export class KyselyGoalRepository extends KyselyUserScopedRepository<GoalRow, GoalId, GoalInsert> implements GoalRepository {
  constructor(context: StorageContext) {
    super(context, 'goals');
  }

  async listRevisions(userId: UserId, goalKey: GoalKey): Promise<GoalRow[]> {
    const user = checkUserId(this.table, userId);
    const key = checkKey(this.table, 'goalKey', goalKey);
    return (await selectWhere(
      this.context,
      this.runtime,
      (query) => query.where('user_id', '=', user).where('goal_key', '=', key),
      [{ column: 'revision' }],
    )) as GoalRow[];
  }

  async findCurrent(userId: UserId, goalKey: GoalKey, asOf?: Instant): Promise<GoalRow | undefined> {
    const user = checkUserId(this.table, userId);
    const key = checkKey(this.table, 'goalKey', goalKey);
    const at = asOf === undefined ? undefined : checkInstant(this.table, 'asOf', asOf);
    return (await this.#current(this.context, user, key, at)) as GoalRow | undefined;
  }

  async listInForce(userId: UserId, asOf: Instant): Promise<GoalRow[]> {
    const user = checkUserId(this.table, userId);
    const at = checkInstant(this.table, 'asOf', asOf);
    return (await selectWhere(
      this.context,
      this.runtime,
      (query) => inForceAt(query.where('user_id', '=', user), at),
      [{ column: 'priority' }, { column: 'goal_key' }],
    )) as GoalRow[];
  }

  async revise(userId: UserId, goalKey: GoalKey, next: GoalInsert): Promise<GoalRow> {
    const user = checkUserId(this.table, userId);
    const key = checkKey(this.table, 'goalKey', goalKey);
    const valid = validateRow(this.runtime, next);
    if (valid.user_id !== user) throw validationError(this.table, 'user_id', 'invalid_value', `must be ${user}`);
    if (valid.goal_key !== key) throw validationError(this.table, 'goal_key', 'invalid_value', `must be ${key}`);
    return atomically(this.context, async (context) => {
      const current = await this.#current(context, user, key, undefined, true);
      if (!current) throw new NotFoundError(this.table, key);
      if (valid.revision !== (current.revision as number) + 1) {
        throw new ConflictError(this.table, 'check', `revision must be ${(current.revision as number) + 1}, the current revision + 1`);
      }
      if (Date.parse(valid.effective_from as string) <= Date.parse(current.effective_from as string)) {
        throw new ConflictError(this.table, 'check', `effective_from must be after the current revision's (${String(current.effective_from)})`);
      }
      await updateRow(context, this.runtime, { user_id: user, id: current.id }, { effective_to: valid.effective_from });
      return (await insertReturning(context, this.runtime, valid)) as GoalRow;
    });
  }

  /** The revision in force at `at`, or the open one (`effective_to` null); the highest revision wins ties. */
  async #current(context: StorageContext, user: string, key: string, at: string | undefined, lock = false) {
    const [row] = await selectWhere(
      context,
      this.runtime,
      (query) => {
        const scoped = query.where('user_id', '=', user).where('goal_key', '=', key);
        const filtered = at === undefined ? scoped.where('effective_to', 'is', null) : inForceAt(scoped, at);
        return lock && context.family === 'postgres' ? filtered.modifyEnd(sql`for update`) : filtered;
      },
      [{ column: 'revision', direction: 'desc' }],
      1,
    );
    return row;
  }
}

/** `effective_from <= at and (effective_to is null or effective_to > at)`. */
function inForceAt(query: DynamicSelect, at: string): DynamicSelect {
  return query
    .where('effective_from', '<=', at)
    .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>', at)]));
}

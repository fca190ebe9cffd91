import type { UserId } from '../ids/entity-ids.js';
import type { ListQuery, RowFilter, RowPatch } from './list-query.js';

/**
 * The shape every repository of a user-owned table has. Implemented by storage adapters; every dialect behaves the
 * same, which the storage contract suite checks.
 *
 * Contract:
 * - **Isolation.** Every read and write is scoped by `userId` (the first argument, or `row.user_id` on insert). A
 *   row of another user is never returned, updated or deleted: for this user it does not exist (`NotFoundError`).
 *   Referencing another user's row from a new row (e.g. a strength set whose `activity_instance_id` belongs to someone
 *   else) is a `ConflictError` of kind `foreign_key`, exactly like referencing a missing row.
 * - **Validation.** Writes validate input at the boundary with the table's insert schema (from `TABLES`), so defaults
 *   are applied, provider aliases are canonicalized and cross-field rules hold. Bad input throws a
 *   `ValidationError` whose issues name the field and the rule; nothing is written. `update` validates the merged
 *   row (stored row + patch) with the same schema.
 * - **Constraints.** A duplicate primary or unique key, or a missing parent row, throws a `ConflictError`
 *   (`kind` `unique` / `foreign_key`) naming the table; never a driver error.
 * - **Atomicity.** `insertMany` writes all rows or none.
 * - **Other failures** (I/O, lost connection) throw `StorageError`.
 * - Returned rows are parsed row objects: instants as ISO-8601 UTC strings with milliseconds, local days as
 *   `YYYY-MM-DD`, booleans as booleans, JSON columns as parsed JSON values, `null` for SQL NULL.
 *
 * @typeParam Row - stored row type (output of the row schema).
 * @typeParam Id - primary key type.
 * @typeParam Insert - what `insert` accepts (input of the insert schema).
 *
 * @example
 * ```ts
 * const session = await storage.plannedSessions.insert({ id, user_id: userId, scheduled_date: '2025-03-04', title: 'Lower A', created_at: now, updated_at: now });
 * await storage.plannedSessions.update(userId, session.id, { status: 'skipped', updated_at: now });
 * ```
 */
export interface UserScopedRepository<Row, Id, Insert> {
  /**
   * Validates and inserts one row (owner: `row.user_id`); returns the stored row with defaults applied.
   * Throws `ValidationError`, or `ConflictError` on a duplicate key or a missing / foreign-owned parent.
   */
  insert(row: Insert): Promise<Row>;
  /** Validates and inserts rows, all or none; returns how many were inserted. Same errors as `insert`. */
  insertMany(rows: readonly Insert[]): Promise<number>;
  /** The row with this id owned by `userId`; throws `NotFoundError` when there is none. */
  get(userId: UserId, id: Id): Promise<Row>;
  /** The row with this id owned by `userId`, or `undefined`. */
  find(userId: UserId, id: Id): Promise<Row | undefined>;
  /** Rows owned by `userId` matching `query` (primary key order by default). */
  list(userId: UserId, query?: ListQuery<Row>): Promise<Row[]>;
  /**
   * Applies `patch` to the row and returns the updated row. Throws `NotFoundError` when `userId` has no such row,
   * `ValidationError` when the merged row breaks a rule, `ConflictError` on a key or reference conflict.
   */
  update(userId: UserId, id: Id, patch: RowPatch<Row>): Promise<Row>;
  /** Deletes the row (children cascade as the registry says); throws `NotFoundError` when `userId` has no such row. */
  delete(userId: UserId, id: Id): Promise<void>;
  /**
   * Deletes every row of `userId` matching `where` (the same equality / membership filters as `list`'s `where`;
   * children cascade as the registry says) in one statement, and returns how many rows were deleted (0 when none
   * matched). A `where` naming no column (`{}`, or only `undefined` values) is refused with a `ValidationError`
   * (path `where`, rule `too_small`) so a missing filter can never empty the table; an unknown or JSON column is a
   * `ValidationError` too. Rows of other users are never touched.
   *
   * @example
   * ```ts
   * // Rebuild the canonical rows of a revised raw record.
   * await tx.biometrics.deleteWhere(userId, { external_record_id: record.id });
   * ```
   */
  deleteWhere(userId: UserId, where: RowFilter<Row>): Promise<number>;
}

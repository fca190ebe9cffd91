/**
 * Equality filters on a row's columns, combined with AND: a value means `column = value` (`IS NULL` for `null`), an
 * array means `column IN (...)` (an empty array matches nothing). Only non-JSON columns of the row may be named. Used by
 * `list` (as `where`) and `deleteWhere`.
 *
 * @example
 * ```ts
 * const filter: RowFilter<ActivityStrengthSetRow> = { activity_instance_id: activity.id, is_warmup: false };
 * ```
 */
export type RowFilter<Row> = { readonly [K in keyof Row]?: Row[K] | readonly Row[K][] };

/**
 * Options of a `list` call: equality filters (a value, or an array meaning "any of"), ordering and paging.
 * Without `orderBy`, rows come in primary key order, so results are identical on every dialect. `where` may only name
 * non-JSON columns of the row; `limit` must be a positive integer and `offset` a non-negative integer, otherwise the call throws
 * a `ValidationError`.
 *
 * @example
 * ```ts
 * await storage.plannedSessions.list(userId, {
 *   where: { status: ['planned', 'partially_completed'] },
 *   orderBy: [{ column: 'scheduled_date' }],
 *   limit: 50,
 * });
 * ```
 */
export interface ListQuery<Row> {
  /** Equality (`column = value`, `IS NULL` for null) or membership (`column IN (...)`) per column, all combined with AND. */
  readonly where?: RowFilter<Row>;
  /** Sort keys, applied in order; the primary key is always appended as the final tie-breaker. */
  readonly orderBy?: readonly { readonly column: keyof Row & string; readonly direction?: 'asc' | 'desc' }[];
  readonly limit?: number;
  readonly offset?: number;
}

/**
 * A partial update of a row: any column except the primary key and `user_id`. Timestamps are never set by storage:
 * include `updated_at` in the patch when it should change.
 *
 * @example
 * ```ts
 * const patch: RowPatch<PlannedSessionRow> = { status: 'skipped', updated_at: now };
 * ```
 */
export type RowPatch<Row> = { readonly [K in Exclude<keyof Row, 'id' | 'user_id'>]?: Row[K] };

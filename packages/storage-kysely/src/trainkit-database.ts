import type { TableName, TableRows, WorkoutLogRow } from '@trainkit/core';

/**
 * The value a driver takes for, and returns from, a column whose row type is `T`: booleans may be SQLite's 0/1,
 * instants and dates may come back from PostgreSQL as `Date`, JSON columns hold JSON text on the way in.
 * Rows read through the repositories are always decoded back to `T`; this type is for hand-written kysely queries.
 *
 * @example
 * ```ts
 * type Stored = StoredValue<boolean>; // boolean | number
 * ```
 */
export type StoredValue<T> = T extends boolean
  ? boolean | number
  : T extends string
    ? string | Date
    : T extends number
      ? number
      : T extends null
        ? null
        : unknown;

/**
 * A table as kysely sees it: every column of the row type `Row`, with {@link StoredValue} types.
 *
 * @example
 * ```ts
 * type ActivityInstancesTable = StoredTable<TableRows['activity_instances']>;
 * ```
 */
export type StoredTable<Row> = { [K in keyof Row]-?: StoredValue<Row[K]> };

/**
 * kysely's database interface for trainkit: every table of core's registry (column names exactly as in the brief),
 * plus the read-only `workout_logs` view. Use it to write your own queries against a trainkit database:
 *
 * @example
 * ```ts
 * const db = new Kysely<TrainkitDatabase>({ dialect });
 * const rows = await db.selectFrom('activity_instances').select(['id', 'local_date']).where('user_id', '=', userId).execute();
 * ```
 */
export type TrainkitDatabase = { [N in TableName]: StoredTable<TableRows[N]> } & {
  /** View over `activity_instances` (see migration `0003_workout_logs_view`). */
  workout_logs: StoredTable<WorkoutLogRow>;
};

/**
 * The untyped view of the database the generic repository code works with (table and column names are data).
 *
 * @internal
 */
export type DynamicDatabase = Record<string, Record<string, unknown>>;

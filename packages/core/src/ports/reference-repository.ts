import type { ListQuery } from './list-query.js';

/**
 * Repository of a global reference table (disciplines, muscles, movements, activity definitions, muscle maps,
 * movement progressions): shared by all users, written by the catalog, read by everyone.
 *
 * `upsertMany` validates every row with the table's insert schema (`ValidationError` naming field and rule), then
 * inserts new rows and replaces every non-key column of rows whose primary key exists, all or none; a broken unique
 * key (e.g. a slug used by another id) or a missing parent throws `ConflictError`. For tables with a composite
 * primary key (`movement_muscle_map`, `activity_muscle_map`) `Id` is an object holding the key columns.
 *
 * @typeParam Row - stored row type.
 * @typeParam Id - primary key: a branded id string, or an object of the key columns.
 * @typeParam Insert - what `upsertMany` accepts.
 *
 * @example
 * ```ts
 * await storage.muscles.upsertMany([{ id: 'quadriceps', name: 'Quadriceps', region: 'lower_anterior' }]);
 * const quads = await storage.muscles.get(MuscleIdSchema.parse('quadriceps'));
 * ```
 */
export interface ReferenceRepository<Row, Id, Insert> {
  /** Inserts or replaces rows by primary key, all or none; returns how many rows were written. */
  upsertMany(rows: readonly Insert[]): Promise<number>;
  /** The row with this key; throws `NotFoundError` when there is none. */
  get(id: Id): Promise<Row>;
  /** The row with this key, or `undefined`. */
  find(id: Id): Promise<Row | undefined>;
  /** Rows matching `query` (primary key order by default). */
  list(query?: ListQuery<Row>): Promise<Row[]>;
  /**
   * Deletes the row; throws `NotFoundError` when missing and `ConflictError` (`foreign_key`) while user rows still
   * reference it (reference rows are `ON DELETE RESTRICT` for user data).
   */
  delete(id: Id): Promise<void>;
}

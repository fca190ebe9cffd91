/**
 * What the storage knows about a failed statement: the table it was writing or reading. Translators name this
 * table as the entity, so the same failure names the same entity on every dialect (drivers disagree on which table
 * they report, and SQLite reports none for foreign keys).
 *
 * @example
 * ```ts
 * translateSqliteError(error, { entity: 'activity_instances' });
 * ```
 */
export interface DriverErrorContext {
  /** Table (entity) the statement targeted, when known. */
  readonly entity?: string;
}

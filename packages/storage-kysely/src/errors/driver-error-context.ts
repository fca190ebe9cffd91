import type { ForeignKeyViolation } from './foreign-key-violation.js';

/**
 * What the storage knows about a failed statement: the table it was writing or reading, and for a broken foreign key
 * which one it was. Translators name this table as the entity, so the same failure names the same entity on every
 * dialect (drivers disagree on which table they report, and SQLite reports none for foreign keys).
 *
 * @example
 * ```ts
 * translateSqliteError(error, { entity: 'activity_instances' });
 * ```
 */
export interface DriverErrorContext {
  /** Table (entity) the statement targeted, when known. */
  readonly entity?: string;
  /** The foreign key the statement broke, when the storage found it (SQLite does not say). */
  readonly foreignKey?: ForeignKeyViolation;
}

import type { ConflictForeignKey } from '@trainkit/core';

/**
 * Which way a foreign key was broken: a write referenced a row that does not exist (`missing_parent`), or a delete
 * (or key change) left rows pointing at a row that is gone (`still_referenced`).
 *
 * @example
 * ```ts
 * const direction: ForeignKeyDirection = 'missing_parent';
 * ```
 */
export type ForeignKeyDirection = 'missing_parent' | 'still_referenced';

/**
 * A broken foreign key, found by the storage: on PostgreSQL and PGlite from the constraint the server names, on
 * SQLite (which only says "FOREIGN KEY constraint failed") by re-checking the failed statement.
 *
 * @example
 * ```ts
 * const violation: ForeignKeyViolation = {
 *   direction: 'missing_parent',
 *   foreignKey: { table: 'activity_instances', columns: ['user_id'], references: { table: 'users', columns: ['id'] } },
 * };
 * ```
 */
export interface ForeignKeyViolation {
  readonly direction: ForeignKeyDirection;
  readonly foreignKey: ConflictForeignKey;
}

/**
 * The message of a `foreign_key` conflict, the same on every dialect: what happened and which foreign key
 * (`referenced row missing (foreign key activity_instances.user_id -> users.id)`).
 *
 * @internal
 */
export function foreignKeyMessage(violation: ForeignKeyViolation): string {
  const { foreignKey } = violation;
  const from = `${foreignKey.table}.${columnList(foreignKey.columns)}`;
  const to = `${foreignKey.references.table}.${columnList(foreignKey.references.columns)}`;
  const what = violation.direction === 'missing_parent' ? 'referenced row missing' : 'row still referenced';
  return `${what} (foreign key ${from} -> ${to})`;
}

function columnList(columns: readonly string[]): string {
  return columns.length === 1 ? (columns[0] ?? '') : `(${columns.join(', ')})`;
}

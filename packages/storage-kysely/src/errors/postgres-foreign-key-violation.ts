import { TABLES, type ConflictForeignKey } from '@trainkit/core';
import type { ForeignKeyViolation } from './foreign-key-violation.js';
import type { PostgresErrorFields } from './translate-postgres-error.js';

let byConstraintName: ReadonlyMap<string, ConflictForeignKey> | undefined;

/** Every foreign key of trainkit's schema by constraint name (`fk_activity_instances_user_id`). */
function foreignKeysByName(): ReadonlyMap<string, ConflictForeignKey> {
  byConstraintName ??= new Map(
    TABLES.flatMap((table) =>
      table.foreignKeys.map((foreignKey) => [
        foreignKey.name,
        { table: table.name, columns: foreignKey.columns, references: foreignKey.references },
      ] as const),
    ),
  );
  return byConstraintName;
}

/**
 * The foreign key a PostgreSQL `23503` / `23001` error broke, when it is one of trainkit's (found by the constraint
 * name the server reports); the direction comes from the SQLSTATE and the server's detail (`Key (user_id)=(…) is not
 * present in table "users"` vs `… is still referenced from table "…"`). `undefined` for constraints of other schemas.
 *
 * @internal
 */
export function postgresForeignKeyViolation(fields: PostgresErrorFields): ForeignKeyViolation | undefined {
  const foreignKey = fields.constraint === undefined ? undefined : foreignKeysByName().get(fields.constraint);
  if (!foreignKey) return undefined;
  const stillReferenced = fields.code === '23001' || /still referenced/i.test(fields.detail ?? '');
  return { direction: stillReferenced ? 'still_referenced' : 'missing_parent', foreignKey };
}

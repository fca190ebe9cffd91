import {
  ConflictError,
  StorageError,
  StorageUnavailableError,
  TrainkitError,
  type ConflictKind,
} from '@trainkit/core';
import type { DriverErrorContext } from './driver-error-context.js';
import { foreignKeyMessage, type ForeignKeyViolation } from './foreign-key-violation.js';

const SQLITE_CONFLICT_KINDS: Readonly<Record<string, ConflictKind>> = {
  SQLITE_CONSTRAINT_UNIQUE: 'unique',
  SQLITE_CONSTRAINT_PRIMARYKEY: 'unique',
  SQLITE_CONSTRAINT_FOREIGNKEY: 'foreign_key',
  SQLITE_CONSTRAINT_CHECK: 'check',
  SQLITE_CONSTRAINT_NOTNULL: 'not_null',
  // A value of the wrong storage class in a STRICT table: a rule of the column, like a CHECK.
  SQLITE_CONSTRAINT_DATATYPE: 'check',
};

/** Result codes meaning the database file itself is out of reach, not that one statement was wrong. */
const SQLITE_UNAVAILABLE_CODES = new Set([
  'SQLITE_CANTOPEN',
  'SQLITE_READONLY',
  'SQLITE_READONLY_DIRECTORY',
  'SQLITE_READONLY_DBMOVED',
  'SQLITE_READONLY_RECOVERY',
  'SQLITE_READONLY_CANTINIT',
  'SQLITE_READONLY_ROLLBACK',
  'SQLITE_READONLY_CANTLOCK',
  'SQLITE_NOTADB',
  'SQLITE_CORRUPT',
  'SQLITE_FULL',
  'SQLITE_IOERR',
]);

/**
 * Maps an error thrown by better-sqlite3 to trainkit's typed errors:
 *
 * | SQLite code | trainkit error |
 * |---|---|
 * | `SQLITE_CONSTRAINT_UNIQUE`, `SQLITE_CONSTRAINT_PRIMARYKEY` | `ConflictError` kind `unique` |
 * | `SQLITE_CONSTRAINT_FOREIGNKEY`, or any constraint code with "FOREIGN KEY constraint failed" (RESTRICT) | `ConflictError` kind `foreign_key` |
 * | `SQLITE_CONSTRAINT_CHECK`, `SQLITE_CONSTRAINT_DATATYPE` (STRICT tables) | `ConflictError` kind `check` |
 * | `SQLITE_CONSTRAINT_NOTNULL` | `ConflictError` kind `not_null` |
 * | `SQLITE_CANTOPEN`, `SQLITE_READONLY*`, `SQLITE_IOERR*`, `SQLITE_FULL`, `SQLITE_NOTADB`, `SQLITE_CORRUPT` | `StorageUnavailableError` |
 * | anything else | `StorageError` |
 *
 * A {@link TrainkitError} passes through unchanged. The driver error is kept as `cause`. SQLite does not say which
 * foreign key failed: give it as `context.foreignKey` (the storage finds it by re-checking the failed statement) and
 * the conflict carries it (`foreignKey`) and names it in its message.
 *
 * @param error - What the driver threw.
 * @param context - The table the statement targeted (it becomes the conflict's entity) and the broken foreign key.
 * @returns The typed error to throw.
 *
 * @example
 * ```ts
 * try { db.prepare('insert into t values (1)').run() }
 * catch (error) { throw translateSqliteError(error, { entity: 't' }) }
 * ```
 */
export function translateSqliteError(error: unknown, context: DriverErrorContext = {}): TrainkitError {
  if (error instanceof TrainkitError) return error;
  const code = sqliteCodeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const conflictKind = isSqliteForeignKeyError(error) ? 'foreign_key' : code ? SQLITE_CONFLICT_KINDS[code] : undefined;
  if (conflictKind === 'foreign_key') return foreignKeyConflict(error, context.entity, context.foreignKey);
  if (conflictKind) {
    const { table, detail } = parseConstraintMessage(message);
    const entity = context.entity ?? table ?? 'unknown';
    return new ConflictError(entity, conflictKind, conflictMessage(conflictKind, detail), { cause: error });
  }
  if (code && (SQLITE_UNAVAILABLE_CODES.has(code) || code.startsWith('SQLITE_IOERR'))) {
    return new StorageUnavailableError(`SQLite database unavailable (${code}): ${message}`, { cause: error });
  }
  const where = context.entity ? ` on ${context.entity}` : '';
  return new StorageError(`SQLite statement failed${where}${code ? ` (${code})` : ''}: ${message}`, { cause: error });
}

/**
 * Whether better-sqlite3 threw a foreign key failure. `ON DELETE RESTRICT` (and deferred) foreign keys fail as
 * `SQLITE_CONSTRAINT_TRIGGER` / `SQLITE_CONSTRAINT`, so the message decides.
 *
 * @internal
 */
export function isSqliteForeignKeyError(error: unknown): boolean {
  const code = sqliteCodeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return true;
  return code?.startsWith('SQLITE_CONSTRAINT') === true && /FOREIGN KEY constraint failed/i.test(message);
}

function sqliteCodeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/** `UNIQUE constraint failed: t.a, t.b` -> table `t`, detail `a, b`; `CHECK constraint failed: name` -> detail. */
function parseConstraintMessage(message: string): { table?: string; detail?: string } {
  const match = /constraint failed: (.+)$/i.exec(message);
  if (!match?.[1]) return {};
  const parts = match[1].split(',').map((part) => part.trim());
  const qualified = parts.every((part) => /^[\w$]+\.[\w$]+$/.test(part));
  if (!qualified) return { detail: match[1] };
  const table = parts[0]?.split('.')[0];
  const columns = parts.map((part) => part.split('.')[1]).join(', ');
  return table ? { table, detail: columns } : { detail: columns };
}

/**
 * The `foreign_key` {@link ConflictError} every dialect throws: naming the broken foreign key when it is known. Without
 * an entity, the table the violation happened on stands in (the written table for a missing parent, the deleted-from
 * table for a row still referenced).
 *
 * @internal
 */
export function foreignKeyConflict(
  cause: unknown,
  entity: string | undefined,
  violation: ForeignKeyViolation | undefined,
  detail?: string,
): ConflictError {
  if (!violation) return new ConflictError(entity ?? 'unknown', 'foreign_key', conflictMessage('foreign_key', detail), { cause });
  const table = violation.direction === 'missing_parent' ? violation.foreignKey.table : violation.foreignKey.references.table;
  return new ConflictError(entity ?? table, 'foreign_key', foreignKeyMessage(violation), { cause, foreignKey: violation.foreignKey });
}

/**
 * The conflict message every dialect uses: the kind in words plus the driver's detail (columns or constraint name).
 *
 * @internal
 */
export function conflictMessage(kind: ConflictKind, detail: string | undefined): string {
  const words: Record<ConflictKind, string> = {
    unique: 'duplicate key (unique constraint)',
    foreign_key: 'referenced row missing or still referenced (foreign key constraint)',
    check: 'value breaks a check constraint',
    not_null: 'required value missing (not-null constraint)',
  };
  return detail ? `${words[kind]}: ${detail}` : words[kind];
}

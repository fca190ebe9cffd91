import {
  ConflictError,
  StorageError,
  StorageUnavailableError,
  TrainkitError,
  type ConflictKind,
} from '@trainkit/core';
import type { DriverErrorContext } from './driver-error-context.js';
import { postgresForeignKeyViolation } from './postgres-foreign-key-violation.js';
import { conflictMessage, foreignKeyConflict } from './translate-sqlite-error.js';

const POSTGRES_CONFLICT_KINDS: Readonly<Record<string, ConflictKind>> = {
  '23505': 'unique',
  '23503': 'foreign_key',
  // restrict_violation: deleting a row an `ON DELETE RESTRICT` foreign key still points at.
  '23001': 'foreign_key',
  '23514': 'check',
  '23502': 'not_null',
};

/** SQLSTATEs meaning the server cannot be used at all (connection, authentication, missing database, shutdown). */
const POSTGRES_UNAVAILABLE_STATES = new Set(['3D000', '57P01', '57P02', '57P03', '53300']);

/** Node socket error codes (`pg` surfaces them as `error.code`). */
const NETWORK_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);

const CONNECTION_LOST_MESSAGES = [
  /connection terminated/i,
  /connection timeout/i,
  /timeout exceeded when trying to connect/i,
  /cannot use a pool after calling end/i,
  /client has encountered a connection error/i,
  /client was closed/i,
  /pglite is closed/i,
];

/**
 * Maps an error thrown by `pg` or PGlite to trainkit's typed errors:
 *
 * | SQLSTATE / code | trainkit error |
 * |---|---|
 * | `23505` unique_violation | `ConflictError` kind `unique` |
 * | `23503` foreign_key_violation, `23001` restrict_violation | `ConflictError` kind `foreign_key` |
 * | `23514` check_violation | `ConflictError` kind `check` |
 * | `23502` not_null_violation | `ConflictError` kind `not_null` |
 * | class `08` (connection), class `28` (authentication), `3D000`, `57P01`–`57P03`, `53300`, `ECONNREFUSED`, `ENOTFOUND`, `ETIMEDOUT`, … | `StorageUnavailableError` |
 * | anything else | `StorageError` |
 *
 * A {@link TrainkitError} passes through unchanged. The driver error is kept as `cause`. A broken foreign key of
 * trainkit's schema is recognised by its constraint name: the conflict carries it (`foreignKey`) and names it in its
 * message, exactly as on SQLite.
 *
 * @param error - What the driver threw.
 * @param context - The table the statement targeted; it becomes the conflict's entity.
 * @returns The typed error to throw.
 *
 * @example
 * ```ts
 * try { await pool.query('insert into t values (1)') }
 * catch (error) { throw translatePostgresError(error, { entity: 't' }) }
 * ```
 */
export function translatePostgresError(error: unknown, context: DriverErrorContext = {}): TrainkitError {
  if (error instanceof TrainkitError) return error;
  const fields = fieldsOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const conflictKind = fields.code ? POSTGRES_CONFLICT_KINDS[fields.code] : undefined;
  if (conflictKind === 'foreign_key') {
    const violation = context.foreignKey ?? postgresForeignKeyViolation(fields);
    return foreignKeyConflict(error, context.entity ?? (violation ? undefined : fields.table), violation, fields.detail ?? fields.constraint);
  }
  if (conflictKind) {
    const entity = context.entity ?? fields.table ?? 'unknown';
    const detail = fields.column ?? fields.constraint ?? fields.detail;
    return new ConflictError(entity, conflictKind, conflictMessage(conflictKind, detail), { cause: error });
  }
  if (isUnavailable(fields.code, message)) {
    const code = fields.code ? ` (${fields.code})` : '';
    return new StorageUnavailableError(`PostgreSQL unavailable${code}: ${firstLine(message)}`, { cause: error });
  }
  const where = context.entity ? ` on ${context.entity}` : '';
  const code = fields.code ? ` (${fields.code})` : '';
  return new StorageError(`PostgreSQL statement failed${where}${code}: ${firstLine(message)}`, { cause: error });
}

/** The fields of a PostgreSQL server error that the translation reads. */
export interface PostgresErrorFields {
  code?: string;
  table?: string;
  column?: string;
  constraint?: string;
  detail?: string;
}

function fieldsOf(error: unknown): PostgresErrorFields {
  if (typeof error !== 'object' || error === null) return {};
  const record = error as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === 'string' && record[key] !== '' ? (record[key] as string) : undefined);
  const fields: PostgresErrorFields = {};
  const code = text('code');
  const table = text('table');
  const column = text('column');
  const constraint = text('constraint');
  const detail = text('detail');
  if (code) fields.code = code;
  if (table) fields.table = table;
  if (column) fields.column = column;
  if (constraint) fields.constraint = constraint;
  if (detail) fields.detail = detail;
  return fields;
}

function isUnavailable(code: string | undefined, message: string): boolean {
  if (code) {
    if (code.startsWith('08') || code.startsWith('28')) return true;
    if (POSTGRES_UNAVAILABLE_STATES.has(code) || NETWORK_ERROR_CODES.has(code)) return true;
  }
  return CONNECTION_LOST_MESSAGES.some((pattern) => pattern.test(message));
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

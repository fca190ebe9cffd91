import type { TrainkitError } from '@trainkit/core';
import { sqlFamilyOf, type StorageDialect } from '../connection/storage-dialect.js';
import type { DriverErrorContext } from './driver-error-context.js';
import { translatePostgresError } from './translate-postgres-error.js';
import { translateSqliteError } from './translate-sqlite-error.js';

/**
 * Maps a driver error of any supported dialect to trainkit's typed errors: {@link translateSqliteError} for SQLite,
 * {@link translatePostgresError} for PostgreSQL and PGlite.
 *
 * @param dialect - The dialect that threw.
 * @param error - What the driver threw.
 * @param context - The table the statement targeted.
 * @returns The typed error to throw.
 *
 * @example
 * ```ts
 * throw translateDriverError('pglite', error, { entity: 'goals' });
 * ```
 */
export function translateDriverError(
  dialect: StorageDialect,
  error: unknown,
  context: DriverErrorContext = {},
): TrainkitError {
  return sqlFamilyOf(dialect) === 'sqlite' ? translateSqliteError(error, context) : translatePostgresError(error, context);
}

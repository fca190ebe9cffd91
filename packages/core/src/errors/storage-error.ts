import { TrainkitError } from './trainkit-error.js';

/**
 * The database failed for a reason that is not the caller's input (I/O, syntax, lost connection).
 *
 * @example
 * ```ts
 * throw new StorageError('migration 0001 failed', { cause: driverError });
 * ```
 */
export class StorageError extends TrainkitError {
  readonly code = 'STORAGE_FAILED' as const;
}

/**
 * The database could not be reached or opened at all (bad URL, server down, unwritable path).
 *
 * @example
 * ```ts
 * throw new StorageUnavailableError('cannot connect to postgres://localhost:5432/app');
 * ```
 */
export class StorageUnavailableError extends TrainkitError {
  readonly code = 'STORAGE_UNAVAILABLE' as const;
}

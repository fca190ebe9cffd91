import { ValidationError } from '@trainkit/core';
import { StoredDataError } from './stored-data-error.js';

/**
 * Runs `work`, which reads stored data after the command line was fully validated, and turns a `ValidationError`
 * it throws into a {@link StoredDataError}: at that point an invalid value can only come from the database, so the
 * CLI reports it as a data problem (exit 4), not as a command-line mistake (exit 2). Other errors pass unchanged.
 *
 * @example
 * ```ts
 * const report = await readingStoredData(() => trainkit.fatigue.report({ userId, asOf }));
 * ```
 */
export async function readingStoredData<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ValidationError) throw new StoredDataError(error);
    throw error;
  }
}

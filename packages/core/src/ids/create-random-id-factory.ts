import { randomUUID } from 'node:crypto';
import type { IdFactory } from './id-factory.js';

/**
 * An {@link IdFactory} returning random UUID v4 strings from `node:crypto`.
 *
 * This is infrastructure: the one place in `@trainkit/core` that uses randomness. Pure engines never call it; they
 * receive an `IdFactory` from the caller, which passes this one in production and a sequential one in tests.
 *
 * @example
 * ```ts
 * const ids = createRandomIdFactory();
 * const id = UserIdSchema.parse(ids()); // e.g. '3b241101-e2bb-4255-8caf-4136c566a962'
 * ```
 */
export function createRandomIdFactory(): IdFactory {
  return () => randomUUID();
}

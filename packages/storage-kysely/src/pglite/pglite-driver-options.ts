import type { PgliteClientHandle } from './pglite-client-handle.js';

/**
 * Where a PGlite storage keeps its data: a `dataDir` (a directory, created when missing), nothing for an in-memory
 * database, or an existing PGlite `instance`.
 *
 * @example
 * ```ts
 * const options: PgliteDriverOptions = { dataDir: './trainkit-pglite' };
 * ```
 */
export interface PgliteDriverOptions {
  /** Directory for the database files; omit for an in-memory database. Ignored when `instance` is given. */
  readonly dataDir?: string;
  /** An existing PGlite instance (any {@link PgliteClientHandle}); the storage does not close it on `close()`. */
  readonly instance?: PgliteClientHandle;
}

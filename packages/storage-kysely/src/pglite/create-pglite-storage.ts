import { createKyselyStorage, type KyselyStorage } from '../create-kysely-storage.js';
import type { PgliteNativeHandle } from './pglite-client-handle.js';
import { pgliteDriver } from './pglite-driver.js';
import type { PgliteDriverOptions } from './pglite-driver-options.js';

/**
 * Options of {@link createPgliteStorage}: where the data is, and whether to migrate on open.
 *
 * @example
 * ```ts
 * const options: CreatePgliteStorageOptions = { dataDir: './trainkit-pglite', migrate: true };
 * ```
 */
export interface CreatePgliteStorageOptions extends PgliteDriverOptions {
  /** Run every pending migration before returning (default `false`). */
  readonly migrate?: boolean;
}

/**
 * Opens a trainkit storage on PGlite, PostgreSQL compiled to WebAssembly running in process (install it: `npm
 * install @electric-sql/pglite@0.5`). Without `dataDir` or `instance` the database lives in memory.
 *
 * @param options - A `dataDir`, nothing (in memory), or an existing `instance`, and `migrate`.
 * @returns The storage; `native.client` is the PGlite instance. Call `close()` when done.
 * @throws {MissingDependencyError} When `@electric-sql/pglite` is not installed.
 * @throws {StorageUnavailableError} When the database cannot be created or opened (one-line reason).
 * @throws {StorageError} When `migrate: true` and a migration fails.
 *
 * @example
 * ```ts
 * import { createPgliteStorage } from '@trainkit/storage-kysely/pglite';
 *
 * const storage = await createPgliteStorage({ dataDir: './trainkit-pglite', migrate: true });
 * await storage.close();
 * ```
 */
export async function createPgliteStorage(options: CreatePgliteStorageOptions = {}): Promise<KyselyStorage<PgliteNativeHandle>> {
  const { migrate, ...driverOptions } = options;
  return createKyselyStorage({ driver: pgliteDriver(driverOptions), migrate: migrate === true });
}

import { createKyselyStorage, type KyselyStorage } from '../create-kysely-storage.js';
import { postgresDriver } from './postgres-driver.js';
import type { PostgresDriverOptions } from './postgres-driver-options.js';
import type { PostgresNativeHandle } from './postgres-pool-handle.js';

/**
 * Options of {@link createPostgresStorage}: how to connect, and whether to migrate on open.
 *
 * @example
 * ```ts
 * const options: CreatePostgresStorageOptions = { connectionString: 'postgres://app@localhost/trainkit', migrate: true };
 * ```
 */
export interface CreatePostgresStorageOptions extends PostgresDriverOptions {
  /** Run every pending migration before returning (default `false`). */
  readonly migrate?: boolean;
}

/**
 * Opens a trainkit storage on a PostgreSQL server through a `pg` pool (install the driver: `npm install pg@8
 * pg-copy-streams@7`).
 *
 * @param options - A `connectionString` or an existing `pool`, pool settings, and `migrate`.
 * @returns The storage; `native.pool` is the pool. Call `close()` when done (a pool you passed in stays open).
 * @throws {MissingDependencyError} When `pg` or `pg-copy-streams` is not installed.
 * @throws {StorageUnavailableError} When the server cannot be reached or the database does not exist (one-line
 * reason, password removed).
 * @throws {StorageError} When `migrate: true` and a migration fails.
 *
 * @example
 * ```ts
 * import { createPostgresStorage } from '@trainkit/storage-kysely/postgres';
 *
 * const storage = await createPostgresStorage({ connectionString: process.env.DATABASE_URL!, migrate: true });
 * await storage.close();
 * ```
 */
export async function createPostgresStorage(options: CreatePostgresStorageOptions): Promise<KyselyStorage<PostgresNativeHandle>> {
  const { migrate, ...driverOptions } = options;
  return createKyselyStorage({ driver: postgresDriver(driverOptions), migrate: migrate === true });
}

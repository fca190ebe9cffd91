import { createKyselyStorage, type KyselyStorage } from '../create-kysely-storage.js';
import type { SqliteNativeHandle } from './sqlite-database-handle.js';
import { sqliteDriver } from './sqlite-driver.js';
import type { SqliteDriverOptions } from './sqlite-driver-options.js';

/**
 * Options of {@link createSqliteStorage}: where the data is, and whether to migrate on open.
 *
 * @example
 * ```ts
 * const options: CreateSqliteStorageOptions = { path: './trainkit.db', migrate: true };
 * ```
 */
export interface CreateSqliteStorageOptions extends SqliteDriverOptions {
  /** Run every pending migration before returning (default `false`). */
  readonly migrate?: boolean;
}

/**
 * Opens a trainkit storage on SQLite through better-sqlite3 (install it: `npm install better-sqlite3@12`).
 *
 * @param options - A `path` (a file, or `:memory:`) or an open `database`, and `migrate`.
 * @returns The storage; `native.database` is the better-sqlite3 handle. Call `close()` when done.
 * @throws {ConfigError} When neither `path` nor `database` is given.
 * @throws {MissingDependencyError} When better-sqlite3 is not installed.
 * @throws {StorageUnavailableError} When the file cannot be opened or written (one-line reason).
 * @throws {StorageError} When `migrate: true` and a migration fails.
 *
 * @example
 * ```ts
 * import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
 *
 * const storage = await createSqliteStorage({ path: './trainkit.db', migrate: true });
 * try {
 *   await storage.users.insert({ id: 'usr_01', created_at: '2025-03-01T08:00:00.000Z' });
 * } finally {
 *   await storage.close();
 * }
 * ```
 */
export async function createSqliteStorage(options: CreateSqliteStorageOptions): Promise<KyselyStorage<SqliteNativeHandle>> {
  const { migrate, ...driverOptions } = options;
  return createKyselyStorage({ driver: sqliteDriver(driverOptions), migrate: migrate === true });
}

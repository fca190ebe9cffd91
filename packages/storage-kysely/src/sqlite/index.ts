/**
 * `@trainkit/storage-kysely/sqlite`: trainkit's storage on SQLite through better-sqlite3, an optional peer
 * dependency loaded only when a storage opens (`npm install better-sqlite3@12`). Without it, opening throws
 * `MissingDependencyError` naming the package.
 *
 * ```ts
 * import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
 *
 * const storage = await createSqliteStorage({ path: './trainkit.db', migrate: true });
 * ```
 *
 * @packageDocumentation
 */
export { createSqliteStorage, type CreateSqliteStorageOptions } from './create-sqlite-storage.js';
export { sqliteDriver } from './sqlite-driver.js';
export type { SqliteDriverOptions } from './sqlite-driver-options.js';
export type { SqliteDatabaseHandle, SqliteNativeHandle, SqliteStatementHandle } from './sqlite-database-handle.js';

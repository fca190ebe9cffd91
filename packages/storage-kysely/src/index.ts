/**
 * `@trainkit/storage-kysely`: trainkit's storage on kysely, for SQLite (better-sqlite3), PGlite and PostgreSQL.
 * Repositories implementing every port of `@trainkit/core`, migrations as code, driver errors translated to the same
 * typed errors on every dialect, and analytics computed in the database.
 *
 * ```ts
 * import { createKyselyStorage, parseDatabaseTarget } from '@trainkit/storage-kysely';
 *
 * const storage = await createKyselyStorage({ ...parseDatabaseTarget('./trainkit.db'), migrate: true });
 * ```
 *
 * @packageDocumentation
 */
export { createKyselyStorage, type CreateKyselyStorageOptions, type KyselyStorage } from './create-kysely-storage.js';
export { parseDatabaseTarget } from './connection/parse-database-target.js';
export type {
  KyselyStorageOptions,
  PgliteStorageOptions,
  PostgresStorageOptions,
  SqliteStorageOptions,
} from './connection/kysely-storage-options.js';
export type { NativeHandle } from './connection/open-kysely-database.js';
export { STORAGE_DIALECTS, sqlFamilyOf, type SqlFamily, type StorageDialect } from './connection/storage-dialect.js';
export { translateSqliteError } from './errors/translate-sqlite-error.js';
export { translatePostgresError } from './errors/translate-postgres-error.js';
export { translateDriverError } from './errors/translate-driver-error.js';
export type { DriverErrorContext } from './errors/driver-error-context.js';
export { KyselyMigrations } from './migrations/kysely-migrations.js';
export {
  TRAINKIT_MIGRATIONS,
  TRAINKIT_MIGRATION_LOCK_TABLE,
  TRAINKIT_MIGRATION_TABLE,
} from './migrations/trainkit-migrations.js';
export type { StoredTable, StoredValue, TrainkitDatabase } from './trainkit-database.js';

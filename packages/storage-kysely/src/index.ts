/**
 * `@trainkit/storage-kysely`: trainkit's storage on kysely, for SQLite (better-sqlite3), PGlite and PostgreSQL.
 * Repositories implementing every port of `@trainkit/core`, migrations as code, driver errors translated to the same
 * typed errors on every dialect, and analytics computed in the database.
 *
 * This entry loads no database driver. Each dialect has its own entry, and its driver is an optional peer dependency
 * you install for the dialects you use:
 *
 * | entry | driver to install |
 * |---|---|
 * | `@trainkit/storage-kysely/sqlite` | `better-sqlite3` |
 * | `@trainkit/storage-kysely/pglite` | `@electric-sql/pglite` |
 * | `@trainkit/storage-kysely/postgres` | `pg`, `pg-copy-streams` |
 *
 * ```ts
 * import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
 *
 * const storage = await createSqliteStorage({ path: './trainkit.db', migrate: true });
 * ```
 *
 * @packageDocumentation
 */
export { createKyselyStorage, type CreateKyselyStorageOptions, type KyselyStorage } from './create-kysely-storage.js';
export type { OpenedStorageDriver, StorageDriver } from './connection/storage-driver.js';
export type { DatabaseTarget } from './connection/database-target.js';
export { parseDatabaseTarget } from './connection/parse-database-target.js';
export { STORAGE_DIALECTS, sqlFamilyOf, type SqlFamily, type StorageDialect } from './connection/storage-dialect.js';
export { translateSqliteError } from './errors/translate-sqlite-error.js';
export { translatePostgresError } from './errors/translate-postgres-error.js';
export { translateDriverError } from './errors/translate-driver-error.js';
export type { DriverErrorContext } from './errors/driver-error-context.js';
export type { ForeignKeyDirection, ForeignKeyViolation } from './errors/foreign-key-violation.js';
export { KyselyMigrations } from './migrations/kysely-migrations.js';
export {
  TRAINKIT_MIGRATIONS,
  TRAINKIT_MIGRATION_LOCK_TABLE,
  TRAINKIT_MIGRATION_TABLE,
} from './migrations/trainkit-migrations.js';
export type { StoredTable, StoredValue, TrainkitDatabase } from './trainkit-database.js';

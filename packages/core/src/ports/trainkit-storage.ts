import type { MigrationPort } from './migration-port.js';
import type { TrainkitRepositories } from './trainkit-repositories.js';
import type { UnitOfWork } from './unit-of-work.js';

/**
 * Dialects a storage adapter can run on.
 *
 * @example
 * ```ts
 * const dialect: StorageDialect = 'sqlite';
 * ```
 */
export type StorageDialect = 'sqlite' | 'postgres' | 'pglite';

/**
 * A complete storage: every repository, transactions, migrations and `close`. What `createTrainkit({ storage })`
 * takes and what every adapter's factory (e.g. `createSqliteStorage` of `@trainkit/storage-kysely/sqlite`) returns.
 * All dialects behave identically and throw the same typed errors (`ValidationError`, `NotFoundError`,
 * `ConflictError`, `StorageError`, `StorageUnavailableError` when the database cannot be opened), which the storage
 * contract suite checks.
 *
 * @example
 * ```ts
 * const storage: TrainkitStorage = await createSqliteStorage({ path: ':memory:' });
 * await storage.migrations.migrateToLatest();
 * try { await storage.users.insert({ id: 'usr_01', created_at: now }); } finally { await storage.close(); }
 * ```
 */
export interface TrainkitStorage extends TrainkitRepositories, UnitOfWork {
  readonly dialect: StorageDialect;
  readonly migrations: MigrationPort;
  /** Releases connections; idempotent. Any call after `close` throws `StorageError`. */
  close(): Promise<void>;
}

import type { Dialect } from 'kysely';
import type { StorageDialect } from './storage-dialect.js';

/**
 * A database opened by a {@link StorageDriver}: the kysely dialect to talk to it, where it is, and the driver handle
 * underneath.
 *
 * @typeParam Native - The driver handle exposed as `storage.native` (a structural type, never the driver's own).
 *
 * @example
 * ```ts
 * const opened: OpenedStorageDriver<{ dialect: 'sqlite' }> = {
 *   kyselyDialect: new SqliteDialect({ database }),
 *   location: 'SQLite database at ./trainkit.db',
 *   native: { dialect: 'sqlite' },
 *   close: async () => database.close(),
 * };
 * ```
 */
export interface OpenedStorageDriver<Native> {
  /**
   * The kysely dialect talking to the database. The storage wraps it so that every driver error becomes one of
   * trainkit's typed errors, and destroys it on `close()` (kysely's `destroy()`).
   */
  readonly kyselyDialect: Dialect;
  /** Where the data lives, without passwords, for logs and messages (`SQLite database at ./trainkit.db`). */
  readonly location: string;
  /** The driver handle underneath, exposed as `storage.native`. */
  readonly native: Native;
  /**
   * True when the dialect's connections stream trainkit's bulk `COPY ... FROM STDIN` requests (only the driver of
   * `@trainkit/storage-kysely/postgres` does); otherwise large PostgreSQL batches are inserted with `unnest`.
   */
  readonly copyFromStdin?: boolean;
  /**
   * Releases what the driver opened, after kysely's `destroy()`: closes the database, instance or pool it created,
   * and leaves alone one the caller handed in. Called once.
   */
  close(): Promise<void>;
}

/**
 * How {@link createKyselyStorage} reaches a database: a dialect name plus a lazy `open()`. The dialect entries make
 * them, each loading its own driver only when `open()` runs:
 * `sqliteDriver` (`@trainkit/storage-kysely/sqlite`), `pgliteDriver` (`/pglite`) and `postgresDriver` (`/postgres`).
 *
 * @typeParam Native - The driver handle the opened storage exposes as `storage.native`.
 *
 * @example
 * ```ts
 * import { createKyselyStorage } from '@trainkit/storage-kysely';
 * import { sqliteDriver } from '@trainkit/storage-kysely/sqlite';
 *
 * const driver: StorageDriver = sqliteDriver({ path: './trainkit.db' });
 * const storage = await createKyselyStorage({ driver, migrate: true });
 * ```
 */
export interface StorageDriver<Native = unknown> {
  /** The SQL dialect the database speaks; it selects the DDL, codecs and error translation. */
  readonly dialect: StorageDialect;
  /**
   * Opens (or adopts) the database and proves it answers.
   *
   * @throws {MissingDependencyError} When the driver package is not installed.
   * @throws {StorageUnavailableError} When the database cannot be opened or reached.
   */
  open(): Promise<OpenedStorageDriver<Native>>;
}

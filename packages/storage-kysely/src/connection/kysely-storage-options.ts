import type { PGlite } from '@electric-sql/pglite';
import type BetterSqlite3 from 'better-sqlite3';
import type { Pool } from 'pg';

/**
 * Opens (or wraps) a SQLite database through better-sqlite3.
 *
 * Give `path` (a file, created when missing; `:memory:` for a private in-memory database) or an already open
 * better-sqlite3 `database`. Files get `journal_mode=WAL`; every connection gets `foreign_keys=ON` and a busy timeout.
 *
 * @example
 * ```ts
 * const options: SqliteStorageOptions = { dialect: 'sqlite', path: './trainkit.db' };
 * ```
 */
export interface SqliteStorageOptions {
  readonly dialect: 'sqlite';
  /** File path, or `:memory:`. Ignored when `database` is given. */
  readonly path?: string;
  /** An open better-sqlite3 database; the storage sets its pragmas but does not close it on `close()`. */
  readonly database?: BetterSqlite3.Database;
  /** How long a writer waits for a lock held by another process, in milliseconds (default 5000). */
  readonly busyTimeoutMs?: number;
}

/**
 * Opens (or wraps) an in-process PGlite database.
 *
 * Give `dataDir` (a directory, created when missing) or nothing for an in-memory database, or an existing
 * `instance`.
 *
 * @example
 * ```ts
 * const options: PgliteStorageOptions = { dialect: 'pglite', dataDir: './trainkit-pglite' };
 * ```
 */
export interface PgliteStorageOptions {
  readonly dialect: 'pglite';
  /** Directory for the database files; omit for an in-memory database. Ignored when `instance` is given. */
  readonly dataDir?: string;
  /** An existing PGlite instance; the storage does not close it on `close()`. */
  readonly instance?: PGlite;
}

/**
 * Connects to a PostgreSQL server through a `pg` pool.
 *
 * Give a `connectionString` (the storage creates and owns the pool) or an existing `pool` (the storage does not
 * end it on `close()`).
 *
 * @example
 * ```ts
 * const options: PostgresStorageOptions = { dialect: 'postgres', connectionString: 'postgres://localhost/trainkit' };
 * ```
 */
export interface PostgresStorageOptions {
  readonly dialect: 'postgres';
  /** `postgres://user:password@host:port/database`. Ignored when `pool` is given. */
  readonly connectionString?: string;
  /** An existing pool. */
  readonly pool?: Pool;
  /** Maximum pool size when the storage creates the pool (default 10). */
  readonly maxConnections?: number;
  /** How long to wait for a connection, in milliseconds (default 10000). */
  readonly connectionTimeoutMs?: number;
}

/**
 * Options of {@link createKyselyStorage}: one of the three dialects.
 *
 * @example
 * ```ts
 * const options: KyselyStorageOptions = parseDatabaseTarget(process.env.TRAINKIT_DB ?? './trainkit.db');
 * ```
 */
export type KyselyStorageOptions = SqliteStorageOptions | PgliteStorageOptions | PostgresStorageOptions;

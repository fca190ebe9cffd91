import type { SqliteDatabaseHandle } from './sqlite-database-handle.js';

/**
 * Where a SQLite storage keeps its data: a `path` (a file, created when missing, or `:memory:` for a private in-memory
 * database), or an already open better-sqlite3 `database`.
 *
 * Files get `journal_mode=WAL` and `synchronous=NORMAL`; every connection gets `foreign_keys=ON` and a busy timeout.
 *
 * @example
 * ```ts
 * const options: SqliteDriverOptions = { path: './trainkit.db' };
 * ```
 */
export interface SqliteDriverOptions {
  /** File path, or `:memory:`. Required unless `database` is given; ignored when it is. */
  readonly path?: string;
  /**
   * An open better-sqlite3 database (any {@link SqliteDatabaseHandle}); the storage sets its pragmas but does not
   * close it on `close()`.
   */
  readonly database?: SqliteDatabaseHandle;
  /** How long a writer waits for a lock held by another process, in milliseconds (default 5000). */
  readonly busyTimeoutMs?: number;
}

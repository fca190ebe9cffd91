import type { SqliteDatabaseHandle } from './sqlite-database-handle.js';

/**
 * Where a SQLite storage keeps its data: a `path` (a file, created when missing, or `:memory:` for a private in-memory
 * database), or an already open better-sqlite3 `database`.
 *
 * Files get `journal_mode=WAL` and `synchronous=NORMAL`; every connection gets `foreign_keys=ON` and a busy timeout;
 * a database the storage opens itself gets a 64 MiB page cache (`cacheSizeMib`).
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
  /**
   * Page cache of the connection, in MiB (`cache_size`). Default 64 for a database opened from `path`; a `database`
   * handed in keeps its own setting unless this is given. A small cache (SQLite's default is 2 MiB, better-sqlite3's 16 MiB) makes bulk imports into a table
   * of millions of rows several times slower, because every insert into an index keyed by random ids (UUIDs) then
   * misses the cache.
   */
  readonly cacheSizeMib?: number;
}

import { StorageUnavailableError } from '@trainkit/core';
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';
import type { SqliteStorageOptions } from './kysely-storage-options.js';

/** How many prepared statements one SQLite connection keeps. */
const STATEMENT_CACHE_SIZE = 500;

/** An open SQLite database plus what the storage needs to know about it. */
export interface OpenedSqliteDatabase {
  /** The better-sqlite3 handle. */
  readonly database: BetterSqlite3.Database;
  /** The handle wrapped for kysely, with a prepared-statement cache. */
  readonly kyselyDatabase: SqliteDatabase;
  /** Whether `close()` of the storage closes the handle (true when the storage opened it). */
  readonly owned: boolean;
  /** Human-readable location for messages. */
  readonly location: string;
}

/**
 * Opens the database, applies the pragmas trainkit relies on (WAL for files, foreign keys, busy timeout) and proves
 * the file is writable. Any failure becomes one {@link StorageUnavailableError} with a one-line reason.
 */
export function openSqliteDatabase(options: SqliteStorageOptions): OpenedSqliteDatabase {
  const owned = options.database === undefined;
  const path = options.path ?? ':memory:';
  const location = owned ? (path === ':memory:' ? 'SQLite in-memory database' : `SQLite database at ${path}`) : 'SQLite database';
  let database: BetterSqlite3.Database | undefined;
  try {
    database = options.database ?? new Database(path);
    database.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
    database.pragma('foreign_keys = ON');
    if (!database.memory && !database.readonly) {
      database.pragma('journal_mode = WAL');
      // WAL + NORMAL is durable across application crashes; only a power loss may drop the last commits.
      database.pragma('synchronous = NORMAL');
    }
    if (database.readonly) throw new Error('the database is open read-only');
    // Prove we can take the write lock now rather than failing on the first insert (unless the caller's handle is
    // inside a transaction of its own).
    if (!database.inTransaction) database.exec('BEGIN IMMEDIATE; ROLLBACK');
  } catch (error) {
    if (owned && database?.open) database.close();
    throw new StorageUnavailableError(`cannot open ${location}: ${reasonOf(error)}`, { cause: error });
  }
  return { database, kyselyDatabase: new CachingSqliteDatabase(database, owned), owned, location };
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

/**
 * better-sqlite3 behind kysely's structural `SqliteDatabase`, with a small LRU of prepared statements: kysely
 * prepares every query it runs, and re-preparing the same batch insert for every chunk costs more than the insert.
 */
class CachingSqliteDatabase implements SqliteDatabase {
  readonly #database: BetterSqlite3.Database;
  readonly #owned: boolean;
  readonly #statements = new Map<string, BetterSqlite3.Statement>();

  constructor(database: BetterSqlite3.Database, owned: boolean) {
    this.#database = database;
    this.#owned = owned;
  }

  prepare(sql: string): SqliteStatement {
    let statement = this.#statements.get(sql);
    if (statement) {
      // Move to the most recently used end.
      this.#statements.delete(sql);
    } else {
      statement = this.#database.prepare(sql);
      if (this.#statements.size >= STATEMENT_CACHE_SIZE) {
        const oldest = this.#statements.keys().next();
        if (!oldest.done) this.#statements.delete(oldest.value);
      }
    }
    this.#statements.set(sql, statement);
    return statement as unknown as SqliteStatement;
  }

  close(): void {
    this.#statements.clear();
    if (this.#owned && this.#database.open) this.#database.close();
  }
}

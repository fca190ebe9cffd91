import { ConfigError, StorageUnavailableError } from '@trainkit/core';
import type { SqliteDatabase, SqliteStatement } from 'kysely';
import { loadOptionalDependency } from '../connection/load-optional-dependency.js';
import type { SqliteDatabaseHandle, SqliteStatementHandle } from './sqlite-database-handle.js';
import type { SqliteDriverOptions } from './sqlite-driver-options.js';

/** How many prepared statements one SQLite connection keeps. */
const STATEMENT_CACHE_SIZE = 500;

/** The parts of the `better-sqlite3` module the storage uses. */
interface BetterSqlite3Module {
  readonly default: new (path: string) => SqliteDatabaseHandle;
}

/** Loads better-sqlite3 on first use: only the SQLite entry ever imports it. */
async function loadBetterSqlite3(): Promise<BetterSqlite3Module> {
  return loadOptionalDependency(
    { packageName: 'better-sqlite3', install: 'npm install better-sqlite3@12', feature: '@trainkit/storage-kysely/sqlite' },
    async (): Promise<BetterSqlite3Module> => import('better-sqlite3'),
  );
}

/** An open SQLite database plus what the storage needs to know about it. */
export interface OpenedSqliteDatabase {
  /** The better-sqlite3 handle. */
  readonly database: SqliteDatabaseHandle;
  /** The handle wrapped for kysely, with a prepared-statement cache. */
  readonly kyselyDatabase: SqliteDatabase;
  /** Whether `close()` of the storage closes the handle (true when the storage opened it). */
  readonly owned: boolean;
  /** Human-readable location for messages. */
  readonly location: string;
}

/** Page cache of a database the storage opens itself, in MiB. */
const DEFAULT_CACHE_SIZE_MIB = 64;

/**
 * Opens the database (loading better-sqlite3 only now), applies the pragmas trainkit relies on (WAL for files,
 * foreign keys, busy timeout, page cache) and proves the file is writable. Any failure becomes one {@link StorageUnavailableError}
 * with a one-line reason.
 *
 * @throws {ConfigError} When neither a path nor a database is given, or the path is empty.
 * @throws {MissingDependencyError} When better-sqlite3 is not installed.
 * @throws {StorageUnavailableError} When the database cannot be opened or written.
 */
export async function openSqliteDatabase(options: SqliteDriverOptions): Promise<OpenedSqliteDatabase> {
  const owned = options.database === undefined;
  if (owned && (typeof options.path !== 'string' || options.path.trim() === '')) {
    throw new ConfigError('SQLite storage needs a path (a file, or ":memory:" for an in-memory database) or an open database');
  }
  const path = options.path ?? ':memory:';
  const location = owned ? (path === ':memory:' ? 'SQLite in-memory database' : `SQLite database at ${path}`) : 'SQLite database';
  const Database = owned ? (await loadBetterSqlite3()).default : undefined;
  let database: SqliteDatabaseHandle | undefined;
  try {
    database = options.database ?? new Database!(path);
    database.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
    database.pragma('foreign_keys = ON');
    const cacheMib = options.cacheSizeMib ?? (owned ? DEFAULT_CACHE_SIZE_MIB : undefined);
    // A negative cache_size is in KiB.
    if (cacheMib !== undefined) database.pragma(`cache_size = ${-Math.max(1, Math.trunc(cacheMib * 1024))}`);
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
  return { database, kyselyDatabase: new CachingSqliteDatabase(database), owned, location };
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

/**
 * The handle behind kysely's structural `SqliteDatabase`, with a small LRU of prepared statements: kysely prepares
 * every query it runs, and re-preparing the same batch insert for every chunk costs more than the insert. Its
 * `close()` (kysely's `destroy()`) only drops the statements: the driver closes the database it opened.
 */
class CachingSqliteDatabase implements SqliteDatabase {
  readonly #database: SqliteDatabaseHandle;
  readonly #statements = new Map<string, SqliteStatementHandle>();

  constructor(database: SqliteDatabaseHandle) {
    this.#database = database;
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
  }
}

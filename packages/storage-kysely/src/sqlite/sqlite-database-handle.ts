/**
 * A prepared statement of a {@link SqliteDatabaseHandle}: the part of better-sqlite3's `Statement` trainkit uses,
 * described structurally so that trainkit's types never need `@types/better-sqlite3`.
 *
 * @example
 * ```ts
 * const statement: SqliteStatementHandle = storage.native.database.prepare('select count(*) as n from users');
 * statement.get(); // { n: 1 }
 * ```
 */
export interface SqliteStatementHandle {
  /** True when the statement returns rows. */
  readonly reader: boolean;
  all(...parameters: unknown[]): unknown[];
  get(...parameters: unknown[]): unknown;
  run(...parameters: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  iterate(...parameters: unknown[]): IterableIterator<unknown>;
}

/**
 * An open SQLite database: the part of a better-sqlite3 `Database` trainkit uses, described structurally (as kysely's
 * own `SqliteDatabase` is). A better-sqlite3 database is one; pass yours as `database`, or read the storage's own as
 * `storage.native.database`.
 *
 * @example
 * ```ts
 * import Database from 'better-sqlite3';
 *
 * const database: SqliteDatabaseHandle = new Database('./trainkit.db');
 * const storage = await createSqliteStorage({ database });
 * ```
 */
export interface SqliteDatabaseHandle {
  /** False once closed. */
  readonly open: boolean;
  /** True for an in-memory database. */
  readonly memory: boolean;
  readonly readonly: boolean;
  /** True while a transaction is open on this connection. */
  readonly inTransaction: boolean;
  prepare(sql: string): SqliteStatementHandle;
  exec(sql: string): unknown;
  pragma(source: string, options?: { readonly simple?: boolean }): unknown;
  close(): unknown;
}

/**
 * The driver handle of a SQLite storage (`storage.native`).
 *
 * @example
 * ```ts
 * const storage = await createSqliteStorage({ path: './trainkit.db' });
 * storage.native.database.pragma('journal_mode', { simple: true }); // 'wal'
 * ```
 */
export interface SqliteNativeHandle {
  readonly dialect: 'sqlite';
  readonly database: SqliteDatabaseHandle;
}

import { SqliteDialect, type DialectAdapter } from 'kysely';
import type { StorageDriver } from '../connection/storage-driver.js';
import { openSqliteDatabase } from './open-sqlite-database.js';
import type { SqliteNativeHandle } from './sqlite-database-handle.js';
import type { SqliteDriverOptions } from './sqlite-driver-options.js';
import { TransactionalSqliteAdapter } from './transactional-sqlite-adapter.js';

/** kysely's SQLite dialect with trainkit's adapter: migrations run in a transaction, since SQLite has transactional DDL. */
class TrainkitSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

/**
 * The SQLite {@link StorageDriver}, for `createKyselyStorage`. better-sqlite3 (an optional peer dependency: `npm
 * install better-sqlite3@12`) is loaded when the storage opens, not when this module is imported.
 *
 * @param options - A `path` (or `:memory:`), or an open `database`.
 * @returns A driver; nothing is opened until `createKyselyStorage` calls `open()`.
 *
 * @example
 * ```ts
 * import { createKyselyStorage } from '@trainkit/storage-kysely';
 * import { sqliteDriver } from '@trainkit/storage-kysely/sqlite';
 *
 * const storage = await createKyselyStorage({ driver: sqliteDriver({ path: './trainkit.db' }), migrate: true });
 * ```
 */
export function sqliteDriver(options: SqliteDriverOptions): StorageDriver<SqliteNativeHandle> {
  return {
    dialect: 'sqlite',
    async open() {
      const opened = await openSqliteDatabase(options);
      return {
        kyselyDialect: new TrainkitSqliteDialect({ database: opened.kyselyDatabase }),
        location: opened.location,
        native: { dialect: 'sqlite', database: opened.database },
        async close() {
          if (opened.owned && opened.database.open) opened.database.close();
        },
      };
    },
  };
}

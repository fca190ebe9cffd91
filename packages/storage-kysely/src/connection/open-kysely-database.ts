import { Kysely, PostgresDialect, SqliteDialect, type Dialect } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { ErrorTranslatingDialect } from './error-translating-dialect.js';
import type { KyselyStorageOptions } from './kysely-storage-options.js';
import { openPglite } from './open-pglite.js';
import { copyCapablePool } from './postgres-copy.js';
import { openPostgresPool } from './open-postgres-pool.js';
import { openSqliteDatabase } from './open-sqlite-database.js';
import { PgliteDialect } from './pglite-dialect.js';
import { TransactionalSqliteAdapter } from './transactional-sqlite-adapter.js';
import { sqlFamilyOf, type SqlFamily, type StorageDialect } from './storage-dialect.js';

/**
 * The driver handle behind a storage (`storage.native`), for diagnostics and raw-driver work such as benchmarks.
 * Writing through it bypasses validation and error translation.
 *
 * @example
 * ```ts
 * if (storage.native.dialect === 'sqlite') console.log(storage.native.database.pragma('journal_mode', { simple: true }));
 * ```
 */
export type NativeHandle =
  | { readonly dialect: 'sqlite'; readonly database: BetterSqlite3.Database }
  | { readonly dialect: 'pglite'; readonly client: PGlite }
  | { readonly dialect: 'postgres'; readonly pool: pg.Pool };

/** An open kysely instance on one of the three dialects, with driver errors already translated. */
export interface KyselyConnection<DB> {
  readonly db: Kysely<DB>;
  readonly dialect: StorageDialect;
  readonly family: SqlFamily;
  /** Human-readable location (password-free), for messages. */
  readonly location: string;
  readonly native: NativeHandle;
  /** Destroys the kysely instance; closes the database only if it was opened here. */
  close(): Promise<void>;
}

/**
 * Opens the database described by `options` and wraps it in kysely with trainkit's error translation.
 *
 * @throws {StorageUnavailableError} When the database cannot be opened or reached.
 */
export async function openKyselyDatabase<DB>(options: KyselyStorageOptions): Promise<KyselyConnection<DB>> {
  let inner: Dialect;
  let location: string;
  let native: NativeHandle;
  switch (options.dialect) {
    case 'sqlite': {
      const opened = openSqliteDatabase(options);
      inner = new SqliteDialect({ database: opened.kyselyDatabase });
      location = opened.location;
      native = { dialect: 'sqlite', database: opened.database };
      break;
    }
    case 'pglite': {
      const opened = await openPglite(options);
      inner = new PgliteDialect(opened.client, opened.owned);
      location = opened.location;
      native = { dialect: 'pglite', client: opened.client };
      break;
    }
    case 'postgres': {
      const opened = await openPostgresPool(options);
      const { pool, owned } = opened;
      // kysely ends the pool on destroy(); a caller's pool stays open. Clients also serve bulk COPY requests.
      inner = new PostgresDialect({ pool: copyCapablePool(pool, owned) });
      location = opened.location;
      native = { dialect: 'postgres', pool };
      break;
    }
  }
  const dialect = options.dialect;
  const adapter = dialect === 'sqlite' ? new TransactionalSqliteAdapter() : undefined;
  const db = new Kysely<DB>({ dialect: new ErrorTranslatingDialect(inner, dialect, adapter) });
  let closed = false;
  return {
    db,
    dialect,
    family: sqlFamilyOf(dialect),
    location,
    native,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}

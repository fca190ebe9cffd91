import { PostgresDialect } from 'kysely';
import type { StorageDriver } from '../connection/storage-driver.js';
import { openPostgresPool } from './open-postgres-pool.js';
import { copyCapablePool, loadCopyFrom, type CopyFrom } from './postgres-copy.js';
import type { PostgresDriverOptions } from './postgres-driver-options.js';
import type { PostgresNativeHandle } from './postgres-pool-handle.js';

/**
 * The PostgreSQL {@link StorageDriver}, for `createKyselyStorage`. `pg` and `pg-copy-streams` (optional peer
 * dependencies: `npm install pg@8 pg-copy-streams@7`) are loaded when the storage opens, not when this module is
 * imported. Large batches stream through `COPY ... FROM STDIN`.
 *
 * @param options - A `connectionString` or an existing `pool`, and pool settings.
 * @returns A driver; nothing is opened until `createKyselyStorage` calls `open()`.
 *
 * @example
 * ```ts
 * import { createKyselyStorage } from '@trainkit/storage-kysely';
 * import { postgresDriver } from '@trainkit/storage-kysely/postgres';
 *
 * const driver = postgresDriver({ connectionString: process.env.DATABASE_URL! });
 * const storage = await createKyselyStorage({ driver, migrate: true });
 * ```
 */
export function postgresDriver(options: PostgresDriverOptions): StorageDriver<PostgresNativeHandle> {
  return {
    dialect: 'postgres',
    async open() {
      const opened = await openPostgresPool(options);
      let copyFrom: CopyFrom;
      try {
        copyFrom = await loadCopyFrom();
      } catch (error) {
        if (opened.owned) await opened.pool.end().catch(() => {});
        throw error;
      }
      return {
        // kysely calls the wrapper's end() on destroy(); close() below ends the pool only when it was created here.
        kyselyDialect: new PostgresDialect({ pool: copyCapablePool(opened.pool, copyFrom) }),
        location: opened.location,
        native: { dialect: 'postgres', pool: opened.pool },
        copyFromStdin: true,
        async close() {
          if (opened.owned) await opened.pool.end();
        },
      };
    },
  };
}

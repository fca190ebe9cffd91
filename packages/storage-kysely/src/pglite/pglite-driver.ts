import type { StorageDriver } from '../connection/storage-driver.js';
import { openPglite } from './open-pglite.js';
import type { PgliteNativeHandle } from './pglite-client-handle.js';
import { PgliteDialect } from './pglite-dialect.js';
import type { PgliteDriverOptions } from './pglite-driver-options.js';

/**
 * The PGlite {@link StorageDriver}, for `createKyselyStorage`. `@electric-sql/pglite` (an optional peer dependency:
 * `npm install @electric-sql/pglite@0.5`) is loaded when the storage opens, not when this module is imported.
 *
 * @param options - A `dataDir`, nothing (in memory), or an existing `instance`.
 * @returns A driver; nothing is opened until `createKyselyStorage` calls `open()`.
 *
 * @example
 * ```ts
 * import { createKyselyStorage } from '@trainkit/storage-kysely';
 * import { pgliteDriver } from '@trainkit/storage-kysely/pglite';
 *
 * const storage = await createKyselyStorage({ driver: pgliteDriver({ dataDir: './trainkit-pglite' }), migrate: true });
 * ```
 */
export function pgliteDriver(options: PgliteDriverOptions = {}): StorageDriver<PgliteNativeHandle> {
  return {
    dialect: 'pglite',
    async open() {
      const opened = await openPglite(options);
      return {
        kyselyDialect: new PgliteDialect(opened.client),
        location: opened.location,
        native: { dialect: 'pglite', client: opened.client },
        async close() {
          if (opened.owned && !opened.client.closed) await opened.client.close();
        },
      };
    },
  };
}

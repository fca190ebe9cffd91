/**
 * Test-only helpers (not published): which dialects the tests of this package run on, and a fresh storage per dialect.
 * `DIALECTS=sqlite,pglite` limits the run; PostgreSQL tests are skipped when the global setup has no server
 * (`TRAINKIT_SKIP_POSTGRES=1`).
 */
import { inject } from 'vitest';
import type { KyselyStorage, StorageDialect } from '../index.js';
import { createPgliteStorage } from '../pglite/index.js';
import { createPostgresStorage } from '../postgres/index.js';
import { createSqliteStorage } from '../sqlite/index.js';
import { createTestDatabase } from '../testing/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

/** Every dialect, filtered by the `DIALECTS` environment variable. */
export const TEST_DIALECTS: readonly StorageDialect[] = (['sqlite', 'pglite', 'postgres'] as const).filter(
  (dialect) => process.env.DIALECTS?.split(',').map((name) => name.trim()).includes(dialect) ?? true,
);

/** The admin URL of the test PostgreSQL server, or null when there is none. */
export function postgresAdminUrl(): string | null {
  return inject('postgresUrl');
}

/** Why a dialect cannot run here (PostgreSQL without a server), or undefined. */
export function skipReason(dialect: StorageDialect): string | undefined {
  return dialect === 'postgres' && !postgresAdminUrl() ? 'no PostgreSQL server (TRAINKIT_SKIP_POSTGRES=1)' : undefined;
}

/** A fresh storage on `dialect` and how to throw it away. */
export interface TestStorage {
  readonly storage: KyselyStorage;
  dispose(): Promise<void>;
}

/** Opens a fresh, empty storage (in memory, or a new PostgreSQL database), migrated unless `migrate: false`. */
export async function openTestStorage(dialect: StorageDialect, options: { migrate?: boolean } = {}): Promise<TestStorage> {
  const migrate = options.migrate ?? true;
  switch (dialect) {
    case 'sqlite': {
      const storage = await createSqliteStorage({ path: ':memory:', migrate });
      return { storage, dispose: () => storage.close() };
    }
    case 'pglite': {
      const storage = await createPgliteStorage({ migrate });
      return { storage, dispose: () => storage.close() };
    }
    case 'postgres': {
      const adminUrl = postgresAdminUrl();
      if (!adminUrl) throw new Error('no PostgreSQL server for this test run');
      const database = await createTestDatabase(adminUrl, 'tk_storage_kysely');
      const storage = await createPostgresStorage({ connectionString: database.url, maxConnections: 4, migrate });
      return {
        storage,
        async dispose() {
          try {
            await storage.close();
          } finally {
            await database.drop();
          }
        },
      };
    }
  }
}

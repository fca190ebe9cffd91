/**
 * Harnesses that run the contract against `@trainkit/storage-kysely` on every dialect (the testkit's own tests; not
 * published). Each test gets a fresh database: a new SQLite file, a new in-memory SQLite or PGlite instance, or a new
 * PostgreSQL database created on the server of the vitest global setup.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TrainkitStorage } from '@trainkit/core';
// Test-only (a devDependency, excluded from the published files): the testkit runs its own suite against the kysely
// adapter. Published testkit code never imports an adapter.
// eslint-disable-next-line trainkit/dependency-direction -- see above
import { createPgliteStorage } from '@trainkit/storage-kysely/pglite';
// eslint-disable-next-line trainkit/dependency-direction -- see above
import { createPostgresStorage } from '@trainkit/storage-kysely/postgres';
// eslint-disable-next-line trainkit/dependency-direction -- see above
import { createSqliteStorage, type SqliteDatabaseHandle } from '@trainkit/storage-kysely/sqlite';
import Database from 'better-sqlite3';
import pg from 'pg';
import { introspectPostgresSchema } from '../introspection/introspect-postgres-schema.js';
import { introspectSqliteSchema } from '../introspection/introspect-sqlite-schema.js';
import type { SchemaSnapshot } from '../introspection/schema-snapshot.js';
import type { SqlQuery } from '../introspection/sql-query.js';
import type { StorageContractOptions } from '../storage-contract-options.js';

/** Per-storage cleanup and introspection, found again from the storage the suite hands back. */
interface Handle {
  readonly introspect: () => Promise<SchemaSnapshot>;
  readonly dispose: () => Promise<void>;
}

function harness(name: string, open: () => Promise<{ storage: TrainkitStorage; handle: Handle }>, skip?: string): StorageContractOptions {
  const handles = new WeakMap<TrainkitStorage, Handle>();
  const handleOf = (storage: TrainkitStorage): Handle => {
    const handle = handles.get(storage);
    if (!handle) throw new Error(`${name}: storage was not created by this harness`);
    return handle;
  };
  return {
    name,
    ...(skip ? { skip } : {}),
    createStorage: async () => {
      const { storage, handle } = await open();
      handles.set(storage, handle);
      return storage;
    },
    destroyStorage: async (storage) => {
      const handle = handleOf(storage);
      try {
        await storage.close();
      } finally {
        await handle.dispose();
      }
    },
    capabilities: { introspectSchema: (storage) => handleOf(storage).introspect() },
  };
}

const sqliteQuery =
  (database: SqliteDatabaseHandle): SqlQuery =>
  async (statement, parameters = []) =>
    database.prepare(statement).all(...parameters) as Record<string, unknown>[];

/** A SQLite file in a new temporary directory, opened by the storage itself from a path (the usual way). */
export function sqliteFileHarness(): StorageContractOptions {
  return harness('kysely sqlite (file)', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'trainkit-contract-sqlite-'));
    const path = join(directory, 'trainkit.db');
    const storage = await createSqliteStorage({ path });
    return {
      storage,
      handle: {
        // A second connection on the same file: WAL lets it read what the storage committed.
        introspect: async () => {
          const reader = new Database(path, { readonly: true });
          try {
            return await introspectSqliteSchema(sqliteQuery(reader));
          } finally {
            reader.close();
          }
        },
        dispose: async () => rmSync(directory, { recursive: true, force: true }),
      },
    };
  });
}

/** An in-memory SQLite database opened by the storage (`path: ':memory:'`), introspected through its native handle. */
export function sqliteMemoryHarness(): StorageContractOptions {
  return harness('kysely sqlite (:memory:)', async () => {
    const storage = await createSqliteStorage({ path: ':memory:' });
    const native = storage.native;
    return {
      storage,
      handle: { introspect: () => introspectSqliteSchema(sqliteQuery(native.database)), dispose: async () => {} },
    };
  });
}

/** An in-memory PGlite instance created by the storage, introspected through its native handle. */
export function pgliteHarness(): StorageContractOptions {
  return harness('kysely pglite (in memory)', async () => {
    const storage = await createPgliteStorage();
    const native = storage.native;
    return {
      storage,
      handle: {
        introspect: () =>
          introspectPostgresSchema(async (statement, parameters = []) => (await native.client.query<Record<string, unknown>>(statement, [...parameters])).rows),
        dispose: async () => {},
      },
    };
  });
}

/**
 * A fresh database per test on the PostgreSQL server at `adminUrl` (from `inject('postgresUrl')`); reported skipped
 * when there is no server (`TRAINKIT_SKIP_POSTGRES=1`).
 */
export function postgresHarness(adminUrl: string | null): StorageContractOptions {
  let counter = 0;
  const prefix = `tk_contract_${process.pid}_${Date.now().toString(36)}`;
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: adminUrl ?? '' });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return harness(
    'kysely postgres (server)',
    async () => {
      counter += 1;
      const databaseName = `${prefix}_${counter}`;
      await admin((client) => client.query(`create database ${databaseName}`));
      const url = new URL(adminUrl ?? '');
      url.pathname = `/${databaseName}`;
      const connectionString = url.toString();
      const storage = await createPostgresStorage({ connectionString, maxConnections: 4 });
      return {
        storage,
        handle: {
          introspect: async () => {
            const client = new pg.Client({ connectionString });
            await client.connect();
            try {
              return await introspectPostgresSchema(async (statement, parameters = []) => (await client.query(statement, [...parameters])).rows);
            } finally {
              await client.end();
            }
          },
          dispose: () => admin(async (client) => void (await client.query(`drop database if exists ${databaseName} with (force)`))),
        },
      };
    },
    adminUrl === null ? 'no PostgreSQL server (TRAINKIT_SKIP_POSTGRES=1)' : undefined,
  );
}

import { randomBytes } from 'node:crypto';
import { loadOptionalDependency } from '../connection/load-optional-dependency.js';

/**
 * A throwaway PostgreSQL database created by {@link createTestDatabase}.
 *
 * @example
 * ```ts
 * const database: TestDatabase = await createTestDatabase(adminUrl);
 * ```
 */
export interface TestDatabase {
  /** Connection string of the new database (same server and credentials as the admin URL). */
  readonly url: string;
  /** Its name, `<prefix>_<random hex>`. */
  readonly name: string;
  /** Drops the database, ending any connection still open to it. Idempotent. */
  drop(): Promise<void>;
}

/**
 * Creates a fresh, empty PostgreSQL database on the server behind `adminUrl` (a URL allowed to `create database`,
 * e.g. vitest's `inject('postgresUrl')`), so each test file or benchmark run has its own database.
 *
 * @param adminUrl - `postgres://user@host:port/postgres`.
 * @param prefix - Start of the database name (letters, digits, underscores); default `tk`.
 * @returns The database's URL, name and `drop()`.
 * @throws {MissingDependencyError} When `pg` is not installed.
 *
 * @example
 * ```ts
 * const database = await createTestDatabase(inject('postgresUrl')!);
 * const storage = await createPostgresStorage({ connectionString: database.url, migrate: true });
 * afterAll(async () => { await storage.close(); await database.drop(); });
 * ```
 */
export async function createTestDatabase(adminUrl: string, prefix = 'tk'): Promise<TestDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/i.test(prefix)) throw new Error(`invalid database name prefix: ${prefix}`);
  const name = `${prefix}_${randomBytes(6).toString('hex')}`.toLowerCase();
  await withAdmin(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    name,
    async drop() {
      if (dropped) return;
      dropped = true;
      await withAdmin(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/** A `pg` client: just what the admin statements need. */
interface AdminClient {
  connect(): Promise<unknown>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}

async function withAdmin<T>(adminUrl: string, work: (client: AdminClient) => Promise<T>): Promise<T> {
  const pg = await loadOptionalDependency(
    { packageName: 'pg', install: 'npm install pg@8', feature: '@trainkit/storage-kysely/testing' },
    () => import('pg'),
  );
  const client: AdminClient = new pg.default.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

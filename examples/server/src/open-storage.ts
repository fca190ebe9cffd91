import type { KyselyStorage } from '@trainkit/storage-kysely';

/**
 * Opens the server's storage, migrated: PostgreSQL when `databaseUrl` is a `postgres://` URL, otherwise the SQLite
 * file at `sqlitePath`. Only the chosen dialect's entry (and driver) is loaded.
 */
export async function openStorage(options: { readonly databaseUrl?: string | undefined; readonly sqlitePath: string }): Promise<KyselyStorage> {
  const url = options.databaseUrl?.trim();
  if (url !== undefined && url !== '') {
    if (!/^postgres(ql)?:\/\//i.test(url)) throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL');
    const { createPostgresStorage } = await import('@trainkit/storage-kysely/postgres');
    return createPostgresStorage({ connectionString: url, migrate: true });
  }
  const { createSqliteStorage } = await import('@trainkit/storage-kysely/sqlite');
  return createSqliteStorage({ path: options.sqlitePath, migrate: true });
}

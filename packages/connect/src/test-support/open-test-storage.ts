/**
 * Test-only (not published): a migrated in-memory SQLite storage for the vault and account tests.
 */
import type { TrainkitStorage } from '@trainkit/core';
// Test-only (a devDependency, never imported by published code): connect itself uses only the ports of @trainkit/core.
// eslint-disable-next-line trainkit/dependency-direction -- see above
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';

/** Opens a migrated in-memory SQLite storage; close it when done. */
export async function openTestStorage(): Promise<TrainkitStorage> {
  return createSqliteStorage({ path: ':memory:', migrate: true });
}

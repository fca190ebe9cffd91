import type { TableRow, TrainkitRepositories } from '@trainkit/core';
import { REFERENCE_TABLE_NAMES, type ReferenceFixtures, type ReferenceTableName } from '../fixtures/reference-fixtures.js';
import { USER_TABLE_NAMES, type UserFixtures, type UserTableName } from '../fixtures/user-fixtures.js';
import { REFERENCE_TABLE_ACCESS, USER_TABLE_ACCESS, type ReferenceTableAccess, type UserTableAccess } from './table-access.js';

/** The access of one user table, typed by its name. */
export function userTableAccess<N extends UserTableName>(table: N): UserTableAccess<N> {
  return USER_TABLE_ACCESS[table];
}

/** The access of one reference table, typed by its name. */
export function referenceTableAccess<N extends ReferenceTableName>(table: N): ReferenceTableAccess<N> {
  return REFERENCE_TABLE_ACCESS[table];
}

/** Writes the catalog, parents first; returns the counts `upsertMany` reported per table. */
export async function writeReferenceFixtures(
  repos: TrainkitRepositories,
  fixtures: ReferenceFixtures,
): Promise<Record<ReferenceTableName, number>> {
  const counts = {} as Record<ReferenceTableName, number>;
  for (const table of REFERENCE_TABLE_NAMES) {
    counts[table] = await referenceTableAccess(table).upsertMany(repos, fixtures[table] as readonly TableRow<typeof table>[]);
  }
  return counts;
}

/** What the repositories returned from inserting one user's fixtures, per table and in fixture order. */
export type InsertedRows = { [N in UserTableName]: TableRow<N>[] };

/** Writes one user's fixtures row by row, parents first; returns what each `insert` / `upsert` returned. */
export async function writeUserFixtures(repos: TrainkitRepositories, fixtures: UserFixtures): Promise<InsertedRows> {
  const inserted = {} as Record<UserTableName, unknown[]>;
  for (const table of USER_TABLE_NAMES) {
    const access = userTableAccess(table);
    const returned: unknown[] = [];
    for (const row of fixtures[table] as readonly TableRow<typeof table>[]) returned.push(await access.insert(repos, row));
    inserted[table] = returned;
  }
  return inserted as InsertedRows;
}

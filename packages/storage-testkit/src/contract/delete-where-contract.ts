import { getTable, type ActivityStrengthSetId, type MetricSampleId, type RowFilter, type TableRow, type TrainkitRepositories, type UserId } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { buildReferenceFixtures } from '../fixtures/reference-fixtures.js';
import { buildUserFixtures, USER_TABLE_NAMES, type UserFixtures, type UserTableName } from '../fixtures/user-fixtures.js';
import type { StorageContractOptions } from '../storage-contract-options.js';
import { expectValidation } from './expect-error.js';
import { useFreshStorage } from './fresh-storage.js';
import { sortByKey } from './sort-by-key.js';
import { userTableAccess, writeReferenceFixtures, writeUserFixtures } from './write-fixtures.js';

const JANE = 'usr_jane' as UserId;
const OTHER = 'usr_other' as UserId;

/** User tables whose repository has `deleteWhere` (all but those keyed by the user), children first. */
const DELETABLE = USER_TABLE_NAMES.filter((table) => userTableAccess(table).deleteWhere !== undefined).reverse();

type AnyFilter = RowFilter<Record<string, unknown>>;

function deleteWhere(repos: TrainkitRepositories, table: UserTableName, userId: UserId, where: AnyFilter): Promise<number> {
  const access = userTableAccess(table) as unknown as { deleteWhere: (repos: TrainkitRepositories, userId: UserId, where: AnyFilter) => Promise<number> };
  return access.deleteWhere(repos, userId, where);
}

async function listOf(repos: TrainkitRepositories, table: UserTableName, userId: UserId): Promise<readonly Record<string, unknown>[]> {
  return sortByKey((await userTableAccess(table).list(repos, userId)) as unknown as Record<string, unknown>[], getTable(table).primaryKey);
}

async function seed(repos: TrainkitRepositories): Promise<{ jane: UserFixtures; other: UserFixtures }> {
  await writeReferenceFixtures(repos, buildReferenceFixtures());
  const jane = buildUserFixtures(JANE);
  const other = buildUserFixtures(OTHER);
  await writeUserFixtures(repos, jane);
  await writeUserFixtures(repos, other);
  return { jane, other };
}

/**
 * `deleteWhere` on every repository of a user-owned table: the same filters as `list`, one user's rows only, the number
 * of rows deleted, and a refusal (`ValidationError`) of a filter naming no column, an unknown column or a JSON column.
 */
export function describeDeleteWhereContract(options: StorageContractOptions): void {
  describe('deleteWhere', () => {
    const storage = useFreshStorage(options, { migrate: true });

    it('deletes exactly the matching rows of the user in every table, and returns how many', async () => {
      const repos = storage();
      const { jane } = await seed(repos);
      const otherBefore = new Map<string, readonly Record<string, unknown>[]>();
      for (const table of DELETABLE) otherBefore.set(table, await listOf(repos, table, OTHER));
      // Children first, so no row disappears by cascade before its own table is emptied.
      for (const table of DELETABLE) {
        const rows = jane[table] as readonly { id: string }[];
        const ids = rows.map((row) => row.id);
        expect(await deleteWhere(repos, table, JANE, { id: [...ids, 'no_such_id'] }), `${table}: rows deleted`).toBe(ids.length);
        expect(await listOf(repos, table, JANE), `${table}: nothing left for the user`).toStrictEqual([]);
        expect(await deleteWhere(repos, table, JANE, { id: ids }), `${table}: second delete`).toBe(0);
      }
      for (const table of DELETABLE) {
        expect(await listOf(repos, table, OTHER), `${table}: the other user's rows`).toStrictEqual(otherBefore.get(table));
      }
      expect((await repos.users.get(JANE)).id).toBe(JANE);
    });

    it('filters like list: several columns, null, arrays (empty matches nothing), and never another user\'s rows', async () => {
      const repos = storage();
      const { jane, other } = await seed(repos);
      const [warmup, top] = jane.activity_strength_sets as [TableRow<'activity_strength_sets'>, TableRow<'activity_strength_sets'>];
      expect(await repos.activityStrengthSets.deleteWhere(JANE, { activity_instance_id: warmup.activity_instance_id, is_warmup: true })).toBe(1);
      expect(await repos.activityStrengthSets.list(JANE)).toStrictEqual([top]);
      expect(await repos.activityStrengthSets.deleteWhere(JANE, { id: [] })).toBe(0);
      expect(await repos.activityStrengthSets.deleteWhere(JANE, { user_id: OTHER })).toBe(0);
      expect(await repos.activityStrengthSets.deleteWhere(JANE, { id: other.activity_strength_sets.map((row) => row.id) })).toBe(0);
      expect(await repos.activityStrengthSets.list(OTHER)).toHaveLength(other.activity_strength_sets.length);

      const [withRecord, , range] = jane.ingestion_failures as [TableRow<'ingestion_failures'>, TableRow<'ingestion_failures'>, TableRow<'ingestion_failures'>];
      expect(await repos.ingestionFailures.deleteWhere(JANE, { external_activity_record_id: null, code: ['invalid_json', 'no_such_code'] })).toBe(1);
      expect(sortByKey(await repos.ingestionFailures.list(JANE), ['id'])).toStrictEqual(sortByKey([withRecord, range], ['id']));
      expect(await repos.ingestionFailures.list(OTHER)).toHaveLength(other.ingestion_failures.length);

      // Parents cascade to their children, as `delete` does.
      const run = jane.activity_instances[1]!;
      expect(await repos.activityInstances.deleteWhere(JANE, { id: run.id })).toBe(1);
      expect(await repos.activityMergeDecisions.listByActivity(JANE, run.id)).toStrictEqual([]);
      expect((await repos.activityMergeDecisions.list(JANE)).map((row) => row.counterpart_instance_id)).toStrictEqual([null]);
      expect(await repos.metricSamples.listByActivity(JANE, run.id)).toStrictEqual([]);
    });

    it('splits a very long in-list and still deletes all or nothing', async () => {
      const repos = storage();
      const { jane } = await seed(repos);
      const absent = Array.from({ length: 12_000 }, (_, index) => `absent_${index}`);
      const ids = [...absent, ...jane.metric_samples.map((row) => row.id)];
      expect(await repos.metricSamples.deleteWhere(JANE, { id: ids as MetricSampleId[] })).toBe(jane.metric_samples.length);
      expect(await repos.metricSamples.list(JANE)).toStrictEqual([]);
      const failure = new Error('roll back');
      await expect(
        repos.transaction(async (tx) => {
          const sets = [...absent, ...jane.activity_strength_sets.map((row) => row.id)] as ActivityStrengthSetId[];
          expect(await tx.activityStrengthSets.deleteWhere(JANE, { id: sets })).toBe(2);
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(await repos.activityStrengthSets.list(JANE)).toHaveLength(jane.activity_strength_sets.length);
    });

    it('refuses a filter naming no column, an unknown column or a JSON column, and deletes nothing', async () => {
      const repos = storage();
      const { jane } = await seed(repos);
      for (const table of DELETABLE) {
        const before = await listOf(repos, table, JANE);
        await expectValidation(deleteWhere(repos, table, JANE, {}), 'where', 'too_small', `${table}.deleteWhere({})`);
        await expectValidation(deleteWhere(repos, table, JANE, { id: undefined }), 'where', 'too_small', `${table}.deleteWhere({ id: undefined })`);
        await expectValidation(deleteWhere(repos, table, JANE, { no_such_column: 1 }), 'where.no_such_column', 'unrecognized_keys', `${table}: unknown column`);
        expect(await listOf(repos, table, JANE), `${table}: nothing deleted`).toStrictEqual(before);
      }
      await expectValidation(
        repos.externalActivityRecords.deleteWhere(JANE, { raw_payload_json: jane.external_activity_records[0]!.raw_payload_json }),
        'where.raw_payload_json',
        'invalid_value',
        'JSON column filter',
      );
      await expectValidation(repos.goals.deleteWhere(JANE, null as never), 'where', 'invalid_type', 'null filter');
      expect(await repos.externalActivityRecords.list(JANE)).toHaveLength(jane.external_activity_records.length);
    });
  });
}

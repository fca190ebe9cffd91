import {
  getTable,
  InstantSchema,
  isTrainkitError,
  LocalDateSchema,
  NotFoundError,
  type AnalyticsRange,
  type TableRow,
  type TrainkitRepositories,
  type UserId,
} from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReferenceFixtures } from '../fixtures/reference-fixtures.js';
import { buildUserFixtures, USER_TABLE_NAMES, type UserFixtures } from '../fixtures/user-fixtures.js';
import type { StorageContractOptions } from '../storage-contract-options.js';
import { useFreshStorage } from './fresh-storage.js';
import { buildUserRows, ISOLATION_TABLES, isolationScenario, RAW_ACTIVITY_TYPES, type UserRows } from './isolation-data.js';
import { propertyRuns } from './property-runs.js';
import { sortByKey } from './sort-by-key.js';
import { userTableAccess, writeReferenceFixtures, writeUserFixtures } from './write-fixtures.js';

const WIDE_FROM = InstantSchema.parse('2023-12-01T00:00:00.000Z');
const WIDE_TO = InstantSchema.parse('2024-03-31T23:59:59.999Z');
const FIRST_DAY = LocalDateSchema.parse('2023-12-01');
const LAST_DAY = LocalDateSchema.parse('2024-03-31');
const RANGE: AnalyticsRange = { from: '2023-12-25', to: '2024-03-03', weekStart: 'monday' };

async function expectNotFound(promise: Promise<unknown>, what: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, `${what} must throw NotFoundError`).toBeInstanceOf(NotFoundError);
}

/** Every read the ports offer for one user, as plain data, so two calls can be compared. */
async function readEverything(repos: TrainkitRepositories, userId: UserId) {
  return {
    weeklyDurationByDiscipline: await repos.analytics.weeklyDurationByDiscipline(userId, RANGE),
    weeklyVolumeByDiscipline: await repos.analytics.weeklyVolumeByDiscipline(userId, RANGE),
    weeklyAdherence: await repos.analytics.weeklyAdherence(userId, RANGE),
    weightTrend: await repos.analytics.weightTrend(userId, RANGE),
    weeklyMuscleLoad: await repos.analytics.weeklyMuscleLoad(userId, RANGE),
    categoricalValues: await repos.analytics.categoricalValues({ userId }),
    activities: await repos.activityInstances.listBetween(userId, WIDE_FROM, WIDE_TO),
  };
}

/** Checks that every read for `me` returns exactly `me`'s rows, and that `others`' rows do not exist for `me`. */
async function checkReadsOfOneUser(repos: TrainkitRepositories, me: UserRows, others: readonly UserRows[]): Promise<void> {
  const userId = me.userId as UserId;
  for (const table of ISOLATION_TABLES) {
    const access = userTableAccess(table);
    const key = getTable(table).primaryKey;
    const expected = me[table] as readonly TableRow<typeof table>[];
    expect(sortByKey(await access.list(repos, userId), key), `${table}.list(${userId})`).toStrictEqual(sortByKey(expected, key));
    for (const other of others) {
      for (const row of other[table] as readonly TableRow<typeof table>[]) {
        await expectNotFound(access.get(repos, userId, row), `${table}.get(${userId}, ${other.userId}'s row)`);
        expect(await access.find(repos, userId, row), `${table}.find(${userId}, ${other.userId}'s row)`).toBeUndefined();
      }
    }
  }
  const byId = <R extends { id: string }>(rows: readonly R[]) => sortByKey(rows, ['id']);
  expect(byId(await repos.activityInstances.listBetween(userId, WIDE_FROM, WIDE_TO))).toStrictEqual(byId(me.activity_instances));
  expect(byId(await repos.activityInstances.listByLocalDate(userId, FIRST_DAY, LAST_DAY))).toStrictEqual(
    byId(me.activity_instances),
  );
  expect(byId(await repos.plannedSessions.listBetween(userId, FIRST_DAY, LAST_DAY))).toStrictEqual(
    byId(me.planned_sessions),
  );
  expect(byId(await repos.biometrics.listByMetric(userId, 'weight_kg'))).toStrictEqual(byId(me.user_biometrics_history));
  expect(byId(await repos.recoverySignals.listBetween(userId, WIDE_FROM, WIDE_TO))).toStrictEqual(
    byId(me.recovery_signals),
  );
  expect(byId(await repos.activityInstances.listOverlapping(userId, WIDE_FROM, WIDE_TO))).toStrictEqual(byId(me.activity_instances));
  expect(byId(await repos.dailyActivityTotals.listBetween(userId, FIRST_DAY, LAST_DAY))).toStrictEqual(byId(me.daily_activity_totals));
  const ownRun = me.external_ingestion_runs[0]!.id;
  expect(byId(await repos.ingestionFailures.listByRun(userId, ownRun))).toStrictEqual(byId(me.ingestion_failures));
  expect(await repos.ingestionFailures.countByRun(userId, ownRun)).toBe(me.ingestion_failures.length);
  for (const other of others) {
    for (const activity of other.activity_instances) {
      expect(await repos.activityStrengthSets.listByActivity(userId, activity.id), 'sets of a foreign activity').toStrictEqual([]);
    }
    for (const run of other.external_ingestion_runs) {
      expect(await repos.ingestionFailures.listByRun(userId, run.id), 'failures of a foreign run').toStrictEqual([]);
      expect(await repos.ingestionFailures.countByRun(userId, run.id), 'failure count of a foreign run').toBe(0);
    }
    for (const activity of other.activity_instances) {
      expect(await repos.activityMergeDecisions.listByActivity(userId, activity.id), 'decisions of a foreign activity').toStrictEqual([]);
    }
    for (const record of other.external_activity_records) {
      expect(await repos.externalRecordRevisions.listByRecord(userId, record.id), 'revisions of a foreign record').toStrictEqual([]);
      const mine = me.external_activity_records.find((own) => own.external_id === record.external_id);
      expect(await repos.externalActivityRecords.findByExternalId(userId, record.provider, record.external_id)).toStrictEqual(mine);
    }
  }
  const counts = new Map<string, number>();
  for (const record of me.external_activity_records) {
    if (record.activity_type_raw !== null) counts.set(record.activity_type_raw, (counts.get(record.activity_type_raw) ?? 0) + 1);
  }
  const categorical = await repos.analytics.categoricalValues({
    userId,
    field: { table: 'external_activity_records', column: 'activity_type_raw' },
  });
  expect(
    sortByKey(categorical.map((row) => ({ value: row.value, count: row.count })), ['value']),
    `categoricalValues(${userId}) of activity_type_raw`,
  ).toStrictEqual(
    sortByKey(
      RAW_ACTIVITY_TYPES.filter((type) => counts.has(type)).map((type) => ({ value: type, count: counts.get(type)! })),
      ['value'],
    ),
  );
}

/** Checks that `me` can neither update nor delete rows of `others`, and that their rows are untouched. */
async function checkWritesCannotCrossUsers(repos: TrainkitRepositories, me: UserRows, others: readonly UserRows[]): Promise<void> {
  const userId = me.userId as UserId;
  for (const other of others) {
    for (const total of other.daily_activity_totals) {
      expect(await repos.dailyActivityTotals.deleteWhere(userId, { local_date: total.local_date, metric_type: total.metric_type, id: total.id })).toBe(0);
      expect(await repos.dailyActivityTotals.get(other.userId as UserId, total.id)).toStrictEqual(total);
    }
    for (const activity of other.activity_instances) {
      await expectNotFound(repos.activityInstances.update(userId, activity.id, { notes: 'hijacked' }), 'update of a foreign activity');
      await expectNotFound(repos.activityInstances.delete(userId, activity.id), 'delete of a foreign activity');
      expect(await repos.activityInstances.deleteWhere(userId, { id: activity.id }), 'deleteWhere of a foreign activity').toBe(0);
      expect(await repos.activityInstances.get(other.userId as UserId, activity.id)).toStrictEqual(activity);
    }
  }
}

/**
 * The isolation property, `numRuns` times (the catalog must be written): random data for 2 to 4 users is written,
 * then every read of every user is checked against that user's rows, cross-user updates and deletes must fail, and
 * the focus user's analytics must not change when the other users are deleted. Every user of a run is deleted
 * afterwards. Throws (the fast-check report, with the shrunk counterexample) on the first violation.
 */
export async function checkUserIsolation(repos: TrainkitRepositories, numRuns: number): Promise<void> {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(isolationScenario, async (specs) => {
      run += 1;
      const users = specs.map((spec, index) => buildUserRows(`iso${run}u${index}`, spec));
      try {
        for (const user of users) await repos.users.insert(user.users[0]!);
        for (const table of ISOLATION_TABLES) {
          const access = userTableAccess(table);
          for (const user of users) await access.insertMany(repos, user[table] as readonly TableRow<typeof table>[]);
        }
        for (const me of users) await checkReadsOfOneUser(repos, me, users.filter((other) => other !== me));
        const [focus, ...others] = users as [UserRows, ...UserRows[]];
        await checkWritesCannotCrossUsers(repos, focus, others);
        // Analytics: what the focus user sees must not change when every other user disappears.
        const withOthers = await readEverything(repos, focus.userId as UserId);
        for (const other of others) await repos.users.delete(other.userId as UserId);
        expect(await readEverything(repos, focus.userId as UserId)).toStrictEqual(withOthers);
      } finally {
        for (const user of users) {
          await repos.users.delete(user.userId as UserId).catch((error: unknown) => {
            if (!isTrainkitError(error, 'NOT_FOUND')) throw error;
          });
        }
      }
    }),
    { numRuns, includeErrorInReport: true },
  );
}

/**
 * User isolation as a property: random data for several users is written across several user-owned tables, then every
 * read for each user (get, find, list, the domain reads, analytics and categorical values) must return exactly that
 * user's rows, and another user's ids must not exist for them (`NotFoundError` / `undefined`).
 */
export function describeUserIsolationContract(options: StorageContractOptions): void {
  describe('user isolation', () => {
    const storage = useFreshStorage(options, { migrate: true });

    it('every read for one user returns exactly that user\'s rows (property)', async () => {
      const repos = storage();
      await writeReferenceFixtures(repos, buildReferenceFixtures());
      await checkUserIsolation(repos, propertyRuns(options));
    });

    it('deleting a user removes every row of theirs in every table and nobody else\'s', async () => {
      const repos = storage();
      await writeReferenceFixtures(repos, buildReferenceFixtures());
      const [gone, ...kept] = ['usr_gone', 'usr_kept_1', 'usr_kept_2'].map((userId) => buildUserFixtures(userId)) as [
        UserFixtures,
        ...UserFixtures[],
      ];
      for (const fixtures of [gone, ...kept]) await writeUserFixtures(repos, fixtures);
      const goneId = gone.users[0]!.id;
      await repos.users.delete(goneId);
      await expectNotFound(repos.users.get(goneId), 'users.get of a deleted user');
      for (const table of USER_TABLE_NAMES) {
        const access = userTableAccess(table);
        expect(await access.list(repos, goneId), `${table} of the deleted user`).toStrictEqual([]);
        const key = getTable(table).primaryKey;
        for (const fixtures of kept) {
          const rows = fixtures[table] as readonly TableRow<typeof table>[];
          expect(sortByKey(await access.list(repos, fixtures.users[0]!.id), key), `${table} of a kept user`).toStrictEqual(sortByKey(rows, key));
        }
      }
    });
  });
}

import { getTable, InstantSchema, TABLE_NAMES, toInstant, type Instant, type JsonValue, type TableRow, type TrainkitRepositories, type UserId } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { buildReferenceFixtures, REFERENCE_TABLE_NAMES } from '../fixtures/reference-fixtures.js';
import { buildUserFixtures, USER_TABLE_NAMES } from '../fixtures/user-fixtures.js';
import type { StorageContractOptions } from '../storage-contract-options.js';
import { useFreshStorage } from './fresh-storage.js';
import { sortByKey } from './sort-by-key.js';
import { referenceTableAccess, userTableAccess, writeReferenceFixtures, writeUserFixtures } from './write-fixtures.js';

const USER = 'usr_jane' as UserId;

/** The instant one millisecond later. */
function afterMillisecond(instant: Instant): Instant {
  return toInstant(Date.parse(instant) + 1);
}

/**
 * Writes the user fixtures of `userId` (the catalog must be written) and checks that `insert`, `get`, `find` and
 * `list` return exactly the rows written. Throws (an assertion error) on the first difference.
 */
export async function checkUserRoundTrip(repos: TrainkitRepositories, userId: UserId): Promise<void> {
  const fixtures = buildUserFixtures(userId);
  const inserted = await writeUserFixtures(repos, fixtures);
  for (const table of USER_TABLE_NAMES) {
    const access = userTableAccess(table);
    const rows = fixtures[table] as readonly TableRow<typeof table>[];
    expect(inserted[table], `${table}: returned by insert`).toStrictEqual(rows);
    for (const row of rows) {
      expect(await access.get(repos, userId, row), `${table}: get`).toStrictEqual(row);
      expect(await access.find(repos, userId, row), `${table}: find`).toStrictEqual(row);
    }
    const key = getTable(table).primaryKey;
    expect(sortByKey(await access.list(repos, userId), key), `${table}: list`).toStrictEqual(sortByKey(rows, key));
  }
}

/**
 * Round trip of every entity: one realistic, fully populated fixture per table is written through the repositories
 * and must come back deep-equal (`toStrictEqual`: `null` is not `undefined`, `1` is not `'1'`), through `insert`'s
 * return value, `get`, `list` and the domain-specific reads.
 */
export function describeRoundTripContract(options: StorageContractOptions): void {
  describe('round trip of every entity', () => {
    it('has fixtures for every table of the registry, with every column filled somewhere', () => {
      const reference = buildReferenceFixtures();
      const user = buildUserFixtures(USER);
      expect([...REFERENCE_TABLE_NAMES, ...USER_TABLE_NAMES].sort()).toEqual([...TABLE_NAMES].sort());
      const unfilled: string[] = [];
      for (const name of TABLE_NAMES) {
        const rows: readonly object[] = name in reference ? reference[name as keyof typeof reference] : user[name as keyof typeof user];
        if (rows.length === 0) unfilled.push(`${name} (no rows)`);
        for (const column of getTable(name).columns) {
          if (!rows.some((row) => (row as Record<string, unknown>)[column.name] !== null)) unfilled.push(`${name}.${column.name}`);
        }
      }
      expect(unfilled).toEqual([]);
    });

    describe('written through the repositories and read back', () => {
      const storage = useFreshStorage(options, { migrate: true });

      it('writes every reference row and reads it back exactly (get, find, list)', async () => {
        const repos = storage();
        const fixtures = buildReferenceFixtures();
        const counts = await writeReferenceFixtures(repos, fixtures);
        for (const table of REFERENCE_TABLE_NAMES) {
          const access = referenceTableAccess(table);
          const rows = fixtures[table] as readonly TableRow<typeof table>[];
          expect(counts[table], `${table}: upsertMany count`).toBe(rows.length);
          for (const row of rows) {
            expect(await access.get(repos, row), `${table}: get`).toStrictEqual(row);
            expect(await access.find(repos, row), `${table}: find`).toStrictEqual(row);
          }
          const key = getTable(table).primaryKey;
          expect(sortByKey(await access.list(repos), key), `${table}: list`).toStrictEqual(sortByKey(rows, key));
        }
      });

      it('writes every user row and reads it back exactly (insert result, get, find, list)', async () => {
        const repos = storage();
        await writeReferenceFixtures(repos, buildReferenceFixtures());
        await checkUserRoundTrip(repos, USER);
      });

      it('keeps instants to the millisecond, local days, JSON and unicode exactly', async () => {
        const repos = storage();
        await writeReferenceFixtures(repos, buildReferenceFixtures());
        const fixtures = buildUserFixtures(USER);
        await writeUserFixtures(repos, fixtures);
        const [strength, run] = fixtures.activity_instances;
        const activity = await repos.activityInstances.get(USER, strength!.id);
        expect(activity.performed_start).toBe('2024-03-10T06:59:59.987Z');
        expect(activity.local_date).toBe('2024-03-10');
        expect((await repos.activityInstances.get(USER, run!.id)).performed_start).toBe('2024-03-12T17:30:00.001Z');
        const raw = await repos.externalActivityRecords.get(USER, fixtures.external_activity_records[0]!.id);
        expect(raw.raw_payload_json).toMatchObject({
          sourceName: 'Jane’s Apple Watch',
          note: 'Tempo 10k — felt “easy” 😅 \\ split "negative"',
          device: { hardware: null },
          tags: [],
          extra: {},
        });
        const sleep = await repos.externalActivityRecords.get(USER, fixtures.external_activity_records[1]!.id);
        expect(sleep.raw_payload_json).toStrictEqual(['HKCategoryValueSleepAnalysisAsleepCore', 27360, null, true]);
        expect((await repos.users.get(USER)).display_name).toBe('Jane O’Connor 🏋️‍♀️');
      });

      it('returns the same exact rows from the domain-specific reads', async () => {
        const repos = storage();
        await writeReferenceFixtures(repos, buildReferenceFixtures());
        const f = buildUserFixtures(USER);
        await writeUserFixtures(repos, f);
        const [strength, run] = f.activity_instances as [TableRow<'activity_instances'>, TableRow<'activity_instances'>];
        const raw = f.external_activity_records[0]!;
        const goal = f.goals[0]!;
        const byId = <R extends { id: string }>(rows: readonly R[]) => sortByKey(rows, ['id']);

        // Instant ranges are half-open (`from <= t < to`) and ordered by time: a millisecond decides.
        expect(await repos.activityInstances.listBetween(USER, strength.performed_start, afterMillisecond(run.performed_start))).toStrictEqual([strength, run]);
        expect(await repos.activityInstances.listBetween(USER, strength.performed_start, run.performed_start)).toStrictEqual([strength]);
        expect(await repos.activityInstances.listBetween(USER, afterMillisecond(strength.performed_start), afterMillisecond(run.performed_start))).toStrictEqual([run]);
        expect(await repos.activityInstances.listByLocalDate(USER, strength.local_date, run.local_date)).toStrictEqual([strength, run]);
        expect(await repos.activityInstances.listByLocalDate(USER, run.local_date, run.local_date)).toStrictEqual([run]);
        expect(await repos.activityInstances.findByExternalRecord(USER, raw.id)).toStrictEqual(run);
        expect(await repos.activityInstances.listLinks(USER, run.id)).toStrictEqual([f.activity_instance_links[0]]);
        expect(byId(await repos.activityStrengthSets.listByActivity(USER, strength.id))).toStrictEqual(byId(f.activity_strength_sets));
        expect(await repos.externalActivityRecords.findByExternalId(USER, raw.provider, raw.external_id)).toStrictEqual(raw);
        expect(await repos.goals.listRevisions(USER, goal.goal_key)).toStrictEqual([goal]);
        expect(await repos.goals.findCurrent(USER, goal.goal_key, goal.effective_from)).toStrictEqual(goal);
        expect(await repos.plannedSessions.listBetween(USER, f.planned_sessions[0]!.scheduled_date, f.planned_sessions[0]!.scheduled_date)).toStrictEqual(f.planned_sessions);
        expect(byId(await repos.plannedSessionExercises.listBySession(USER, f.planned_sessions[0]!.id))).toStrictEqual(byId(f.planned_session_exercises));
        expect(await repos.metricSamples.listByActivity(USER, run.id)).toStrictEqual([f.metric_samples[0]]);
        expect(await repos.biometrics.listByMetric(USER, 'weight_kg')).toStrictEqual([f.user_biometrics_history[0]]);
        const signal = f.recovery_signals[0]!;
        expect(await repos.recoverySignals.listBetween(USER, signal.measured_at, afterMillisecond(signal.measured_at))).toStrictEqual([signal]);
        expect(await repos.recoverySignals.listBetween(USER, signal.measured_at, signal.measured_at)).toStrictEqual([]);
        expect(byId(await repos.fatigueStates.listBetween(USER, f.user_fatigue_state[0]!.date, f.user_fatigue_state[0]!.date))).toStrictEqual(byId(f.user_fatigue_state));
        expect(await repos.providerAccounts.listByProvider(USER, 'apple_health')).toStrictEqual(f.external_provider_accounts);
        expect(await repos.activityInstances.listOverlapping(USER, strength.performed_start, run.performed_end!)).toStrictEqual([strength, run]);
        expect(await repos.activityInstances.listOverlapping(USER, run.performed_end!, afterMillisecond(run.performed_end!))).toStrictEqual([run]);
        expect(await repos.externalRecordRevisions.listByRecord(USER, raw.id)).toStrictEqual(f.external_record_revisions);
        const runId = f.external_ingestion_runs[0]!.id;
        expect(await repos.ingestionFailures.listByRun(USER, runId)).toStrictEqual(f.ingestion_failures);
        expect(await repos.ingestionFailures.countByRun(USER, runId)).toBe(f.ingestion_failures.length);
        expect(await repos.activityMergeDecisions.listByActivity(USER, run.id)).toStrictEqual(f.activity_merge_decisions);
        expect(await repos.activityMergeDecisions.listByRecord(USER, raw.id)).toStrictEqual([f.activity_merge_decisions[0]]);
        const [steps, energy] = f.daily_activity_totals as [TableRow<'daily_activity_totals'>, TableRow<'daily_activity_totals'>];
        expect(await repos.dailyActivityTotals.listBetween(USER, energy.local_date, steps.local_date)).toStrictEqual([energy, steps]);
        const account = f.external_provider_accounts[0]!;
        expect(await repos.providerAccounts.findByExternalUser(account.provider, account.external_user_id)).toStrictEqual(account);
        for (const delivery of f.provider_webhook_deliveries) {
          expect(await repos.webhookDeliveries.findByKey(delivery.provider, delivery.delivery_key)).toStrictEqual(delivery);
        }
        expect(await repos.webhookDeliveries.listPending({ limit: 10 })).toStrictEqual(f.provider_webhook_deliveries.filter((delivery) => delivery.status === 'received'));
      });

      it('round-trips an update of instants, JSON and nullable columns exactly', async () => {
        const repos = storage();
        await writeReferenceFixtures(repos, buildReferenceFixtures());
        const f = buildUserFixtures(USER);
        await writeUserFixtures(repos, f);
        const raw = f.external_activity_records[0]!;
        const patch = {
          raw_payload_json: { ...(raw.raw_payload_json as { [key: string]: JsonValue }), sourceName: 'Jane’s iPhone 📱', laps: [{ n: 1, s: 299.5 }] },
          normalized_at: null,
          normalization_status: 'pending' as const,
          updated_at: InstantSchema.parse('2024-03-13T00:00:00.001Z'),
        };
        const updated = await repos.externalActivityRecords.update(USER, raw.id, patch);
        const expected = { ...raw, ...patch };
        expect(updated).toStrictEqual(expected);
        expect(await repos.externalActivityRecords.get(USER, raw.id)).toStrictEqual(expected);
      });
    });
  });
}

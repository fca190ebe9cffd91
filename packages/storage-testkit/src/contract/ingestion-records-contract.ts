import {
  ActivityMergeDecisionIdSchema,
  DailyActivityTotalIdSchema,
  InstantSchema,
  IngestionRunIdSchema,
  LocalDateSchema,
  localDayOf,
  type ActivityInstanceRow,
  type DailyActivityTotalInsert,
  type TableRow,
  type TrainkitRepositories,
  type UserId,
} from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { buildReferenceFixtures } from '../fixtures/reference-fixtures.js';
import { fixtureRows } from '../fixtures/fixture-rows.js';
import { buildUserFixtures, type UserFixtures } from '../fixtures/user-fixtures.js';
import type { StorageContractOptions } from '../storage-contract-options.js';
import { expectConflict, expectValidation } from './expect-error.js';
import { useFreshStorage } from './fresh-storage.js';
import { writeReferenceFixtures, writeUserFixtures } from './write-fixtures.js';

const JANE = 'usr_jane' as UserId;
const OTHER = 'usr_other' as UserId;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2024, 5, 12, 10, 0, 0, 0);

const iso = (ms: number) => new Date(ms).toISOString();

async function seed(repos: TrainkitRepositories): Promise<{ jane: UserFixtures; other: UserFixtures }> {
  await writeReferenceFixtures(repos, buildReferenceFixtures());
  const jane = buildUserFixtures(JANE);
  const other = buildUserFixtures(OTHER);
  await writeUserFixtures(repos, jane);
  await writeUserFixtures(repos, other);
  return { jane, other };
}

/** A manual activity of `userId` from `startMs` to `endMs` (no end when `null`). */
function activity(userId: UserId, id: string, startMs: number, endMs: number | null): ActivityInstanceRow {
  const start = iso(startMs);
  return fixtureRows('activity_instances', [
    {
      id,
      user_id: userId,
      source: 'manual',
      performed_start: start,
      performed_end: endMs === null ? null : iso(endMs),
      utc_offset_minutes: 0,
      local_date: localDayOf(start, { utcOffsetMinutes: 0 }),
      created_at: iso(T0),
      updated_at: iso(T0),
    },
  ])[0]!;
}

function total(overrides: Partial<DailyActivityTotalInsert> & Pick<DailyActivityTotalInsert, 'id'>): DailyActivityTotalInsert {
  return {
    user_id: JANE,
    local_date: '2024-06-12',
    metric_type: 'steps',
    value: 10_000,
    provider: 'garmin',
    created_at: iso(T0),
    updated_at: iso(T0),
    ...overrides,
  };
}

/**
 * The ingestion pipeline's other reads and writes: `activityInstances.listOverlapping` (dedup candidates),
 * `dailyActivityTotals.upsert` by (user, provider, day, metric), the failures of a run, and the merge decision log;
 * each for one user only.
 */
export function describeIngestionRecordsContract(options: StorageContractOptions): void {
  describe('ingestion records', () => {
    const storage = useFreshStorage(options, { migrate: true });

    it('listOverlapping returns the activities whose span touches the window, by start time, for this user only', async () => {
      const repos = storage();
      await writeReferenceFixtures(repos, buildReferenceFixtures());
      for (const userId of [JANE, OTHER]) await repos.users.insert({ id: userId, created_at: iso(T0) });
      const from = iso(T0);
      const to = iso(T0 + HOUR);
      const rows = {
        endsAtFrom: activity(JANE, 'ov_ends_at_from', T0 - HOUR, T0),
        endsBefore: activity(JANE, 'ov_ends_before', T0 - HOUR, T0 - 1),
        openInside: activity(JANE, 'ov_open_inside', T0 + HOUR / 2, null),
        openBefore: activity(JANE, 'ov_open_before', T0 - 1, null),
        startsAtTo: activity(JANE, 'ov_starts_at_to', T0 + HOUR, T0 + 2 * HOUR),
        spans: activity(JANE, 'ov_spans', T0 - 2 * HOUR, T0 + 3 * HOUR),
        longAgo: activity(JANE, 'ov_long_ago', T0 - 13 * DAY, T0 + 1),
        longEnded: activity(JANE, 'ov_long_ended', T0 - 14 * DAY, T0 - 1),
        foreign: activity(OTHER, 'ov_foreign', T0 + 60_000, T0 + 120_000),
      };
      await repos.activityInstances.insertMany(Object.values(rows));
      const overlapping = await repos.activityInstances.listOverlapping(JANE, InstantSchema.parse(from), InstantSchema.parse(to));
      expect(overlapping).toStrictEqual([rows.longAgo, rows.spans, rows.endsAtFrom, rows.openInside]);
      // An instant: what runs through it (started before, ended at or after).
      expect(await repos.activityInstances.listOverlapping(JANE, InstantSchema.parse(from), InstantSchema.parse(from))).toStrictEqual([
        rows.longAgo,
        rows.spans,
        rows.endsAtFrom,
      ]);
      expect(await repos.activityInstances.listOverlapping(JANE, InstantSchema.parse(iso(T0 - 1)), InstantSchema.parse(from))).toStrictEqual([
        rows.longEnded,
        rows.longAgo,
        rows.spans,
        rows.endsAtFrom,
        rows.endsBefore,
        rows.openBefore,
      ]);
      expect(await repos.activityInstances.listOverlapping(OTHER, InstantSchema.parse(from), InstantSchema.parse(to))).toStrictEqual([rows.foreign]);
      await expectValidation(repos.activityInstances.listOverlapping(JANE, InstantSchema.parse(to), InstantSchema.parse(from)), 'to', 'too_small', 'to before from');
    });

    it('dailyActivityTotals.upsert keeps one row per (user, provider, day, metric): the first id and created_at, the latest values', async () => {
      const repos = storage();
      const { jane } = await seed(repos);
      const totals = repos.dailyActivityTotals;
      const first = await totals.upsert(total({ id: 'tot_1' }));
      expect(first).toStrictEqual(fixtureRows('daily_activity_totals', [total({ id: 'tot_1' })])[0]);
      const revised = total({
        id: 'tot_2',
        value: 12_345,
        source_name: 'Forerunner 965',
        external_record_id: jane.external_activity_records[0]!.id,
        ingestion_run_id: jane.external_ingestion_runs[0]!.id,
        normalizer_id: 'garmin.dailies',
        normalizer_version: '1.1.0',
        created_at: iso(T0 + DAY),
        updated_at: iso(T0 + DAY),
      });
      const second = await totals.upsert(revised);
      expect(second).toStrictEqual({ ...fixtureRows('daily_activity_totals', [revised])[0]!, id: first.id, created_at: first.created_at });
      const apple = await totals.upsert(total({ id: 'tot_3', provider: 'apple_health', value: 11_002 }));
      const energy = await totals.upsert(total({ id: 'tot_4', metric_type: 'active_energy_kcal', value: 540.5 }));
      const other = await totals.upsert(total({ id: 'tot_5', user_id: OTHER }));
      const day = LocalDateSchema.parse('2024-06-12');
      expect(await totals.listBetween(JANE, day, day)).toStrictEqual([energy, apple, second]);
      expect(await totals.listBetween(JANE, day, day, 'steps')).toStrictEqual([apple, second]);
      expect(await totals.listBetween(OTHER, day, day)).toStrictEqual([other]);
      expect(await totals.upsertMany([total({ id: 'tot_6', value: 1 }), total({ id: 'tot_7', value: 2 }), total({ id: 'tot_8', local_date: '2024-06-13', value: 3 })])).toBe(2);
      expect((await totals.listBetween(JANE, day, LocalDateSchema.parse('2024-06-13'), 'steps')).map((row) => [row.id, row.provider, row.local_date, row.value])).toStrictEqual([
        ['tot_3', 'apple_health', '2024-06-12', 11_002],
        ['tot_1', 'garmin', '2024-06-12', 2],
        ['tot_8', 'garmin', '2024-06-13', 3],
      ]);
      expect((await totals.get(OTHER, other.id)).value).toBe(10_000);
      await expectValidation(totals.upsert(total({ id: 'tot_bad', value: 250_000 })), 'value', 'custom', 'steps above the daily range');
      await expectValidation(totals.upsert(total({ id: 'tot_bad', metric_type: 'floors' as never })), 'metric_type', 'invalid_value', 'unknown metric');
      await expectConflict(
        totals.upsert(total({ id: 'tot_bad', local_date: '2024-06-14', external_record_id: buildUserFixtures(OTHER).external_activity_records[0]!.id })),
        'daily_activity_totals',
        'foreign_key',
        'total of another user\'s raw record',
      );
      expect(await totals.find(JANE, DailyActivityTotalIdSchema.parse('tot_bad'))).toBeUndefined();
      await expectValidation(totals.listBetween(JANE, day, LocalDateSchema.parse('2024-06-11')), 'to', 'too_small', 'to before from');
    });

    it('ingestion failures are read per run and cascade with it; their raw record may go and they stay', async () => {
      const repos = storage();
      const { jane, other } = await seed(repos);
      const run = IngestionRunIdSchema.parse(jane.external_ingestion_runs[0]!.id);
      const failures = jane.ingestion_failures;
      expect(await repos.ingestionFailures.listByRun(JANE, run)).toStrictEqual(failures);
      expect(await repos.ingestionFailures.listByRun(JANE, run, 2)).toStrictEqual(failures.slice(0, 2));
      expect(await repos.ingestionFailures.countByRun(JANE, run)).toBe(failures.length);
      const foreignRun = IngestionRunIdSchema.parse(other.external_ingestion_runs[0]!.id);
      expect(await repos.ingestionFailures.listByRun(JANE, foreignRun)).toStrictEqual([]);
      expect(await repos.ingestionFailures.countByRun(JANE, foreignRun)).toBe(0);
      await expectValidation(repos.ingestionFailures.listByRun(JANE, run, 0), 'limit', 'too_small', 'limit 0');

      const sleep = jane.external_activity_records[1]!;
      await repos.externalActivityRecords.delete(JANE, sleep.id);
      expect((await repos.ingestionFailures.get(JANE, failures[0]!.id)).external_activity_record_id).toBeNull();
      await repos.externalActivityRecords.deleteWhere(JANE, { ingestion_run_id: run });
      await repos.activityInstances.deleteWhere(JANE, { ingestion_run_id: run });
      await repos.ingestionRuns.delete(JANE, run);
      expect(await repos.ingestionFailures.list(JANE)).toStrictEqual([]);
      expect(await repos.ingestionFailures.list(OTHER)).toStrictEqual(other.ingestion_failures);

      await expectValidation(
        repos.ingestionFailures.insert({ ...other.ingestion_failures[0]!, id: 'fail_bad', path_json: [{ key: 'x' }] as never }),
        'path_json.0',
        null,
        'path of objects',
      );
      await expectConflict(
        repos.ingestionFailures.insert({ ...other.ingestion_failures[1]!, id: 'fail_x', user_id: JANE }),
        'ingestion_failures',
        'foreign_key',
        'failure of another user\'s run',
      );
    });

    it('merge decisions are listed per activity (as subject or counterpart) and per raw record, for this user only', async () => {
      const repos = storage();
      const { jane, other } = await seed(repos);
      const [merge, unmerge] = jane.activity_merge_decisions as [TableRow<'activity_merge_decisions'>, TableRow<'activity_merge_decisions'>];
      const [strength, run] = jane.activity_instances as [ActivityInstanceRow, ActivityInstanceRow];
      expect(await repos.activityMergeDecisions.listByActivity(JANE, run.id)).toStrictEqual([merge, unmerge]);
      expect(await repos.activityMergeDecisions.listByActivity(JANE, strength.id)).toStrictEqual([unmerge]);
      expect(await repos.activityMergeDecisions.listByRecord(JANE, merge.external_activity_record_id!)).toStrictEqual([merge]);
      expect(await repos.activityMergeDecisions.listByActivity(JANE, other.activity_instances[1]!.id)).toStrictEqual([]);
      expect(await repos.activityMergeDecisions.listByRecord(JANE, other.external_activity_records[0]!.id)).toStrictEqual([]);

      const base = { id: 'merge_new', user_id: JANE, activity_instance_id: strength.id, decision: 'merge' as const, created_at: iso(T0) };
      await expectValidation(repos.activityMergeDecisions.insert({ ...base, decision: 'split' as never }), 'decision', 'invalid_value', 'unknown decision');
      await expectValidation(repos.activityMergeDecisions.insert({ ...base, confidence: 1.5 }), 'confidence', 'too_big', 'confidence above 1');
      await expectValidation(repos.activityMergeDecisions.insert({ ...base, counterpart_instance_id: strength.id }), 'counterpart_instance_id', 'custom', 'counterpart = subject');
      await expectConflict(
        repos.activityMergeDecisions.insert({ ...base, counterpart_instance_id: other.activity_instances[0]!.id }),
        'activity_merge_decisions',
        'foreign_key',
        'decision naming another user\'s activity',
      );
      expect(await repos.activityMergeDecisions.find(JANE, ActivityMergeDecisionIdSchema.parse('merge_new'))).toBeUndefined();
      const stored = await repos.activityMergeDecisions.insert({ ...base, reasons_json: ['manual merge'] });
      expect(stored.field_sources_json).toBeNull();
      expect(await repos.activityMergeDecisions.listByActivity(JANE, strength.id)).toStrictEqual([unmerge, stored].sort((a, b) => a.created_at.localeCompare(b.created_at)));
    });
  });
}

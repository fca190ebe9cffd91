/**
 * The design brief's verification strategy, end to end: the fixtures of `fixtures/verification-fixtures.ts` (one
 * Strava activity, one manual strength log, a program of planned sessions, weigh-ins) are written through the
 * repositories on SQLite (a temp file), PGlite and PostgreSQL (a fresh database), and every link and analytics result
 * is checked against numbers worked out by hand from the fixture data. Finally the dialects must return the same rows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CategoricalValueRowSchema,
  WeeklyAdherenceRowSchema,
  WeeklyDurationRowSchema,
  WeeklyVolumeRowSchema,
  WeightTrendRowSchema,
  type ActivityInstanceInsert,
  type StorageDialect,
} from '@trainkit/core';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { createPgliteStorage } from '@trainkit/storage-kysely/pglite';
import { createPostgresStorage } from '@trainkit/storage-kysely/postgres';
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import { createTestDatabase } from '@trainkit/storage-kysely/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  GENERAL_FITNESS,
  INGESTION_RUN_ID,
  MANUAL_ACTIVITY_ID,
  MANUAL_LOG,
  PLANNED,
  PROVIDER_ACTIVITY_ID,
  PROVIDER_LINK_ID,
  RANGE,
  RAW_RECORD_ID,
  RUNNING,
  STRAVA_DETAILED_ACTIVITY,
  USER_ID,
  loadVerificationFixtures,
} from './fixtures/verification-fixtures.js';

const postgresUrl = inject('postgresUrl');
const DIALECTS: readonly StorageDialect[] = ['sqlite', 'pglite', 'postgres'];

/** What each dialect returned, compared across dialects at the end. */
const results = new Map<StorageDialect, Record<string, unknown>>();

/** An instant as the storage contract returns it (drivers may hand back `Date`s from raw queries). */
function instant(value: unknown): string {
  return new Date(value as string | Date).toISOString();
}

/** Numbers rounded to 9 decimals (engines may sum floats in another order), everything else unchanged. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 1e9) / 1e9;
  if (Array.isArray(value)) return value.map(rounded);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, rounded(entry)]));
  }
  return value;
}

interface OpenedStorage {
  readonly storage: KyselyStorage;
  dispose(): Promise<void>;
}

async function openStorage(dialect: StorageDialect): Promise<OpenedStorage> {
  switch (dialect) {
    case 'sqlite': {
      const dir = mkdtempSync(join(tmpdir(), 'trainkit-e2e-verification-'));
      const storage = await createSqliteStorage({ path: join(dir, 'verification.db'), migrate: true });
      return {
        storage,
        async dispose() {
          await storage.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    case 'pglite': {
      const storage = await createPgliteStorage({ migrate: true });
      return { storage, dispose: () => storage.close() };
    }
    case 'postgres': {
      if (!postgresUrl) throw new Error('no PostgreSQL server for this run');
      const database = await createTestDatabase(postgresUrl, 'tk_e2e');
      const storage = await createPostgresStorage({ connectionString: database.url, maxConnections: 4, migrate: true });
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

for (const dialect of DIALECTS) {
  describe(`verification fixtures on ${dialect}`, () => {
    const skip = dialect === 'postgres' && !postgresUrl;
    const snapshot: Record<string, unknown> = {};
    let opened: OpenedStorage | undefined;
    const storage = (): KyselyStorage => {
      if (!opened) throw new Error('storage not opened');
      return opened.storage;
    };

    beforeAll(async () => {
      if (skip) return;
      opened = await openStorage(dialect);
      await loadVerificationFixtures(opened.storage);
    });

    afterAll(async () => {
      if (!skip) results.set(dialect, snapshot);
      await opened?.dispose();
    });

    it.skipIf(skip)('keeps the Strava payload verbatim in the raw lake, under the ingestion run that fetched it', async () => {
      const raw = await storage().externalActivityRecords.get(USER_ID, RAW_RECORD_ID);
      expect(raw.raw_payload_json).toEqual(STRAVA_DETAILED_ACTIVITY);
      expect(raw).toMatchObject({
        provider: 'strava',
        external_id: '13780943425',
        activity_type_raw: 'Run',
        start_time: '2025-03-04T06:02:13.000Z',
        // start_date + elapsed_time (3260 s = 54 min 20 s)
        end_time: '2025-03-04T06:56:33.000Z',
        timezone: '(GMT+01:00) Europe/Berlin',
        utc_offset_minutes: 60,
        ingestion_run_id: INGESTION_RUN_ID,
        normalization_status: 'normalized',
      });
      expect((raw.raw_payload_json as { device_name: string }).device_name).toBe('Jane’s Apple Watch');
      const found = await storage().externalActivityRecords.findByExternalId(USER_ID, 'strava', '13780943425');
      expect(found?.id).toBe(RAW_RECORD_ID);

      const run = await storage().ingestionRuns.get(USER_ID, INGESTION_RUN_ID);
      expect(run).toMatchObject({
        provider: 'strava',
        kind: 'webhook',
        status: 'succeeded',
        started_at: '2025-03-04T07:10:00.000Z',
        finished_at: '2025-03-04T07:10:02.350Z',
        error: null,
        cursor_json: { after: 1741071733 },
        stats_json: { received: 1, stored: 1, updated: 0, failed: 0 },
      });
      expect((await storage().ingestionRuns.findLastCompleted(USER_ID, 'strava'))?.id).toBe(INGESTION_RUN_ID);
      snapshot.raw = raw;
      snapshot.run = run;
    });

    it.skipIf(skip)('links the provider activity to its raw record (activity_instance_links)', async () => {
      const activity = await storage().activityInstances.get(USER_ID, PROVIDER_ACTIVITY_ID);
      expect(activity).toMatchObject({
        source: 'provider',
        provider: 'strava',
        activity_definition_id: 'act_running',
        discipline_id: RUNNING,
        title: 'Morning Run',
        performed_start: '2025-03-04T06:02:13.000Z',
        performed_end: '2025-03-04T06:56:33.000Z',
        timezone: 'Europe/Berlin',
        utc_offset_minutes: 60,
        local_date: '2025-03-04',
        duration_seconds: 3125,
        distance_m: 10012.4,
        avg_hr_bpm: 148.3,
        max_hr_bpm: 171,
        energy_kcal: 712,
        ingestion_run_id: INGESTION_RUN_ID,
        normalizer_id: 'strava.activity',
        normalizer_version: '1.0.0',
      } satisfies Partial<ActivityInstanceInsert>);

      const links = await storage().activityInstances.listLinks(USER_ID, PROVIDER_ACTIVITY_ID);
      expect(links).toEqual([
        {
          id: PROVIDER_LINK_ID,
          user_id: USER_ID,
          activity_instance_id: PROVIDER_ACTIVITY_ID,
          external_activity_record_id: RAW_RECORD_ID,
          workout_log_id: null,
          link_kind: 'source',
          match_confidence: null,
          created_at: '2025-03-04T07:10:02.100Z',
        },
      ]);
      expect((await storage().activityInstances.findByExternalRecord(USER_ID, RAW_RECORD_ID))?.id).toBe(PROVIDER_ACTIVITY_ID);
      // The manual activity was typed in: no raw record behind it, so no link.
      expect(await storage().activityInstances.listLinks(USER_ID, MANUAL_ACTIVITY_ID)).toEqual([]);
      expect(await storage().activityInstanceLinks.list(USER_ID)).toHaveLength(1);

      // The same chain in SQL: link -> canonical activity -> raw record -> ingestion run.
      const chain = await storage()
        .kysely.selectFrom('activity_instance_links as l')
        .innerJoin('activity_instances as a', 'a.id', 'l.activity_instance_id')
        .innerJoin('external_activity_records as r', 'r.id', 'l.external_activity_record_id')
        .innerJoin('external_ingestion_runs as run', 'run.id', 'r.ingestion_run_id')
        .select(['l.id as link_id', 'a.id as activity_id', 'a.source', 'r.external_id', 'r.activity_type_raw', 'run.status as run_status'])
        .where('l.user_id', '=', USER_ID)
        .execute();
      expect(chain).toEqual([
        {
          link_id: PROVIDER_LINK_ID,
          activity_id: PROVIDER_ACTIVITY_ID,
          source: 'provider',
          external_id: '13780943425',
          activity_type_raw: 'Run',
          run_status: 'succeeded',
        },
      ]);
      snapshot.providerActivity = activity;
      snapshot.links = links;
    });

    it.skipIf(skip)('links the planned session to the activity that performed it (planned_session_id)', async () => {
      const performed = await storage().activityInstances.list(USER_ID, { where: { planned_session_id: PLANNED.easyRunW10 } });
      expect(performed.map((activity) => activity.id)).toEqual([PROVIDER_ACTIVITY_ID]);
      const session = await storage().plannedSessions.get(USER_ID, PLANNED.easyRunW10);
      expect(session).toMatchObject({ scheduled_date: '2025-03-04', status: 'completed', discipline_id: RUNNING, title: 'Easy run 10 km' });

      // Every planned session joined to what performed it: only the 2025-03-04 run was done.
      const joined = await storage()
        .kysely.selectFrom('planned_sessions as p')
        .leftJoin('activity_instances as a', 'a.planned_session_id', 'p.id')
        .select(['p.id as planned_session_id', 'p.scheduled_date', 'p.status', 'a.id as activity_id', 'a.local_date'])
        .where('p.user_id', '=', USER_ID)
        .orderBy('p.scheduled_date')
        .execute();
      expect(joined).toEqual([
        { planned_session_id: PLANNED.easyRunW10, scheduled_date: '2025-03-04', status: 'completed', activity_id: PROVIDER_ACTIVITY_ID, local_date: '2025-03-04' },
        { planned_session_id: PLANNED.lowerBodyW10, scheduled_date: '2025-03-06', status: 'skipped', activity_id: null, local_date: null },
        { planned_session_id: PLANNED.longRunW10, scheduled_date: '2025-03-08', status: 'completed', activity_id: null, local_date: null },
        { planned_session_id: PLANNED.tempoRunW11, scheduled_date: '2025-03-11', status: 'cancelled', activity_id: null, local_date: null },
        { planned_session_id: PLANNED.lowerBodyW11, scheduled_date: '2025-03-13', status: 'planned', activity_id: null, local_date: null },
        { planned_session_id: PLANNED.longRunW11, scheduled_date: '2025-03-15', status: 'planned', activity_id: null, local_date: null },
        { planned_session_id: PLANNED.easyRunW12, scheduled_date: '2025-03-18', status: 'planned', activity_id: null, local_date: null },
        { planned_session_id: PLANNED.lowerBodyW12, scheduled_date: '2025-03-20', status: 'planned', activity_id: null, local_date: null },
      ]);
      snapshot.plannedJoin = joined;
    });

    it.skipIf(skip)('stores the manual strength log as buildStrengthLog built it: source manual, no plan, sets in order', async () => {
      const activity = await storage().activityInstances.get(USER_ID, MANUAL_ACTIVITY_ID);
      expect(activity).toEqual(MANUAL_LOG.activityInstance);
      expect(activity).toMatchObject({
        source: 'manual',
        planned_session_id: null,
        provider: null,
        discipline_id: GENERAL_FITNESS,
        performed_start: '2025-03-12T17:30:00.000Z',
        // start + 4200 s
        performed_end: '2025-03-12T18:40:00.000Z',
        utc_offset_minutes: 60,
        local_date: '2025-03-12',
        duration_seconds: 4200,
        perceived_difficulty: 8,
      });
      const sets = await storage().activityStrengthSets.listByActivity(USER_ID, MANUAL_ACTIVITY_ID);
      expect(sets).toEqual(MANUAL_LOG.strengthSets);
      expect(sets.map((set) => [set.movement_id, set.reps, set.load_kg, set.is_warmup])).toEqual([
        ['mov_back_squat', 5, 60, true],
        ['mov_back_squat', 5, 100, false],
        ['mov_back_squat', 5, 100, false],
        ['mov_back_squat', 5, 100, false],
        ['mov_romanian_deadlift', 8, 82.5, false],
        ['mov_romanian_deadlift', 8, 82.5, false],
        ['mov_romanian_deadlift', 8, 82.5, false],
        ['mov_plank', null, 0, false],
      ]);
      snapshot.manualActivity = activity;
      snapshot.manualSets = sets;
    });

    it.skipIf(skip)('shows both performed activities in the workout_logs view', async () => {
      const logs = await storage()
        .kysely.selectFrom('workout_logs')
        .selectAll()
        .where('user_id', '=', USER_ID)
        .orderBy('performed_start')
        .execute();
      const view = logs.map((log) => ({ ...log, performed_start: instant(log.performed_start), performed_end: instant(log.performed_end) }));
      expect(view.map((log) => [log.id, log.source, log.planned_session_id, log.local_date, log.duration_seconds, log.performed_start])).toEqual([
        [PROVIDER_ACTIVITY_ID, 'provider', PLANNED.easyRunW10, '2025-03-04', 3125, '2025-03-04T06:02:13.000Z'],
        [MANUAL_ACTIVITY_ID, 'manual', null, '2025-03-12', 4200, '2025-03-12T17:30:00.000Z'],
      ]);
      expect(view[1]).toMatchObject({
        title: 'Lower body (moved from Thursday)',
        activity_definition_id: 'act_strength_training',
        discipline_id: GENERAL_FITNESS,
        perceived_difficulty: 8,
        performed_end: '2025-03-12T18:40:00.000Z',
        notes: 'Squats felt heavy after the long run.',
      });
      snapshot.workoutLogs = view.map((log) => ({ ...log, created_at: instant(log.created_at), updated_at: instant(log.updated_at) }));
    });

    it.skipIf(skip)('weekly duration by discipline: the run in week 10, the strength session in week 11', async () => {
      const rows = await storage().analytics.weeklyDurationByDiscipline(USER_ID, RANGE);
      for (const row of rows) WeeklyDurationRowSchema.parse(row);
      expect(rows).toEqual([
        // duration_seconds wins over end - start: Strava moving_time 3125 s, not elapsed 3260 s.
        { week_start: '2025-03-03', discipline_id: RUNNING, duration_seconds: 3125, activity_count: 1 },
        { week_start: '2025-03-10', discipline_id: GENERAL_FITNESS, duration_seconds: 4200, activity_count: 1 },
      ]);
      snapshot.duration = rows;
    });

    it.skipIf(skip)('weekly volume by discipline: tonnage = Σ reps × load_kg of working sets, distance in metres', async () => {
      const rows = await storage().analytics.weeklyVolumeByDiscipline(USER_ID, RANGE);
      for (const row of rows) WeeklyVolumeRowSchema.parse(row);
      expect(rows).toHaveLength(2);
      expect(rows[0]).toEqual({ week_start: '2025-03-03', discipline_id: RUNNING, tonnage_kg: 0, set_count: 0, rep_count: 0, distance_m: 10012.4 });
      expect(rows[1]).toMatchObject({
        week_start: '2025-03-10',
        discipline_id: GENERAL_FITNESS,
        // warm-up 5 × 60 excluded; plank: no reps, 0 kg, still a working set
        set_count: 3 + 3 + 1,
        rep_count: 3 * 5 + 3 * 8,
        distance_m: 0,
      });
      // 3 × 5 × 100 + 3 × 8 × 82.5 = 1500 + 1980
      expect(rows[1]?.tonnage_kg).toBeCloseTo(3480, 9);
      snapshot.volume = rows;
    });

    it.skipIf(skip)('weekly adherence: planned vs performed through planned_session_id, exact ratios', async () => {
      const rows = await storage().analytics.weeklyAdherence(USER_ID, RANGE);
      for (const row of rows) WeeklyAdherenceRowSchema.parse(row);
      expect(rows).toEqual([
        // easy run (done by the Strava run), lower body A (skipped), long run (status completed, but no activity points at it)
        { week_start: '2025-03-03', planned_count: 3, completed_count: 1, adherence: 1 / 3, unplanned_count: 0 },
        // tempo run cancelled (not counted), lower body B and long run not done; the manual session has no plan
        { week_start: '2025-03-10', planned_count: 2, completed_count: 0, adherence: 0, unplanned_count: 1 },
        { week_start: '2025-03-17', planned_count: 2, completed_count: 0, adherence: 0, unplanned_count: 0 },
      ]);
      snapshot.adherence = rows;
    });

    it.skipIf(skip)('weight trend: daily mean and the 7-day trailing mean of daily means, looking back before the range', async () => {
      const rows = await storage().analytics.weightTrend(USER_ID, RANGE);
      for (const row of rows) WeightTrendRowSchema.parse(row);
      // Daily means: 02-26 82.4, 02-28 82.0, 03-01 81.8, 03-03 81.6, 03-04 (81.9 + 81.3) / 2 = 81.6, 03-06 81.2,
      // 03-10 80.9, 03-11 81.1, 03-14 80.6, 03-16 80.4. The window of day D is D-6..D; days without data don't count.
      const expected = [
        { date: '2025-03-03', weight_kg: 81.6, sample_count: 1, rolling_avg_7d_kg: (82.4 + 82.0 + 81.8 + 81.6) / 4 }, // 02-25..03-03
        { date: '2025-03-04', weight_kg: 81.6, sample_count: 2, rolling_avg_7d_kg: (82.4 + 82.0 + 81.8 + 81.6 + 81.6) / 5 }, // 02-26..03-04
        { date: '2025-03-06', weight_kg: 81.2, sample_count: 1, rolling_avg_7d_kg: (82.0 + 81.8 + 81.6 + 81.6 + 81.2) / 5 }, // 02-28..03-06
        { date: '2025-03-10', weight_kg: 80.9, sample_count: 1, rolling_avg_7d_kg: (81.6 + 81.2 + 80.9) / 3 }, // 03-04..03-10
        { date: '2025-03-11', weight_kg: 81.1, sample_count: 1, rolling_avg_7d_kg: (81.2 + 80.9 + 81.1) / 3 }, // 03-05..03-11
        { date: '2025-03-14', weight_kg: 80.6, sample_count: 1, rolling_avg_7d_kg: (80.9 + 81.1 + 80.6) / 3 }, // 03-08..03-14
        { date: '2025-03-16', weight_kg: 80.4, sample_count: 1, rolling_avg_7d_kg: (80.9 + 81.1 + 80.6 + 80.4) / 4 }, // 03-10..03-16
      ];
      expect(rows.map((row) => [row.date, row.sample_count])).toEqual(expected.map((row) => [row.date, row.sample_count]));
      for (const [index, row] of rows.entries()) {
        const want = expected[index]!;
        expect(row.weight_kg, `${row.date} weight_kg`).toBeCloseTo(want.weight_kg, 9);
        expect(row.rolling_avg_7d_kg, `${row.date} rolling_avg_7d_kg`).toBeCloseTo(want.rolling_avg_7d_kg, 9);
      }
      // Spot values: 81.95, 81.88, 81.64, 81.2333…, 81.0666…, 80.8666…, 80.75.
      expect(rows.map((row) => Math.round(row.rolling_avg_7d_kg * 1e4) / 1e4)).toEqual([81.95, 81.88, 81.64, 81.2333, 81.0667, 80.8667, 80.75]);
      snapshot.weight = rows;
    });

    it.skipIf(skip)('categorical values: the raw Strava sport type and timezone label, counted', async () => {
      const activityTypes = await storage().analytics.categoricalValues({
        field: { table: 'external_activity_records', column: 'activity_type_raw' },
        userId: USER_ID,
      });
      expect(activityTypes).toEqual([{ table: 'external_activity_records', column: 'activity_type_raw', value: 'Run', count: 1 }]);
      const all = await storage().analytics.categoricalValues({ userId: USER_ID });
      for (const row of all) CategoricalValueRowSchema.parse(row);
      expect(all).toEqual([
        { table: 'external_activity_records', column: 'activity_type_raw', value: 'Run', count: 1 },
        { table: 'external_activity_records', column: 'timezone', value: '(GMT+01:00) Europe/Berlin', count: 1 },
      ]);
      snapshot.categorical = all;
    });
  });
}

describe('the dialects agree', () => {
  it('PGlite returns what SQLite returns', () => {
    expect(rounded(results.get('pglite'))).toEqual(rounded(results.get('sqlite')));
    expect(Object.keys(results.get('sqlite') ?? {})).toHaveLength(13);
  });

  it.skipIf(!postgresUrl)('PostgreSQL returns what SQLite returns', () => {
    expect(rounded(results.get('postgres'))).toEqual(rounded(results.get('sqlite')));
    expect(Object.keys(results.get('postgres') ?? {})).toHaveLength(13);
  });
});

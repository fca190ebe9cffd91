import {
  CategoricalValueRowSchema,
  ValidationError,
  WeeklyAdherenceRowSchema,
  WeeklyDurationRowSchema,
  WeeklyMuscleLoadRowSchema,
  WeeklyVolumeRowSchema,
  WeightTrendRowSchema,
  type UserId,
} from '@trainkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAnalyticsFixture } from '../test-support/analytics-fixture.js';
import { TEST_DIALECTS, openTestStorage, skipReason, type TestStorage } from '../test-support/test-dialects.js';

const USER = 'usr_1' as UserId;
const RANGE = { from: '2025-03-01', to: '2025-03-16' };

/** Compares numbers to 9 decimals (sums may associate differently per engine), everything else exactly. */
function rounded<T>(rows: T[]): T[] {
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row as Record<string, unknown>).map(([key, value]) => [key, typeof value === 'number' ? Math.round(value * 1e9) / 1e9 : value]),
    ),
  ) as T[];
}

const results = new Map<string, unknown>();

for (const dialect of TEST_DIALECTS) {
  describe.skipIf(skipReason(dialect))(`${dialect}: analytics`, () => {
    let test: TestStorage;

    beforeAll(async () => {
      test = await openTestStorage(dialect);
      await seedAnalyticsFixture(test.storage);
    });

    afterAll(async () => {
      await test?.dispose();
    });

    it('weekly duration by discipline: ISO weeks from the local day, COALESCE(duration, end - start, 0), nulls last', async () => {
      const rows = await test.storage.analytics.weeklyDurationByDiscipline(USER, RANGE);
      expect(rounded(rows)).toEqual([
        { week_start: '2025-03-03', discipline_id: 'powerlifting', duration_seconds: 3600, activity_count: 1 },
        { week_start: '2025-03-03', discipline_id: 'running', duration_seconds: 2730.5, activity_count: 1 },
        { week_start: '2025-03-03', discipline_id: null, duration_seconds: 0, activity_count: 1 },
        { week_start: '2025-03-10', discipline_id: 'running', duration_seconds: 1800, activity_count: 1 },
      ]);
      for (const row of rows) WeeklyDurationRowSchema.parse(row);
      results.set(`${dialect}:duration`, rows);
    });

    it('weeks can start on another day', async () => {
      const rows = await test.storage.analytics.weeklyDurationByDiscipline(USER, { ...RANGE, weekStart: 'sunday' });
      expect(rounded(rows).map((row) => [row.week_start, row.discipline_id, row.duration_seconds])).toEqual([
        ['2025-03-02', 'powerlifting', 3600],
        ['2025-03-02', 'running', 2730.5],
        ['2025-03-02', null, 0],
        ['2025-03-09', 'running', 1800],
      ]);
    });

    it('weekly volume: tonnage and counts of working sets, distance of the activities', async () => {
      const rows = await test.storage.analytics.weeklyVolumeByDiscipline(USER, RANGE);
      expect(rounded(rows)).toEqual([
        { week_start: '2025-03-03', discipline_id: 'powerlifting', tonnage_kg: 2780, set_count: 6, rep_count: 31, distance_m: 0 },
        { week_start: '2025-03-03', discipline_id: 'running', tonnage_kg: 0, set_count: 0, rep_count: 0, distance_m: 8000 },
        { week_start: '2025-03-03', discipline_id: null, tonnage_kg: 0, set_count: 0, rep_count: 0, distance_m: 0 },
        { week_start: '2025-03-10', discipline_id: 'running', tonnage_kg: 0, set_count: 0, rep_count: 0, distance_m: 5000 },
      ]);
      for (const row of rows) WeeklyVolumeRowSchema.parse(row);
      results.set(`${dialect}:volume`, rows);
    });

    it('weekly adherence: planned (not cancelled) vs those an activity points at, plus unplanned activities', async () => {
      const rows = await test.storage.analytics.weeklyAdherence(USER, RANGE);
      expect(rows).toEqual([
        { week_start: '2025-03-03', planned_count: 2, completed_count: 2, adherence: 1, unplanned_count: 1 },
        { week_start: '2025-03-10', planned_count: 1, completed_count: 0, adherence: 0, unplanned_count: 1 },
      ]);
      for (const row of rows) WeeklyAdherenceRowSchema.parse(row);
      results.set(`${dialect}:adherence`, rows);
    });

    it('weight trend: daily mean and 7-day trailing mean of daily means, looking back before the range', async () => {
      const rows = await test.storage.analytics.weightTrend(USER, RANGE);
      expect(rounded(rows)).toEqual(
        rounded([
          { date: '2025-03-01', weight_kg: 79, sample_count: 1, rolling_avg_7d_kg: (80 + 79) / 2 },
          { date: '2025-03-02', weight_kg: 78.8, sample_count: 2, rolling_avg_7d_kg: (80 + 79 + 78.8) / 3 },
          { date: '2025-03-05', weight_kg: 78, sample_count: 1, rolling_avg_7d_kg: (79 + 78.8 + 78) / 3 },
          { date: '2025-03-12', weight_kg: 77, sample_count: 1, rolling_avg_7d_kg: 77 },
        ]),
      );
      for (const row of rows) WeightTrendRowSchema.parse(row);
      results.set(`${dialect}:weight`, rows);
    });

    it('weekly muscle load: planned and performed sets and durations through the muscle maps, kept apart', async () => {
      const rows = await test.storage.analytics.weeklyMuscleLoad(USER, RANGE);
      expect(rounded(rows)).toEqual([
        { week_start: '2025-03-03', muscle_id: 'glutes', planned_sets: 3, performed_sets: 3, planned_duration_seconds: 0, performed_duration_seconds: 0 },
        { week_start: '2025-03-03', muscle_id: 'hamstrings', planned_sets: 1, performed_sets: 3, planned_duration_seconds: 675, performed_duration_seconds: 682.625 },
        { week_start: '2025-03-03', muscle_id: 'quadriceps', planned_sets: 5, performed_sets: 3, planned_duration_seconds: 1080, performed_duration_seconds: 1092.2 },
        { week_start: '2025-03-10', muscle_id: 'hamstrings', planned_sets: 0, performed_sets: 0, planned_duration_seconds: 0, performed_duration_seconds: 450 },
        { week_start: '2025-03-10', muscle_id: 'quadriceps', planned_sets: 0, performed_sets: 0, planned_duration_seconds: 0, performed_duration_seconds: 720 },
      ]);
      for (const row of rows) WeeklyMuscleLoadRowSchema.parse(row);
      results.set(`${dialect}:muscle`, rows);
    });

    it('categorical values: every open field, per user or overall, by count then value', async () => {
      const overall = await test.storage.analytics.categoricalValues();
      expect(overall).toEqual([
        { table: 'external_activity_records', column: 'activity_type_raw', value: 'Run', count: 3 },
        { table: 'external_activity_records', column: 'activity_type_raw', value: 'TrailRun', count: 1 },
        { table: 'metric_samples', column: 'metric_type', value: 'heart_rate_bpm', count: 5 },
        { table: 'metric_samples', column: 'metric_type', value: 'cadence_rpm', count: 1 },
        { table: 'metric_samples', column: 'metric_type', value: 'power_w', count: 1 },
      ]);
      for (const row of overall) CategoricalValueRowSchema.parse(row);
      expect(await test.storage.analytics.categoricalValues({ userId: USER })).toEqual([
        { table: 'external_activity_records', column: 'activity_type_raw', value: 'Run', count: 2 },
        { table: 'external_activity_records', column: 'activity_type_raw', value: 'TrailRun', count: 1 },
        { table: 'metric_samples', column: 'metric_type', value: 'heart_rate_bpm', count: 3 },
        { table: 'metric_samples', column: 'metric_type', value: 'power_w', count: 1 },
      ]);
      expect(
        await test.storage.analytics.categoricalValues({ field: { table: 'metric_samples', column: 'metric_type' }, userId: 'usr_2' as UserId }),
      ).toEqual([
        { table: 'metric_samples', column: 'metric_type', value: 'heart_rate_bpm', count: 2 },
        { table: 'metric_samples', column: 'metric_type', value: 'cadence_rpm', count: 1 },
      ]);
      await expect(test.storage.analytics.categoricalValues({ field: { table: 'users', column: 'id' } })).rejects.toBeInstanceOf(ValidationError);
    });

    it('rejects a range whose end is before its start, naming the field', async () => {
      const error = await test.storage.analytics.weeklyAdherence(USER, { from: '2025-03-10', to: '2025-03-01' }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]).toMatchObject({ path: 'to' });
    });

    it('returns nothing for a user without data', async () => {
      const nobody = 'usr_nobody' as UserId;
      expect(await test.storage.analytics.weeklyDurationByDiscipline(nobody, RANGE)).toEqual([]);
      expect(await test.storage.analytics.weeklyMuscleLoad(nobody, RANGE)).toEqual([]);
      expect(await test.storage.analytics.weightTrend(nobody, RANGE)).toEqual([]);
    });
  });
}

describe('analytics agree across dialects', () => {
  it('SQLite, PGlite and PostgreSQL produce the same rows', () => {
    const dialects = TEST_DIALECTS.filter((dialect) => results.has(`${dialect}:duration`));
    for (const query of ['duration', 'volume', 'adherence', 'weight', 'muscle']) {
      const [first, ...others] = dialects.map((dialect) => rounded(results.get(`${dialect}:${query}`) as object[]));
      for (const other of others) expect(other).toEqual(first);
    }
  });
});

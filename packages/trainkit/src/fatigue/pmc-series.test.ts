import { ValidationError, type UserId } from '@trainkit/core';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTrainkit } from '../create-trainkit.js';
import { createUser, insertActivities, openSqliteStorage, trainingHistory } from '../test-support/fatigue-fixtures.js';
import { addLocalDays } from '../time/local-date-time-to-instant.js';
import type { Trainkit } from '../trainkit.js';
import { MAX_PMC_SERIES_DAYS, PmcSeriesSchema } from './pmc-series-schema.js';

// Four weeks from Monday 2024-05-13 (no session crosses local midnight in Europe/Berlin).
const HISTORY = trainingHistory('2024-05-13', 4);

let storage: KyselyStorage;
let trainkit: Trainkit;
let user: UserId;

beforeAll(async () => {
  storage = await openSqliteStorage();
  trainkit = createTrainkit({ storage, clock: () => new Date('2024-06-12T12:00:00Z') });
  await trainkit.seedCatalog();
  user = await createUser(storage, 'athlete', { settings: { timezone: 'Europe/Berlin', hr_max_bpm: 190, hr_rest_bpm: 50 }, birthDate: '1990-04-01', sex: 'female' });
  await insertActivities(storage, user, HISTORY);
});
afterAll(async () => {
  await storage.close();
});

describe('fatigue.pmc', () => {
  it('gives one point per local day equal to the report\'s pmc at the end of that day, with the report\'s provenance', async () => {
    const series = PmcSeriesSchema.parse(await trainkit.fatigue.pmc({ userId: user, from: '2024-05-08', to: '2024-06-12' }));
    expect(series.points).toHaveLength(36);
    expect(series.points[0]!.date).toBe('2024-05-08');
    expect(series.points.at(-1)!.date).toBe('2024-06-12');
    const days = ['2024-05-08', '2024-05-12', '2024-05-13', '2024-05-14', '2024-05-20', '2024-05-31', '2024-06-09', '2024-06-11', '2024-06-12'];
    for (const day of days) {
      const report = await trainkit.fatigue.report({ userId: user, asOf: day, include: { forecast: false, readiness: false, attribution: false } });
      expect(report.as_of_date).toBe(day);
      const point = series.points.find((entry) => entry.date === day)!;
      expect({ date: day, load: report.pmc.load, ctl: report.pmc.ctl, atl: report.pmc.atl, tsb: report.pmc.tsb }).toEqual(point);
      expect(series.provenance.engine).toBe(report.provenance.engine);
      expect(series.provenance.heuristics).toEqual(report.provenance.heuristics);
    }
    const final = await trainkit.fatigue.report({ userId: user, asOf: '2024-06-12' });
    expect(series.points.slice(-final.pmc.days.length)).toEqual(final.pmc.days.map(({ ramp: _ramp, ...day }) => day));
    expect(series.convention).toMatchObject({ tsb: final.pmc.convention.tsb, ctl_days: final.pmc.convention.ctl_days });
    expect(series.provenance.heuristics.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(series.points[0]).toEqual({ date: '2024-05-08', load: 0, ctl: 0, atl: 0, tsb: 0 });
  });

  it('is deterministic, tsb is yesterday\'s ctl − atl, and a shorter range is a slice of a longer one', async () => {
    const whole = await trainkit.fatigue.pmc({ userId: user, from: '2024-05-01', to: '2024-06-20' });
    expect(whole.convention.tsb).toBe('yesterday');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), async (a, b) => {
        const from = addLocalDays('2024-05-01', Math.min(a, b));
        const to = addLocalDays('2024-05-01', Math.max(a, b));
        const series = await trainkit.fatigue.pmc({ userId: user, from, to });
        expect(await trainkit.fatigue.pmc({ userId: user, from, to })).toEqual(series);
        expect(series.points).toHaveLength(Math.abs(a - b) + 1);
        expect(series.points).toEqual(whole.points.slice(Math.min(a, b), Math.max(a, b) + 1));
        series.points.forEach((point, index) => {
          expect(Number.isFinite(point.ctl) && Number.isFinite(point.atl) && Number.isFinite(point.tsb)).toBe(true);
          if (index > 0) {
            const previous = series.points[index - 1]!;
            expect(point.tsb).toBeCloseTo(previous.ctl - previous.atl, 9);
          }
        });
      }),
      { numRuns: 15 },
    );
  });

  it('rejects malformed days, a reversed range and a range over three years with a ValidationError', async () => {
    const bad = [
      { from: '2024-13-01', to: '2024-06-12' },
      { from: '2024-06-01', to: 'yesterday' },
      { from: '2024-06-12', to: '2024-06-11' },
      { from: '2020-01-01', to: addLocalDays('2020-01-01', MAX_PMC_SERIES_DAYS + 1) },
    ];
    for (const range of bad) {
      await expect(trainkit.fatigue.pmc({ userId: user, ...range })).rejects.toBeInstanceOf(ValidationError);
    }
    const longest = await trainkit.fatigue.pmc({ userId: user, from: '2021-06-12', to: addLocalDays('2021-06-12', MAX_PMC_SERIES_DAYS) });
    expect(longest.points).toHaveLength(MAX_PMC_SERIES_DAYS + 1);
  });
});

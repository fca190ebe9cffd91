import { catalogId } from '@trainkit/catalog';
import { NotFoundError, SYSTEMIC_FATIGUE_SCOPE_KEY, type UserFatigueStateRow, type UserId } from '@trainkit/core';
import { computeFatigue } from '@trainkit/fatigue';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTrainkit } from '../create-trainkit.js';
import {
  createUser,
  insertActivities,
  insertRawActivities,
  openSqliteStorage,
  straightSets,
  trainingHistory,
  type FixtureActivity,
} from '../test-support/fatigue-fixtures.js';
import type { Trainkit } from '../trainkit.js';
import { FatigueStateRefreshSchema } from './fatigue-state-refresh-schema.js';
import { FatigueStateRowProvenanceSchema } from './fatigue-state-row-provenance-schema.js';

const T1 = '2024-06-10T06:00:00.000Z'; // Monday morning, after four weeks of training
const T2 = '2024-06-11T06:00:00.000Z';
const T3 = '2024-06-12T06:00:00.000Z';

const HISTORY = trainingHistory('2024-05-13', 4);

/** Arrives after T1: a bench session on Monday evening, and Friday's run synced late from Strava. */
const NEW_DATA: FixtureActivity[] = [
  { id: 'new_bench', activity: 'strength_training', start: '2024-06-10T16:00:00Z', durationSeconds: 2700, sets: straightSets('bench_press', 4, 6, 75, 1) },
  {
    id: 'late_sync',
    activity: 'running',
    start: '2024-06-07T05:00:00Z',
    durationSeconds: 2400,
    avgHr: 150,
    distanceM: 7000,
    createdAt: '2024-06-10T20:00:00.000Z',
    provider: { name: 'strava', runId: 'strava_late' },
  },
];

const opened: KyselyStorage[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((storage) => storage.close()));
});

async function setUp(activities: readonly FixtureActivity[]): Promise<{ storage: KyselyStorage; trainkit: Trainkit; user: UserId }> {
  const storage = await openSqliteStorage();
  opened.push(storage);
  const trainkit = createTrainkit({ storage, clock: () => new Date('2024-06-12T12:00:00Z') });
  await trainkit.seedCatalog();
  const user = await createUser(storage, 'athlete', { settings: { timezone: 'Europe/Berlin', hr_max_bpm: 190, hr_rest_bpm: 50 }, birthDate: '1990-04-01', sex: 'female' });
  await insertActivities(storage, user, activities);
  return { storage, trainkit, user };
}

const key = (row: Pick<UserFatigueStateRow, 'date' | 'scope_key'>) => `${row.date} ${row.scope_key}`;

/** Everything a row says about fatigue, without what names the run that wrote it. */
function content(row: UserFatigueStateRow) {
  const { run: _run, watermark: _watermark, ...provenance } = FatigueStateRowProvenanceSchema.parse(row.provenance_json);
  return {
    date: row.date,
    scope: row.scope,
    scope_key: row.scope_key,
    muscle_id: row.muscle_id,
    fatigue_score: row.fatigue_score,
    acute_load: row.acute_load,
    chronic_load: row.chronic_load,
    provenance,
  };
}

async function storedRows(storage: KyselyStorage, user: UserId): Promise<UserFatigueStateRow[]> {
  return (await storage.fatigueStates.list(user)).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

describe('fatigue.refreshState', () => {
  it('writes after new data exactly the rows a full recompute writes, and only the affected days and muscles', async () => {
    // A: refresh at T1, new data arrives, refresh at T2 (incremental).
    const a = await setUp(HISTORY);
    const first = await a.trainkit.fatigue.refreshState({ userId: a.user, asOf: T1 });
    expect(first).toMatchObject({ full: true, reason: 'no_previous_state', rowsDeleted: 0 });
    // One row per day and scope: 20 catalog muscles + systemic, from the day before the first session to T1's day.
    expect(first.affected.from_date).toBe('2024-05-12');
    expect(first.affected.to_date).toBe('2024-06-10');
    expect(first.daysWritten).toBe(30);
    expect(first.rowsWritten).toBe(30 * 21);
    const beforeNewData = new Map((await storedRows(a.storage, a.user)).map((row) => [key(row), row]));
    await insertActivities(a.storage, a.user, NEW_DATA);
    const second = FatigueStateRefreshSchema.parse(await a.trainkit.fatigue.refreshState({ userId: a.user, asOf: T2 }));

    // B: the same final data, refreshed once at T2 (full).
    const b = await setUp([...HISTORY, ...NEW_DATA]);
    const full = await b.trainkit.fatigue.refreshState({ userId: b.user, asOf: T2 });
    expect(full).toMatchObject({ full: true, reason: 'no_previous_state' });

    // The incremental run: only from the late-synced Friday, only the muscles the new sessions load, plus the new day.
    expect(second).toMatchObject({ full: false, reason: 'new_data', run: full.run, newSessionIds: ['late_sync', 'new_bench'] });
    expect(second.affected).toMatchObject({
      full_rebuild: false,
      from_date: '2024-06-07',
      appended_from_date: '2024-06-11',
      to_date: '2024-06-11',
      systemic_changed: true,
      added_session_ids: ['late_sync', 'new_bench'],
    });
    expect(second.affected.changed_muscles).toContain('quadriceps');
    expect(second.affected.changed_muscles).toContain('chest');
    expect(second.affected.changed_muscles).not.toContain('biceps');
    expect(second.rowsWritten).toBeLessThan(full.rowsWritten);

    // Same rows, same values, same provenance, bit for bit.
    const rowsA = await storedRows(a.storage, a.user);
    const rowsB = await storedRows(b.storage, b.user);
    expect(rowsA.map(content)).toEqual(rowsB.map(content));
    expect(rowsB.every((row) => row.computed_from === full.run)).toBe(true);

    // Rows the incremental run wrote carry its run id; the others were not touched since T1.
    const rewritten = rowsA.filter((row) => row.computed_from === second.run);
    expect(rewritten).toHaveLength(second.rowsWritten);
    expect(new Set(rewritten.map((row) => row.date)).size).toBe(second.daysWritten);
    const changed = new Set(second.affected.changed_muscles.map((slug) => catalogId('muscle', slug)));
    for (const row of rowsA) {
      const wasRewritten = row.computed_from === second.run;
      const expected =
        row.date >= '2024-06-11' || (row.date >= '2024-06-07' && (row.scope_key === SYSTEMIC_FATIGUE_SCOPE_KEY || changed.has(row.scope_key)));
      expect(wasRewritten, key(row)).toBe(expected);
      if (!wasRewritten) expect(row, key(row)).toEqual(beforeNewData.get(key(row)));
    }
    // Biceps (pull-ups, climbing) were untouched by the new data; quadriceps were rewritten from Friday.
    expect(rowsA.find((row) => key(row) === '2024-06-08 mus_biceps')?.computed_from).toBe(first.run);
    expect(rowsA.find((row) => key(row) === '2024-06-07 mus_quadriceps')?.computed_from).toBe(second.run);
    expect(rowsA.find((row) => key(row) === '2024-06-06 mus_quadriceps')?.computed_from).toBe(first.run);
  });

  it('stores the engine values: end-of-day muscle states, CTL and the systemic score', async () => {
    const { storage, trainkit, user } = await setUp(HISTORY);
    await trainkit.fatigue.refreshState({ userId: user, asOf: T1 });
    const rows = await storedRows(storage, user);
    const { input } = await trainkit.fatigue.input({ userId: user, asOf: T1, include: { muscleSeries: true, forecast: false, readiness: false } });
    const report = computeFatigue(input);
    const series = report.muscle_series!;
    for (const [index, date] of series.dates.entries()) {
      const quads = rows.find((row) => row.date === date && row.scope_key === 'mus_quadriceps')!;
      expect(quads.acute_load).toBeCloseTo(series.muscles.quadriceps![index]!, 12);
      expect(quads.fatigue_score).toBeCloseTo(100 * (1 - Math.exp(-series.muscles.quadriceps![index]! / 10)), 10);
      const systemic = rows.find((row) => row.date === date && row.scope_key === SYSTEMIC_FATIGUE_SCOPE_KEY)!;
      expect(systemic.acute_load).toBeCloseTo(series.systemic_acute_lu[index]!, 10);
      const pmcDay = report.pmc.days.find((day) => day.date === date)!;
      expect(systemic.chronic_load).toBeCloseTo(pmcDay.ctl, 10);
      expect(systemic.fatigue_score).toBeCloseTo(100 * (1 - Math.exp(-systemic.acute_load! / Math.max(100, 1.5 * systemic.chronic_load!))), 10);
    }
    // Provenance of a row: the run, the engine, the heuristics, and the sessions that still weigh on it.
    const monday = rows.find((row) => key(row) === '2024-06-03 mus_quadriceps')!;
    const provenance = FatigueStateRowProvenanceSchema.parse(monday.provenance_json);
    expect(provenance).toMatchObject({ run: monday.computed_from, engine: '@trainkit/fatigue@0.1.1', catalog_version: '1.1.0' });
    expect(provenance.heuristics).toEqual(report.provenance.heuristics);
    // Quadriceps on Monday June 3rd: that evening's squats and every session of the 13 days before that loads the
    // quadriceps (10 tau = 13.03 days): squats, runs, climbing and tennis (catalog maps), canonical order.
    expect(provenance.sessions).toEqual([
      'w1_lower', 'w1_easy', 'w1_climb', 'w1_long', 'w1_tennis',
      'w2_lower', 'w2_easy', 'w2_climb', 'w2_long', 'w2_tennis',
      'w3_lower',
    ]);
    // The watermark sits on the systemic row of the last day only.
    const withWatermark = rows.filter((row) => (row.provenance_json as { watermark?: unknown }).watermark !== undefined);
    expect(withWatermark.map(key)).toEqual([`2024-06-10 ${SYSTEMIC_FATIGUE_SCOPE_KEY}`]);
  });

  it('writes nothing when nothing changed, and only the new day when time moves on', async () => {
    const { storage, trainkit, user } = await setUp(HISTORY);
    const first = await trainkit.fatigue.refreshState({ userId: user, asOf: T1 });
    const again = await trainkit.fatigue.refreshState({ userId: user, asOf: '2024-06-10T09:00:00Z' });
    expect(again).toMatchObject({ full: false, reason: 'up_to_date', rowsWritten: 0, daysWritten: 0 });
    const nextDay = await trainkit.fatigue.refreshState({ userId: user, asOf: T2 });
    expect(nextDay).toMatchObject({ full: false, reason: 'new_data', rowsWritten: 21, daysWritten: 1, newSessionIds: [] });
    expect(nextDay.affected).toMatchObject({ from_date: '2024-06-11', appended_from_date: '2024-06-11', added_session_ids: [] });
    const rows = await storedRows(storage, user);
    expect(rows.filter((row) => row.computed_from === first.run)).toHaveLength(first.rowsWritten);
    expect(rows).toHaveLength(first.rowsWritten + 21);
  });

  it('recomputes fully when a known activity is edited or deleted, or the settings change, and drops rows out of range', async () => {
    const { storage, trainkit, user } = await setUp(HISTORY);
    await trainkit.fatigue.refreshState({ userId: user, asOf: T1 });

    await storage.activityInstances.update(user, 'w1_climb' as never, { perceived_difficulty: 9 });
    const edited = await trainkit.fatigue.refreshState({ userId: user, asOf: T1 });
    expect(edited).toMatchObject({ full: true, reason: 'sessions_changed', rowsDeleted: 0 });

    // Deleting the first activity moves the start of the range: the rows before it go.
    await storage.activityInstances.delete(user, 'w0_lower' as never);
    const deleted = await trainkit.fatigue.refreshState({ userId: user, asOf: T1 });
    expect(deleted).toMatchObject({ full: true, reason: 'sessions_changed' });
    expect(deleted.affected.from_date).toBe('2024-05-13');
    expect(deleted.rowsDeleted).toBe(21);
    expect((await storedRows(storage, user))[0]!.date).toBe('2024-05-13');

    await storage.userSettings.patch(user, { hr_max_bpm: 186 }, T1 as never);
    expect(await trainkit.fatigue.refreshState({ userId: user, asOf: T1 })).toMatchObject({ full: true, reason: 'inputs_changed' });

    // Back in time: the days after the new as-of go.
    const back = await trainkit.fatigue.refreshState({ userId: user, asOf: '2024-06-05T06:00:00Z' });
    expect(back).toMatchObject({ full: true, reason: 'as_of_moved_back', rowsDeleted: 5 * 21 });
    expect((await storedRows(storage, user)).at(-1)!.date).toBe('2024-06-05');
  });

  it('matches a fresh full recompute after any sequence of syncs', async () => {
    // Sessions arrive in four batches (a late sync among them), refreshed after each; then compared with one run.
    const batches = [HISTORY.slice(0, 10), HISTORY.slice(10, 17), HISTORY.slice(17), NEW_DATA];
    const asOfs = ['2024-05-27T06:00:00Z', '2024-06-03T06:00:00Z', T1, T3];
    const a = await setUp([]);
    const reasons: string[] = [];
    for (const [index, batch] of batches.entries()) {
      await insertActivities(a.storage, a.user, batch.map((activity) => ({ ...activity, createdAt: asOfs[index] })));
      reasons.push((await a.trainkit.fatigue.refreshState({ userId: a.user, asOf: asOfs[index]! })).reason);
    }
    expect(reasons).toEqual(['no_previous_state', 'new_data', 'new_data', 'new_data']);
    const b = await setUp(HISTORY.concat(NEW_DATA));
    await b.trainkit.fatigue.refreshState({ userId: b.user, asOf: T3 });
    expect((await storedRows(a.storage, a.user)).map(content)).toEqual((await storedRows(b.storage, b.user)).map(content));
  });

  it('skips stored rows the engine cannot read on the incremental path too: the state equals one without them', async () => {
    const { storage, trainkit, user } = await setUp(HISTORY);
    await trainkit.fatigue.refreshState({ userId: user, asOf: T1 });
    // Written by hand: the repositories refuse a 15-day session.
    await insertRawActivities(storage, user, [
      { id: 'endless', activity: 'hiking', start: '2024-06-10T07:00:00Z', durationSeconds: 15 * 86_400, endKnown: false, createdAt: '2024-06-10T08:00:00.000Z' },
    ]);
    const refresh = await trainkit.fatigue.refreshState({ userId: user, asOf: T2 });
    expect(refresh.newSessionIds).not.toContain('endless');
    const fresh = await setUp(HISTORY);
    await fresh.trainkit.fatigue.refreshState({ userId: fresh.user, asOf: T2 });
    expect((await storedRows(storage, user)).map(content)).toEqual((await storedRows(fresh.storage, fresh.user)).map(content));
    const report = await trainkit.fatigue.report({ userId: user, asOf: T2 });
    expect(report.provenance.inputs.skipped).toEqual([
      expect.objectContaining({ table: 'activity_instances', row_id: 'endless', column: 'duration_seconds', rule: 'too_big' }),
    ]);
  });

  it('needs the catalog muscles in storage', async () => {
    const storage = await openSqliteStorage();
    opened.push(storage);
    const trainkit = createTrainkit({ storage });
    const user = await createUser(storage, 'athlete', { settings: { timezone: 'Europe/Berlin' } });
    const error = await trainkit.fatigue.refreshState({ userId: user, asOf: T1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toMatch(/seedCatalog/);
  });
});

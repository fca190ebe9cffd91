/**
 * The facade on PostgreSQL (a fresh database on the test server): the same stored data gives the same report and,
 * through an incremental refresh, the same `user_fatigue_state` rows as on SQLite; goals, their revisions and the
 * plan's recommendations come out the same as on SQLite too.
 */
import type { TrainkitStorage, UserFatigueStateRow, UserId } from '@trainkit/core';
import { createPostgresStorage } from '@trainkit/storage-kysely/postgres';
import { createTestDatabase, type TestDatabase } from '@trainkit/storage-kysely/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTrainkit } from './create-trainkit.js';
import { insertPlannedSession, openPlanScenario, PLAN_USER, type PlanScenario } from './test-support/plan-fixtures.js';
import { createUser, insertActivities, openSqliteStorage, straightSets, trainingHistory, type FixtureActivity } from './test-support/fatigue-fixtures.js';
import type { Trainkit } from './trainkit.js';

const adminUrl = inject('postgresUrl');
const HISTORY = trainingHistory('2024-05-13', 3);
const LATER: FixtureActivity[] = [
  { id: 'late_lift', activity: 'strength_training', start: '2024-06-03T16:00:00Z', durationSeconds: 3000, sets: straightSets('conventional_deadlift', 3, 5, 140, 2) },
];

interface Setup {
  readonly storage: TrainkitStorage;
  readonly trainkit: Trainkit;
  readonly user: UserId;
}

async function scenario(storage: TrainkitStorage): Promise<Setup & { refreshes: string[] }> {
  const trainkit = createTrainkit({ storage, clock: () => new Date('2024-06-05T12:00:00Z') });
  await trainkit.seedCatalog();
  const user = await createUser(storage, 'pg_athlete', { settings: { timezone: 'Europe/Berlin', lthr_bpm: 168 }, birthDate: '1985-09-30', sex: 'male' });
  await insertActivities(storage, user, HISTORY);
  const first = await trainkit.fatigue.refreshState({ userId: user, asOf: '2024-06-02T06:00:00Z' });
  await insertActivities(storage, user, LATER.map((activity) => ({ ...activity, createdAt: '2024-06-04T08:00:00.000Z' })));
  const second = await trainkit.fatigue.refreshState({ userId: user, asOf: '2024-06-04T09:00:00Z' });
  return { storage, trainkit, user, refreshes: [first.reason, second.reason] };
}

function rowContent(rows: readonly UserFatigueStateRow[]) {
  return rows
    .map(({ id: _id, created_at: _created, ...rest }) => rest)
    .sort((a, b) => (`${a.date} ${a.scope_key}` < `${b.date} ${b.scope_key}` ? -1 : 1));
}

describe.skipIf(!adminUrl)('trainkit on PostgreSQL', () => {
  let database: TestDatabase;
  let postgres: Setup & { refreshes: string[] };
  let sqlite: Setup & { refreshes: string[] };

  beforeAll(async () => {
    database = await createTestDatabase(adminUrl!, 'tk_trainkit');
    postgres = await scenario(await createPostgresStorage({ connectionString: database.url, maxConnections: 4, migrate: true }));
    sqlite = await scenario(await openSqliteStorage());
  });

  afterAll(async () => {
    await postgres?.storage.close();
    await sqlite?.storage.close();
    await database?.drop();
  });

  it('refreshes the stored state incrementally, to the same rows as on SQLite', async () => {
    expect(postgres.refreshes).toEqual(['no_previous_state', 'new_data']);
    const rows = await postgres.storage.fatigueStates.list(postgres.user);
    expect(rows.length).toBeGreaterThan(0);
    expect(rowContent(rows)).toEqual(rowContent(await sqlite.storage.fatigueStates.list(sqlite.user)));
  });

  it('computes the same report as on SQLite', async () => {
    const options = { userId: 'pg_athlete', asOf: '2024-06-04T09:00:00Z' } as const;
    const report = await postgres.trainkit.fatigue.report(options);
    expect(report.provenance.sessions.used).toHaveLength(HISTORY.length + LATER.length);
    expect(report.muscles.hamstrings!.value_hse).toBeGreaterThan(0);
    expect(report).toEqual(await sqlite.trainkit.fatigue.report(options));
  });

  it('revises goals and adapts the plan as on SQLite: the same goal history and recommendation sets', async () => {
    const onPostgres = await planScenario(await createPostgresStorage({ connectionString: database.url, maxConnections: 4, migrate: true }));
    const onSqlite = await planScenario(await openSqliteStorage());
    try {
      expect(onPostgres.inserted).toEqual(onSqlite.inserted);
      expect(onPostgres.inserted[1]).toBeGreaterThan(0);
      expect(onPostgres.history).toEqual(onSqlite.history);
      expect(onPostgres.plan).toEqual(onSqlite.plan);
    } finally {
      await onPostgres.scenario.storage.close();
      await onSqlite.scenario.storage.close();
    }
  });
});

/** The plan scenario (history, block, squat goal) with two sessions ahead: recommend, revise the goal, recommend again. */
async function planScenario(storage: PlanScenario['storage']): Promise<{ scenario: PlanScenario; inserted: number[]; history: unknown; plan: unknown }> {
  const scenario = await openPlanScenario(storage);
  const { trainkit, programId, goalKey, clock } = scenario;
  await insertPlannedSession(storage, { id: 'ps_thu', date: '2024-06-13', programId, exercises: [['back_squat', 5, 5, 100], ['pull_up', 4, 6, null]] });
  await insertPlannedSession(storage, { id: 'ps_sat', date: '2024-06-15', programId, exercises: [['bench_press', 4, 8, 70]] });
  const range = { userId: PLAN_USER, from: '2024-06-12', to: '2024-06-30' } as const;
  const first = await trainkit.plan.recommend(range);
  clock.now = '2024-06-12T08:00:00.000Z';
  await trainkit.goals.revise({ userId: PLAN_USER, goalKey, basedOnRevision: 1, target: { type: 'one_rep_max', movement_id: 'back_squat', load_kg: 130 }, effectiveFrom: clock.now });
  const second = await trainkit.plan.recommend(range);
  const history = await trainkit.goals.history({ userId: PLAN_USER, goalKey, asKnownOn: '2024-06-12T07:00:00.000Z' });
  return { scenario, inserted: [first.inserted, second.inserted], history, plan: await trainkit.plan.list({ ...range, includeHistory: true }) };
}

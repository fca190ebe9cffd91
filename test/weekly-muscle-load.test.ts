/**
 * Weekly muscle load across planned and performed activities (the design brief's step 6), end to end: the catalog
 * seeded by the facade, a plan with prescribed exercises and performed sessions written through the repositories,
 * then `storage.analytics.weeklyMuscleLoad` on SQLite, PGlite and PostgreSQL, checked against numbers worked out
 * here from the catalog's own muscle maps with the documented formulas (`WeeklyMuscleLoadRowSchema`):
 *
 * - performed_sets = Σ over working (non-warm-up) strength sets of the movement's muscle magnitude;
 * - planned_sets = Σ over prescribed exercises of COALESCE(sets, 1) × magnitude;
 * - performed_duration_seconds = Σ over activities with a definition of
 *   COALESCE(duration_seconds, performed_end − performed_start, 0) × the activity's muscle magnitude;
 * - planned_duration_seconds = Σ over planned sessions with a definition of COALESCE(planned_duration_seconds, 0) ×
 *   magnitude; cancelled sessions excluded; performed rows by `local_date`, planned by `scheduled_date`.
 */
import { ACTIVITY_DEFINITIONS, catalogId, MOVEMENTS } from '@trainkit/catalog';
import {
  localDayOf,
  utcOffsetMinutesAt,
  WeeklyMuscleLoadRowSchema,
  type ActivityInstanceInsert,
  type ActivityStrengthSetInsert,
  type PlannedSessionExerciseInsert,
  type PlannedSessionInsert,
  type StorageDialect,
  type TrainkitStorage,
  type UserId,
  type WeeklyMuscleLoadRow,
} from '@trainkit/core';
import { createPgliteStorage } from '@trainkit/storage-kysely/pglite';
import { createPostgresStorage } from '@trainkit/storage-kysely/postgres';
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import { createTestDatabase, type TestDatabase } from '@trainkit/storage-kysely/testing';
import { createTrainkit } from 'trainkit';
import { afterAll, describe, expect, inject, it } from 'vitest';

const postgresUrl = inject('postgresUrl');
const USER = 'wml_athlete' as UserId;
const OTHER = 'wml_other' as UserId;
const ZONE = 'Europe/Berlin';
const CREATED = '2025-03-01T00:00:00.000Z';
const RANGE = { from: '2025-03-03', to: '2025-03-16' };

const act = (slug: string) => catalogId('activityDefinition', slug);
const mov = (slug: string) => catalogId('movement', slug);

const PLANNED: PlannedSessionInsert[] = [
  { id: 'wml_p1', user_id: USER, scheduled_date: '2025-03-04', title: 'Lower A', activity_definition_id: act('strength_training'), planned_duration_seconds: 3600, created_at: CREATED, updated_at: CREATED },
  { id: 'wml_p2', user_id: USER, scheduled_date: '2025-03-06', title: 'Easy run', activity_definition_id: act('running'), planned_duration_seconds: 2700, status: 'completed', created_at: CREATED, updated_at: CREATED },
  { id: 'wml_p3', user_id: USER, scheduled_date: '2025-03-08', title: 'Tennis (rained off)', activity_definition_id: act('tennis'), planned_duration_seconds: 5400, status: 'cancelled', created_at: CREATED, updated_at: CREATED },
  { id: 'wml_p4', user_id: USER, scheduled_date: '2025-03-11', title: 'Upper A', activity_definition_id: act('strength_training'), planned_duration_seconds: null, created_at: CREATED, updated_at: CREATED },
  { id: 'wml_p5', user_id: USER, scheduled_date: '2025-03-16', title: 'Long run', activity_definition_id: act('running'), planned_duration_seconds: 5400, status: 'skipped', created_at: CREATED, updated_at: CREATED },
  { id: 'wml_p6', user_id: USER, scheduled_date: '2025-03-13', title: 'Mobility, no definition', created_at: CREATED, updated_at: CREATED },
] as PlannedSessionInsert[];

const EXERCISES: PlannedSessionExerciseInsert[] = [
  { id: 'wml_e1', user_id: USER, planned_session_id: 'wml_p1', movement_id: mov('back_squat'), order_index: 0, sets: 5, reps: 5 },
  { id: 'wml_e2', user_id: USER, planned_session_id: 'wml_p1', movement_id: mov('romanian_deadlift'), order_index: 1, sets: null, reps: 8 },
  { id: 'wml_e3', user_id: USER, planned_session_id: 'wml_p3', movement_id: mov('plank'), order_index: 0, sets: 3 },
  { id: 'wml_e4', user_id: USER, planned_session_id: 'wml_p4', movement_id: mov('bench_press'), order_index: 0, sets: 4, reps: 6 },
  { id: 'wml_e5', user_id: USER, planned_session_id: 'wml_p6', movement_id: mov('pull_up'), order_index: 0, sets: 2, reps: 5 },
] as PlannedSessionExerciseInsert[];

function activity(
  id: string,
  userId: UserId,
  definition: string | null,
  start: string,
  fields: { durationSeconds?: number | null; endAfterSeconds?: number | null; plannedSessionId?: string },
): ActivityInstanceInsert {
  return {
    id,
    user_id: userId,
    source: 'manual',
    planned_session_id: fields.plannedSessionId ?? null,
    activity_definition_id: definition === null ? null : act(definition),
    performed_start: start,
    performed_end: fields.endAfterSeconds == null ? null : new Date(Date.parse(start) + fields.endAfterSeconds * 1000).toISOString(),
    timezone: ZONE,
    utc_offset_minutes: utcOffsetMinutesAt(start, ZONE),
    local_date: localDayOf(start, { timeZone: ZONE }),
    duration_seconds: fields.durationSeconds ?? null,
    created_at: CREATED,
    updated_at: CREATED,
  } as ActivityInstanceInsert;
}

const ACTIVITIES: ActivityInstanceInsert[] = [
  activity('wml_a1', USER, 'strength_training', '2025-03-04T17:00:00.000Z', { durationSeconds: 3500, endAfterSeconds: 3600 }),
  // No duration: end - start (fractional seconds) counts.
  activity('wml_a2', USER, 'running', '2025-03-06T06:00:00.000Z', { durationSeconds: null, endAfterSeconds: 2730.5, plannedSessionId: 'wml_p2' }),
  // 00:30 on Monday March 10th in Berlin is still Sunday in UTC: the local day puts it in the second week.
  activity('wml_a3', USER, 'climbing', '2025-03-09T23:30:00.000Z', { durationSeconds: 5400 }),
  // Neither duration nor end: counts 0 seconds, but its week still exists through the sets below.
  activity('wml_a4', USER, null, '2025-03-12T17:00:00.000Z', {}),
  // Outside the range, and another user's session in range: neither counts.
  activity('wml_a5', USER, 'running', '2025-03-17T06:00:00.000Z', { durationSeconds: 1800 }),
  activity('wml_o1', OTHER, 'running', '2025-03-05T06:00:00.000Z', { durationSeconds: 3600 }),
];

function sets(activityId: string, userId: UserId, movements: readonly (readonly [string, boolean])[]): ActivityStrengthSetInsert[] {
  return movements.map(([movement, warmup], index) => ({
    id: `${activityId}_s${index}`,
    user_id: userId,
    activity_instance_id: activityId,
    movement_id: mov(movement),
    set_index: index,
    reps: 5,
    load_kg: 60,
    is_warmup: warmup,
  })) as ActivityStrengthSetInsert[];
}

const SETS: ActivityStrengthSetInsert[] = [
  ...sets('wml_a1', USER, [
    ['back_squat', true],
    ['back_squat', false],
    ['back_squat', false],
    ['back_squat', false],
    ['back_squat', false],
    ['romanian_deadlift', false],
    ['romanian_deadlift', false],
  ]),
  ...sets('wml_a4', USER, [
    ['pull_up', false],
    ['pull_up', false],
    ['pull_up', false],
  ]),
  ...sets('wml_o1', OTHER, [['back_squat', false]]),
];

/** The expected rows, worked out from the catalog's maps (not from storage). */
function expectedRows(): WeeklyMuscleLoadRow[] {
  const rows = new Map<string, WeeklyMuscleLoadRow>();
  const add = (week: string, muscle: string, field: 'planned_sets' | 'performed_sets' | 'planned_duration_seconds' | 'performed_duration_seconds', amount: number) => {
    const muscleId = catalogId('muscle', muscle);
    const key = `${week} ${muscleId}`;
    const row = rows.get(key) ?? { week_start: week, muscle_id: muscleId, planned_sets: 0, performed_sets: 0, planned_duration_seconds: 0, performed_duration_seconds: 0 };
    row[field] += amount;
    rows.set(key, row as WeeklyMuscleLoadRow);
  };
  const movement = (slug: string) => MOVEMENTS.find((entry) => entry.slug === slug)!.muscles;
  const activityMap = (slug: string) => ACTIVITY_DEFINITIONS.find((entry) => entry.slug === slug)!.muscles;
  const week1 = '2025-03-03';
  const week2 = '2025-03-10';
  // Planned: P1 (5 squat sets, 1 RDL set by default, 3600 s of strength training), P2 (2700 s running), P3 cancelled,
  // P4 (4 bench sets, no duration), P5 skipped but planned (5400 s running), P6 (2 pull-up sets, no definition).
  for (const { muscle, magnitude } of movement('back_squat')) add(week1, muscle, 'planned_sets', 5 * magnitude);
  for (const { muscle, magnitude } of movement('romanian_deadlift')) add(week1, muscle, 'planned_sets', 1 * magnitude);
  for (const { muscle, magnitude } of activityMap('strength_training')) add(week1, muscle, 'planned_duration_seconds', 3600 * magnitude);
  for (const { muscle, magnitude } of activityMap('running')) add(week1, muscle, 'planned_duration_seconds', 2700 * magnitude);
  for (const { muscle, magnitude } of movement('bench_press')) add(week2, muscle, 'planned_sets', 4 * magnitude);
  for (const { muscle, magnitude } of activityMap('running')) add(week2, muscle, 'planned_duration_seconds', 5400 * magnitude);
  for (const { muscle, magnitude } of movement('pull_up')) add(week2, muscle, 'planned_sets', 2 * magnitude);
  // Performed: A1 (4 working squat sets, 2 RDL sets, 3500 s), A2 (2730.5 s), A3 (5400 s climbing, week 2),
  // A4 (3 pull-up sets, no definition, no duration).
  for (const { muscle, magnitude } of movement('back_squat')) add(week1, muscle, 'performed_sets', 4 * magnitude);
  for (const { muscle, magnitude } of movement('romanian_deadlift')) add(week1, muscle, 'performed_sets', 2 * magnitude);
  for (const { muscle, magnitude } of activityMap('strength_training')) add(week1, muscle, 'performed_duration_seconds', 3500 * magnitude);
  for (const { muscle, magnitude } of activityMap('running')) add(week1, muscle, 'performed_duration_seconds', 2730.5 * magnitude);
  for (const { muscle, magnitude } of activityMap('climbing')) add(week2, muscle, 'performed_duration_seconds', 5400 * magnitude);
  for (const { muscle, magnitude } of movement('pull_up')) add(week2, muscle, 'performed_sets', 3 * magnitude);
  return [...rows.values()]
    .filter((row) => row.planned_sets > 0 || row.performed_sets > 0 || row.planned_duration_seconds > 0 || row.performed_duration_seconds > 0)
    .sort((a, b) => (a.week_start !== b.week_start ? (a.week_start < b.week_start ? -1 : 1) : a.muscle_id < b.muscle_id ? -1 : 1));
}

async function seed(storage: TrainkitStorage): Promise<void> {
  await createTrainkit({ storage }).seedCatalog();
  await storage.users.insert({ id: USER, created_at: CREATED });
  await storage.users.insert({ id: OTHER, created_at: CREATED });
  await storage.plannedSessions.insertMany(PLANNED);
  await storage.plannedSessionExercises.insertMany(EXERCISES);
  await storage.activityInstances.insertMany(ACTIVITIES);
  await storage.activityStrengthSets.insertMany(SETS);
}

async function open(dialect: StorageDialect): Promise<{ storage: TrainkitStorage; database?: TestDatabase }> {
  if (dialect === 'postgres') {
    const database = await createTestDatabase(postgresUrl!, 'tk_weekly_muscle_load');
    return { storage: await createPostgresStorage({ connectionString: database.url, maxConnections: 2, migrate: true }), database };
  }
  if (dialect === 'pglite') return { storage: await createPgliteStorage({ migrate: true }) };
  return { storage: await createSqliteStorage({ path: ':memory:', migrate: true }) };
}

const results = new Map<StorageDialect, WeeklyMuscleLoadRow[]>();
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

const DIALECTS: readonly StorageDialect[] = ['sqlite', 'pglite', 'postgres'];

describe.each(DIALECTS)('weekly muscle load on %s', (dialect) => {
  it.skipIf(dialect === 'postgres' && !postgresUrl)('sums planned and performed load per ISO week and muscle through the catalog maps', async () => {
    const { storage, database } = await open(dialect);
    cleanups.push(async () => {
      await storage.close();
      await database?.drop();
    });
    await seed(storage);
    const rows = await storage.analytics.weeklyMuscleLoad(USER, RANGE);
    for (const row of rows) WeeklyMuscleLoadRowSchema.parse(row);
    const expected = expectedRows();
    expect(rows.map((row) => `${row.week_start} ${row.muscle_id}`)).toEqual(expected.map((row) => `${row.week_start} ${row.muscle_id}`));
    rows.forEach((row, index) => {
      const want = expected[index]!;
      for (const field of ['planned_sets', 'performed_sets', 'planned_duration_seconds', 'performed_duration_seconds'] as const) {
        expect(row[field], `${row.week_start} ${row.muscle_id} ${field}`).toBeCloseTo(want[field], 9);
      }
    });
    // A few by hand: quadriceps in week 1 (back squat primary 1.0, RDL none; running 0.9, strength training 0.5).
    const quads = rows.find((row) => row.week_start === '2025-03-03' && row.muscle_id === 'mus_quadriceps')!;
    expect(quads.planned_sets).toBeCloseTo(5 * 1, 12);
    expect(quads.performed_sets).toBeCloseTo(4 * 1, 12);
    expect(quads.planned_duration_seconds).toBeCloseTo(3600 * 0.5 + 2700 * 0.9, 9);
    expect(quads.performed_duration_seconds).toBeCloseTo(3500 * 0.5 + 2730.5 * 0.9, 9);
    // Monday's after-midnight climbing counts for the second week (its UTC date is still Sunday).
    const forearms = rows.find((row) => row.week_start === '2025-03-10' && row.muscle_id === 'mus_forearms')!;
    expect(forearms.performed_duration_seconds).toBeCloseTo(5400 * 1, 9);
    // The cancelled tennis (and its prescribed planks) never count: obliques only through the strength map, if at all.
    const obliques = rows.find((row) => row.week_start === '2025-03-03' && row.muscle_id === 'mus_obliques');
    const strengthObliques = ACTIVITY_DEFINITIONS.find((entry) => entry.slug === 'strength_training')!.muscles.find((entry) => entry.muscle === 'obliques');
    expect(obliques?.planned_duration_seconds ?? 0).toBeCloseTo(3600 * (strengthObliques?.magnitude ?? 0), 9);
    // Weeks can start on Sunday: Sunday March 16th opens a third week holding only the skipped long run.
    const sundays = await storage.analytics.weeklyMuscleLoad(USER, { ...RANGE, weekStart: 'sunday' });
    expect([...new Set(sundays.map((row) => row.week_start))]).toEqual(['2025-03-02', '2025-03-09', '2025-03-16']);
    expect(sundays.filter((row) => row.week_start === '2025-03-16').every((row) => row.planned_sets === 0 && row.performed_duration_seconds === 0)).toBe(true);
    results.set(dialect, rows);
  });
});

describe('weekly muscle load across dialects', () => {
  it('is identical on every dialect that ran', () => {
    const [first, ...others] = [...results.values()];
    expect(first).toBeDefined();
    for (const rows of others) expect(rows).toEqual(first);
  });
});

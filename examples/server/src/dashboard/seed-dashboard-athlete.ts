import { readFileSync } from 'node:fs';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import type { Trainkit } from 'trainkit';
import { stravaActivitiesPage } from '../test-server.js';

/** The instant the seeded athlete's data is seen from: a Thursday, so the planned week has past and coming days. */
export const DASHBOARD_AS_OF = '2024-06-20T12:00:00Z';
/** Monday of the planned week (Europe/Berlin) around {@link DASHBOARD_AS_OF}. */
export const DASHBOARD_WEEK_START = '2024-06-17';
/** Last day of the planned week. */
export const DASHBOARD_WEEK_END = '2024-06-23';
/** The athlete's zone. */
export const DASHBOARD_TIME_ZONE = 'Europe/Berlin';

const FIT_FIXTURES = new URL('../../../../packages/providers/src/garmin/fixtures/', import.meta.url);

/** A FIT fixture of the providers' package, by file name (`run.fit`, `strength.fit`, ...). */
export function garminFitFixture(name: string): URL {
  return new URL(name, FIT_FIXTURES);
}

/** The seeded athlete: its user id and a bearer token for its `/me` API. */
export interface SeededAthlete {
  readonly userId: string;
  readonly token: string;
}

/** What {@link seedDashboardAthlete} needs: the HTTP server to seed through and the facade for goals and plans. */
export interface SeedDashboardAthleteOptions {
  readonly baseUrl: string;
  readonly adminToken: string;
  readonly userId: string;
  /** The facade the server uses (goals, planned sessions and recommendations have no HTTP routes). */
  readonly trainkit: Trainkit;
  readonly storage: KyselyStorage;
}

// Three runs and two strength sessions a week from thirteen weeks before the as-of week up to the as-of instant, so
// the PMC has the 84 days of history the planner needs to judge form, and the as-of Thursday finds the legs (Tuesday)
// and the upper body (Wednesday) still fatigued. The sets cover the upper body, trunk and legs.
const WEEKS = 14;
const FIRST_MONDAY = '2024-03-18';
const STRENGTH_DAYS = [
  {
    weekday: 1,
    sets: [
      ...repeat(4, { movement: 'back_squat', reps: 5, loadKg: 100, rpe: 8 }),
      ...repeat(3, { movement: 'romanian_deadlift', reps: 8, loadKg: 80, rpe: 7 }),
      ...repeat(3, { movement: 'barbell_hip_thrust', reps: 10, loadKg: 90, rpe: 7 }),
      ...repeat(3, { movement: 'hip_abduction_machine', reps: 15, loadKg: 40, rpe: 7 }),
      ...repeat(3, { movement: 'standing_calf_raise', reps: 12, loadKg: 60, rpe: 8 }),
      ...repeat(2, { movement: 'tibialis_raise', reps: 20, rpe: 6 }),
      ...repeat(3, { movement: 'hanging_leg_raise', reps: 10, rpe: 7 }),
    ],
  },
  {
    weekday: 2,
    sets: [
      ...repeat(4, { movement: 'bench_press', reps: 6, loadKg: 75, rpe: 8 }),
      ...repeat(3, { movement: 'pull_up', reps: 8, rpe: 8 }),
      ...repeat(3, { movement: 'barbell_row', reps: 8, loadKg: 60, rpe: 7 }),
      ...repeat(3, { movement: 'overhead_press', reps: 8, loadKg: 45, rpe: 8 }),
      ...repeat(3, { movement: 'barbell_shrug', reps: 12, loadKg: 90, rpe: 7 }),
      ...repeat(2, { movement: 'barbell_curl', reps: 10, loadKg: 30, rpe: 8 }),
      ...repeat(2, { movement: 'cable_triceps_pushdown', reps: 12, loadKg: 25, rpe: 8 }),
      ...repeat(2, { movement: 'russian_twist', reps: 20, rpe: 6 }),
      ...repeat(2, { movement: 'back_extension', reps: 12, rpe: 6 }),
    ],
  },
] as const;
const RUN_DAYS = [
  { weekday: 0, durationSeconds: 2700, distanceM: 8000, avgHeartRateBpm: 142 },
  { weekday: 2, durationSeconds: 2400, distanceM: 6500, avgHeartRateBpm: 158 },
  { weekday: 5, durationSeconds: 4800, distanceM: 15_000, avgHeartRateBpm: 138 },
] as const;

/**
 * Seeds a realistic athlete through the server's API and the facade: fourteen weeks of manual runs and strength sessions
 * (`POST /me/logs`), the Strava activities fixture (`POST /me/ingest/strava/activities`), Garmin's `run.fit` of the
 * same trail run (`POST /me/imports`, merged into Strava's activity), a block goal, and planned sessions for the week
 * of {@link DASHBOARD_AS_OF} with recommendations (`trainkit.plan.recommend`). Test support for the dashboard's tests.
 *
 * @example
 * ```ts
 * const athlete = await seedDashboardAthlete({ baseUrl, adminToken: ADMIN_TOKEN, userId: 'athlete_1', trainkit, storage });
 * await fetch(`${baseUrl}/me/pmc?from=2024-05-01&to=2024-06-20`, { headers: { authorization: `Bearer ${athlete.token}` } });
 * ```
 */
export async function seedDashboardAthlete(options: SeedDashboardAthleteOptions): Promise<SeededAthlete> {
  const { baseUrl, adminToken, userId, trainkit, storage } = options;
  await call(baseUrl, 'POST', '/users', adminToken, { id: userId, timeZone: DASHBOARD_TIME_ZONE, displayName: 'Dashboard athlete' });
  const { token } = (await call(baseUrl, 'POST', `/users/${userId}/tokens`, adminToken)) as { token: string };

  for (let week = 0; week < WEEKS; week += 1) {
    for (const run of RUN_DAYS) {
      const start = `${addDays(FIRST_MONDAY, week * 7 + run.weekday)}T05:30:00Z`;
      if (start >= DASHBOARD_AS_OF) continue;
      await call(baseUrl, 'POST', '/me/logs', token, {
        kind: 'cardio',
        entry: { activity: 'running', start, timeZone: DASHBOARD_TIME_ZONE, durationSeconds: run.durationSeconds, distanceM: run.distanceM, avgHeartRateBpm: run.avgHeartRateBpm, rpe: 6 },
      });
    }
    for (const strength of STRENGTH_DAYS) {
      const start = `${addDays(FIRST_MONDAY, week * 7 + strength.weekday)}T17:30:00Z`;
      if (start >= DASHBOARD_AS_OF) continue;
      await call(baseUrl, 'POST', '/me/logs', token, {
        kind: 'strength',
        entry: { start, timeZone: DASHBOARD_TIME_ZONE, durationSeconds: 4200, rpe: 8, sets: strength.sets },
      });
    }
  }
  await call(baseUrl, 'POST', '/me/ingest/strava/activities', token, JSON.parse(stravaActivitiesPage()) as unknown);
  const fit = readFileSync(garminFitFixture('run.fit'));
  await call(baseUrl, 'POST', '/me/imports?filename=run.fit', token, fit);

  const cycle = await trainkit.goals.createCycle({ userId, name: '2024/25 season', startDate: '2024-04-22', endDate: '2025-04-20' });
  const block = await trainkit.goals.createBlock({ userId, macroCycleId: cycle.id, name: 'Summer base', startDate: '2024-04-22', endDate: '2024-07-14' });
  await trainkit.goals.create({
    userId, goalKey: 'squat', title: 'Squat 120 kg', goalType: 'strength', horizon: 'block', programId: block.id,
    target: { type: 'one_rep_max', movement_id: 'back_squat', load_kg: 120 }, effectiveFrom: '2024-04-22',
  });
  await insertPlannedWeek(storage, userId, block.id);
  await trainkit.plan.recommend({ userId, from: DASHBOARD_WEEK_START, to: DASHBOARD_WEEK_END, asOf: DASHBOARD_AS_OF });
  return { userId, token };
}

/** Four sessions Monday to Sunday: one already past, three from the as-of day on (those get recommendations). */
async function insertPlannedWeek(storage: KyselyStorage, userId: string, programId: string): Promise<void> {
  const createdAt = '2024-06-16T18:00:00.000Z';
  const sessions = [
    { id: `${userId}_ps_mon`, day: DASHBOARD_WEEK_START, title: 'Easy run', activity: 'act_running', duration: 2700, rpe: 4, exercises: [] },
    {
      id: `${userId}_ps_thu`, day: '2024-06-20', title: 'Lower body strength', activity: 'act_strength_training', duration: 3600, rpe: 8,
      exercises: [
        { movement: 'mov_back_squat', sets: 5, reps: 5, load: 105 },
        { movement: 'mov_romanian_deadlift', sets: 3, reps: 8, load: 85 },
        { movement: 'mov_standing_calf_raise', sets: 3, reps: 12, load: 60 },
      ],
    },
    { id: `${userId}_ps_sat`, day: '2024-06-22', title: 'Long run', activity: 'act_running', duration: 5400, rpe: 6, exercises: [] },
    {
      id: `${userId}_ps_sun`, day: DASHBOARD_WEEK_END, title: 'Upper body strength', activity: 'act_strength_training', duration: 3600, rpe: 7,
      exercises: [
        { movement: 'mov_bench_press', sets: 4, reps: 6, load: 77.5 },
        { movement: 'mov_pull_up', sets: 4, reps: 8, load: null },
        { movement: 'mov_overhead_press', sets: 3, reps: 8, load: 45 },
      ],
    },
  ];
  for (const session of sessions) {
    await storage.plannedSessions.insert({
      id: session.id, user_id: userId, program_id: programId, scheduled_date: session.day, title: session.title,
      activity_definition_id: session.activity, planned_duration_seconds: session.duration, planned_rpe: session.rpe,
      created_at: createdAt, updated_at: createdAt,
    });
    if (session.exercises.length === 0) continue;
    await storage.plannedSessionExercises.insertMany(session.exercises.map((exercise, index) => ({
      id: `${session.id}_${index + 1}`, user_id: userId, planned_session_id: session.id, movement_id: exercise.movement,
      order_index: index, sets: exercise.sets, reps: exercise.reps, load_kg: exercise.load,
    })));
  }
}

async function call(baseUrl: string, method: string, path: string, token: string, body?: unknown): Promise<unknown> {
  const isBytes = body instanceof Uint8Array;
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': isBytes ? 'application/octet-stream' : 'application/json' }) },
    ...(body === undefined ? {} : { body: isBytes ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as unknown;
}

function repeat<T>(times: number, value: T): T[] {
  return Array.from({ length: times }, () => value);
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

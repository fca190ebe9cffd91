/**
 * Test-only helpers of `trainkit.plan` (not published): a SQLite facade with a seeded catalog, an athlete with
 * ingested and manual activities, a macro cycle with a 12-week block and a goal, and planned sessions written
 * through the repositories.
 */
import { catalogId } from '@trainkit/catalog';
import type {
  MovementId,
  PlannedSessionExerciseId,
  PlannedSessionId,
  ProgramId,
  TrainkitStorage,
  UserId,
} from '@trainkit/core';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { createTrainkit } from '../create-trainkit.js';
import type { Trainkit } from '../trainkit.js';
import { openSqliteStorage } from './fatigue-fixtures.js';

export const PLAN_USER = 'athlete_1' as UserId;
/** 08:00 in Berlin on Wednesday 2024-06-12. */
export const PLAN_NOW = '2024-06-12T06:00:00.000Z';

/** A movable clock and sequential ids. */
export interface PlanScenario {
  readonly storage: KyselyStorage;
  readonly trainkit: Trainkit;
  readonly clock: { now: string };
  readonly programId: ProgramId;
  readonly goalKey: string;
  readonly runIds: readonly string[];
}

const stravaRun = {
  resource_state: 2,
  id: 9001,
  name: 'Easy run',
  sport_type: 'Run',
  start_date: '2024-06-10T05:00:00Z',
  start_date_local: '2024-06-10T07:00:00Z',
  timezone: '(GMT+01:00) Europe/Berlin',
  utc_offset: 7200,
  elapsed_time: 3000,
  moving_time: 2950,
  distance: 8_000,
  average_heartrate: 141,
  max_heartrate: 160,
};

/** `[movement slug, sets, reps, load kg]`. */
export type PlannedExerciseSpec = readonly [string, number, number, number | null];

/** Inserts a planned session (strength training unless told) with its exercises; returns its id. */
export async function insertPlannedSession(
  storage: TrainkitStorage,
  options: {
    readonly id: string;
    readonly date: string;
    readonly exercises?: readonly PlannedExerciseSpec[];
    readonly programId?: string | null;
    readonly activity?: string;
    readonly title?: string;
  },
): Promise<PlannedSessionId> {
  const id = options.id as PlannedSessionId;
  const activity = options.activity ?? 'strength_training';
  await storage.plannedSessions.insert({
    id,
    user_id: PLAN_USER,
    program_id: (options.programId ?? null) as ProgramId | null,
    scheduled_date: options.date,
    discipline_id: null,
    activity_definition_id: catalogId('activityDefinition', activity),
    title: options.title ?? `Session ${options.id}`,
    planned_duration_seconds: 3600,
    planned_rpe: 7,
    created_at: '2024-06-01T00:00:00.000Z',
    updated_at: '2024-06-01T00:00:00.000Z',
  } as never);
  const exercises = options.exercises ?? [];
  if (exercises.length > 0) {
    await storage.plannedSessionExercises.insertMany(
      exercises.map(([slug, sets, reps, load], index) => ({
        id: `${options.id}_e${index}` as PlannedSessionExerciseId,
        user_id: PLAN_USER,
        planned_session_id: id,
        movement_id: catalogId('movement', slug) as MovementId,
        order_index: index,
        sets,
        reps,
        load_kg: load,
        rir: 2,
      })),
    );
  }
  return id;
}

/**
 * A fresh facade with the athlete's history, a block and a squat goal (revision 1), on `storage` (a migrated, empty
 * storage; default in-memory SQLite).
 */
export async function openPlanScenario(storage?: PlanScenario['storage']): Promise<PlanScenario> {
  storage ??= await openSqliteStorage();
  const clock = { now: PLAN_NOW };
  let next = 0;
  const trainkit = createTrainkit({ storage, clock: () => new Date(clock.now), ids: () => `id_${String(++next).padStart(6, '0')}` });
  await trainkit.seedCatalog();
  await trainkit.users.create({ id: PLAN_USER, timeZone: 'Europe/Berlin' });
  const run = await trainkit.ingest.ingestPayload({ userId: PLAN_USER, provider: 'strava', resource: 'activities', payload: [stravaRun] });
  await trainkit.log.strength({
    userId: PLAN_USER,
    start: '2024-06-11T16:00:00Z',
    durationSeconds: 3600,
    timeZone: 'Europe/Berlin',
    sets: Array.from({ length: 6 }, () => ({ movement: 'back_squat', reps: 5, loadKg: 110, rir: 1 })),
  });
  const cycle = await trainkit.goals.createCycle({ userId: PLAN_USER, name: '2024/25', startDate: '2024-06-03', endDate: '2025-06-01' });
  const block = await trainkit.goals.createBlock({ userId: PLAN_USER, macroCycleId: cycle.id, name: 'Base', startDate: '2024-06-03', endDate: '2024-08-25' });
  const goal = await trainkit.goals.create({
    userId: PLAN_USER,
    title: 'Back squat 140 kg',
    goalType: 'strength',
    horizon: 'block',
    programId: block.id,
    target: { type: 'one_rep_max', movement_id: catalogId('movement', 'back_squat'), load_kg: 140 },
    effectiveFrom: '2024-06-03',
  });
  return { storage, trainkit, clock, programId: block.id as ProgramId, goalKey: goal.goal.goal_key, runIds: [run.run.id] };
}

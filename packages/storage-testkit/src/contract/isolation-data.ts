import { localDayOf, utcOffsetMinutesAt, type TableRow } from '@trainkit/core';
import fc from 'fast-check';
import { fixtureRows } from '../fixtures/fixture-rows.js';

/** Activity types of raw records; shared by all users so leaked rows change the counts. */
export const RAW_ACTIVITY_TYPES = ['Run', 'Ride', 'WeightTraining', 'Yoga', 'Hike'] as const;

const START_MS = Date.UTC(2024, 0, 1);
const END_MS = Date.UTC(2024, 2, 1) - 1;
const DAY_MS = 86_400_000;

const instantMs = fc.integer({ min: START_MS, max: END_MS });

const setSpec = fc.record({
  movement: fc.constantFrom('back_squat', 'pull_up', 'front_squat'),
  reps: fc.integer({ min: 0, max: 20 }),
  loadKg: fc.option(fc.integer({ min: 0, max: 4000 }).map((quarterKg) => quarterKg / 4), { nil: null }),
  warmup: fc.boolean(),
});

const activitySpec = fc.record({
  startMs: instantMs,
  durationSeconds: fc.option(fc.integer({ min: 1000, max: 14_400_000 }).map((ms) => ms / 1000), { nil: null }),
  discipline: fc.constantFrom('powerlifting', 'running', null),
  timeZone: fc.constantFrom('Europe/Berlin', 'America/New_York', 'Asia/Kolkata', null),
  fixedOffset: fc.constantFrom(-300, 0, 60, 330),
  plannedIndex: fc.option(fc.nat({ max: 3 }), { nil: null }),
  sets: fc.array(setSpec, { maxLength: 3 }),
});

const userSpec = fc.record({
  plannedSessions: fc.array(
    fc.record({ dayOffset: fc.nat({ max: 59 }), status: fc.constantFrom('planned', 'completed', 'skipped') }),
    { maxLength: 3 },
  ),
  activities: fc.array(activitySpec, { maxLength: 4 }),
  weights: fc.array(fc.record({ dayOffset: fc.nat({ max: 59 }), grams: fc.integer({ min: 45_000, max: 120_000 }) }), { maxLength: 3 }),
  signals: fc.array(
    fc.record({
      ms: instantMs,
      type: fc.constantFrom('hrv_rmssd_ms', 'resting_hr_bpm', 'soreness'),
      value: fc.integer({ min: 200, max: 2000 }).map((tenths) => tenths / 10),
    }),
    { maxLength: 3 },
  ),
  rawRecords: fc.array(fc.record({ type: fc.constantFrom(...RAW_ACTIVITY_TYPES), ms: instantMs }), { maxLength: 3 }),
  failures: fc.array(fc.constantFrom('invalid_json', 'missing_field', 'out_of_range'), { maxLength: 3 }),
  dailyTotals: fc.uniqueArray(
    fc.record({ dayOffset: fc.nat({ max: 59 }), metric: fc.constantFrom('steps', 'active_energy_kcal'), value: fc.integer({ min: 0, max: 20_000 }) }),
    { maxLength: 3, selector: (total) => `${total.dayOffset}|${total.metric}` },
  ),
});

/** Random data of 2 to 4 users, before ids are assigned. */
export const isolationScenario = fc.array(userSpec, { minLength: 2, maxLength: 4 });

/** One generated user's spec. */
export type UserSpec = typeof userSpec extends fc.Arbitrary<infer T> ? T : never;

/** The rows of one user built from a spec: the model the storage must agree with. */
export interface UserRows {
  readonly userId: string;
  readonly users: TableRow<'users'>[];
  readonly planned_sessions: TableRow<'planned_sessions'>[];
  readonly external_ingestion_runs: TableRow<'external_ingestion_runs'>[];
  readonly external_activity_records: TableRow<'external_activity_records'>[];
  readonly ingestion_failures: TableRow<'ingestion_failures'>[];
  readonly activity_instances: TableRow<'activity_instances'>[];
  readonly activity_strength_sets: TableRow<'activity_strength_sets'>[];
  readonly user_biometrics_history: TableRow<'user_biometrics_history'>[];
  readonly recovery_signals: TableRow<'recovery_signals'>[];
  readonly daily_activity_totals: TableRow<'daily_activity_totals'>[];
}

/** Tables the isolation property writes, parents first. */
export const ISOLATION_TABLES = [
  'planned_sessions',
  'external_ingestion_runs',
  'external_activity_records',
  'ingestion_failures',
  'activity_instances',
  'activity_strength_sets',
  'user_biometrics_history',
  'recovery_signals',
  'daily_activity_totals',
] as const;

const iso = (ms: number) => new Date(ms).toISOString();
const day = (offset: number) => iso(START_MS + offset * DAY_MS).slice(0, 10);

/**
 * Builds the rows of one user. Ids embed `userId`; raw records use the **same** external ids for every user (the
 * unique key is per user), so a lookup by external id that ignores the user returns someone else's record.
 */
export function buildUserRows(userId: string, spec: UserSpec): UserRows {
  const created = '2024-03-02T00:00:00.000Z';
  const runId = `${userId}_run`;
  const plannedSessions = fixtureRows(
    'planned_sessions',
    spec.plannedSessions.map((session, index) => ({
      id: `${userId}_ps_${index}`,
      user_id: userId,
      scheduled_date: day(session.dayOffset),
      discipline_id: 'powerlifting',
      title: `Session ${index}`,
      planned_duration_seconds: 3600,
      status: session.status,
      created_at: created,
      updated_at: created,
    })),
  );
  const activities = fixtureRows(
    'activity_instances',
    spec.activities.map((activity, index) => {
      const start = iso(activity.startMs);
      const offset = activity.timeZone ? utcOffsetMinutesAt(start, activity.timeZone) : activity.fixedOffset;
      const planned =
        activity.plannedIndex !== null && plannedSessions.length > 0
          ? plannedSessions[activity.plannedIndex % plannedSessions.length]!.id
          : null;
      return {
        id: `${userId}_act_${index}`,
        user_id: userId,
        planned_session_id: planned,
        source: planned ? ('planned' as const) : ('manual' as const),
        activity_definition_id: activity.discipline === 'running' ? 'running' : null,
        discipline_id: activity.discipline,
        performed_start: start,
        performed_end: activity.durationSeconds === null ? null : iso(activity.startMs + Math.round(activity.durationSeconds * 1000)),
        timezone: activity.timeZone,
        utc_offset_minutes: offset,
        local_date: localDayOf(start, { timeZone: activity.timeZone, utcOffsetMinutes: offset }),
        duration_seconds: activity.durationSeconds,
        created_at: created,
        updated_at: created,
      };
    }),
  );
  const sets = fixtureRows(
    'activity_strength_sets',
    spec.activities.flatMap((activity, activityIndex) =>
      activity.sets.map((set, setIndex) => ({
        id: `${userId}_set_${activityIndex}_${setIndex}`,
        user_id: userId,
        activity_instance_id: `${userId}_act_${activityIndex}`,
        movement_id: set.movement,
        set_index: setIndex,
        reps: set.reps,
        load_kg: set.loadKg,
        is_warmup: set.warmup,
      })),
    ),
  );
  const runs = fixtureRows('external_ingestion_runs', [
    { id: runId, user_id: userId, provider: 'strava', kind: 'sync', started_at: created, finished_at: created, status: 'succeeded' },
  ]);
  const rawRecords = fixtureRows(
    'external_activity_records',
    spec.rawRecords.map((record, index) => ({
      id: `${userId}_raw_${index}`,
      user_id: userId,
      provider: 'strava',
      external_id: `strava-${index}`,
      activity_type_raw: record.type,
      start_time: iso(record.ms),
      raw_payload_json: { id: index, sport_type: record.type, owner: userId },
      ingestion_run_id: runId,
      created_at: created,
      updated_at: created,
    })),
  );
  const weights = fixtureRows(
    'user_biometrics_history',
    spec.weights.map((weight, index) => ({
      id: `${userId}_bio_${index}`,
      user_id: userId,
      date: day(weight.dayOffset),
      metric_type: 'weight_kg' as const,
      value: weight.grams / 1000,
      created_at: created,
    })),
  );
  const signals = fixtureRows(
    'recovery_signals',
    spec.signals.map((signal, index) => ({
      id: `${userId}_rec_${index}`,
      user_id: userId,
      source: 'manual' as const,
      signal_type: signal.type,
      measured_at: iso(signal.ms),
      local_date: iso(signal.ms).slice(0, 10),
      value: signal.value,
      created_at: created,
    })),
  );
  const failures = fixtureRows(
    'ingestion_failures',
    spec.failures.map((code, index) => ({
      id: `${userId}_fail_${index}`,
      user_id: userId,
      ingestion_run_id: runId,
      provider: 'strava',
      // The same external ids for every user, like the raw records.
      external_id: `strava-${index}`,
      code,
      message: `${code} in activity ${index}`,
      path_json: ['activities', index],
      created_at: created,
    })),
  );
  const totals = fixtureRows(
    'daily_activity_totals',
    spec.dailyTotals.map((total, index) => ({
      id: `${userId}_total_${index}`,
      user_id: userId,
      local_date: day(total.dayOffset),
      metric_type: total.metric,
      value: total.value,
      provider: 'garmin',
      created_at: created,
      updated_at: created,
    })),
  );
  return {
    userId,
    users: fixtureRows('users', [{ id: userId, display_name: `Athlete ${userId}`, created_at: created }]),
    planned_sessions: plannedSessions,
    external_ingestion_runs: runs,
    external_activity_records: rawRecords,
    ingestion_failures: failures,
    activity_instances: activities,
    activity_strength_sets: sets,
    user_biometrics_history: weights,
    recovery_signals: signals,
    daily_activity_totals: totals,
  };
}

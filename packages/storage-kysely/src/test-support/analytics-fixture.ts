/**
 * Test-only: a small, hand-checkable training history for the analytics tests. Two users (the second must never leak
 * into the first one's results), a week with strength and running (planned and performed), a cancelled session, an
 * unplanned run whose UTC day and local day fall in different weeks, and weights with a lookback before the range.
 */
import type { TrainkitStorage } from '@trainkit/core';

const NOW = '2025-03-20T12:00:00.000Z';

interface ActivityInput {
  id: string;
  user_id: string;
  source: 'planned' | 'manual';
  planned_session_id?: string;
  discipline_id?: string | null;
  activity_definition_id?: string | null;
  performed_start: string;
  performed_end?: string | null;
  timezone?: string;
  utc_offset_minutes: number;
  local_date: string;
  duration_seconds?: number | null;
  distance_m?: number | null;
}

function activity(input: ActivityInput) {
  return { timezone: 'Europe/Berlin', created_at: NOW, updated_at: NOW, ...input };
}

function plannedSession(id: string, userId: string, date: string, extra: Record<string, unknown>) {
  return { id, user_id: userId, scheduled_date: date, title: id, created_at: NOW, updated_at: NOW, ...extra };
}

function set(id: string, activityId: string, movementId: string, index: number, reps: number | null, load: number, warmup = false) {
  return { id, user_id: 'usr_1', activity_instance_id: activityId, movement_id: movementId, set_index: index, reps, load_kg: load, is_warmup: warmup };
}

function weight(id: string, userId: string, date: string, value: number, metricType = 'weight_kg') {
  return { id, user_id: userId, date, metric_type: metricType, value, created_at: NOW };
}

/** Writes the fixture through the repositories (so it is validated like any other write). */
export async function seedAnalyticsFixture(storage: TrainkitStorage): Promise<void> {
  await storage.users.insert({ id: 'usr_1', created_at: NOW } as never);
  await storage.users.insert({ id: 'usr_2', created_at: NOW } as never);
  await storage.disciplines.upsertMany([
    { id: 'powerlifting', slug: 'powerlifting', name: 'Powerlifting' },
    { id: 'running', slug: 'running', name: 'Running' },
  ] as never);
  await storage.muscles.upsertMany([
    { id: 'quadriceps', name: 'Quadriceps', region: 'lower_anterior' },
    { id: 'hamstrings', name: 'Hamstrings', region: 'lower_posterior' },
    { id: 'glutes', name: 'Glutes', region: 'lower_posterior' },
  ] as never);
  await storage.movements.upsertMany([
    { id: 'back_squat', slug: 'back_squat', name: 'Back squat', pattern: 'squat', equipment: 'barbell', mechanic: 'compound' },
    { id: 'romanian_deadlift', slug: 'romanian_deadlift', name: 'Romanian deadlift', pattern: 'hinge', equipment: 'barbell', mechanic: 'compound' },
  ] as never);
  await storage.movementMuscleMap.upsertMany([
    { movement_id: 'back_squat', muscle_id: 'quadriceps', role: 'primary', magnitude: 1 },
    { movement_id: 'back_squat', muscle_id: 'glutes', role: 'secondary', magnitude: 0.5 },
    { movement_id: 'romanian_deadlift', muscle_id: 'hamstrings', role: 'primary', magnitude: 1 },
    { movement_id: 'romanian_deadlift', muscle_id: 'glutes', role: 'secondary', magnitude: 0.5 },
  ] as never);
  await storage.activityDefinitions.upsertMany([
    { id: 'road_running', slug: 'road_running', name: 'Road running', category: 'cardio', discipline_id: 'running', default_metric_type: 'distance' },
    { id: 'strength_training', slug: 'strength_training', name: 'Strength training', category: 'strength', discipline_id: 'powerlifting', default_metric_type: 'load' },
  ] as never);
  await storage.activityMuscleMap.upsertMany([
    { activity_definition_id: 'road_running', muscle_id: 'quadriceps', magnitude: 0.4, cns_impact: 0.2 },
    { activity_definition_id: 'road_running', muscle_id: 'hamstrings', magnitude: 0.25, cns_impact: 0.2 },
  ] as never);

  await storage.plannedSessions.insertMany([
    plannedSession('ps_1', 'usr_1', '2025-03-03', { discipline_id: 'powerlifting', activity_definition_id: 'strength_training', planned_duration_seconds: 3600, status: 'completed' }),
    plannedSession('ps_2', 'usr_1', '2025-03-05', { discipline_id: 'running', activity_definition_id: 'road_running', planned_duration_seconds: 2700 }),
    plannedSession('ps_3', 'usr_1', '2025-03-07', { discipline_id: 'running', activity_definition_id: 'road_running', planned_duration_seconds: 1800, status: 'cancelled' }),
    plannedSession('ps_4', 'usr_1', '2025-03-10', { activity_definition_id: 'strength_training', status: 'skipped' }),
    plannedSession('ps_5', 'usr_1', '2025-02-28', { activity_definition_id: 'road_running', planned_duration_seconds: 999 }),
    plannedSession('ps_other', 'usr_2', '2025-03-04', { activity_definition_id: 'road_running', planned_duration_seconds: 5000 }),
  ] as never);
  await storage.plannedSessionExercises.insertMany([
    { id: 'ex_1', user_id: 'usr_1', planned_session_id: 'ps_1', movement_id: 'back_squat', order_index: 0, sets: 5, reps: 5, load_kg: 100 },
    { id: 'ex_2', user_id: 'usr_1', planned_session_id: 'ps_1', movement_id: 'romanian_deadlift', order_index: 1 },
    { id: 'ex_3', user_id: 'usr_1', planned_session_id: 'ps_3', movement_id: 'back_squat', order_index: 0, sets: 10 },
    { id: 'ex_other', user_id: 'usr_2', planned_session_id: 'ps_other', movement_id: 'back_squat', order_index: 0, sets: 7 },
  ] as never);

  await storage.activityInstances.insertMany([
    activity({
      id: 'act_strength', user_id: 'usr_1', source: 'planned', planned_session_id: 'ps_1', discipline_id: 'powerlifting',
      activity_definition_id: 'strength_training', performed_start: '2025-03-03T17:00:00.000Z', performed_end: '2025-03-03T18:05:00.000Z',
      utc_offset_minutes: 60, local_date: '2025-03-03', duration_seconds: 3600,
    }),
    activity({
      id: 'act_easy_run', user_id: 'usr_1', source: 'planned', planned_session_id: 'ps_2', discipline_id: 'running',
      activity_definition_id: 'road_running', performed_start: '2025-03-05T06:30:00.000Z', performed_end: '2025-03-05T07:15:30.500Z',
      utc_offset_minutes: 60, local_date: '2025-03-05', distance_m: 8000,
    }),
    // 23:30 UTC on Sunday 9 March is Monday 10 March in Berlin: the local day decides the week.
    activity({
      id: 'act_late_run', user_id: 'usr_1', source: 'manual', discipline_id: 'running', activity_definition_id: 'road_running',
      performed_start: '2025-03-09T23:30:00.000Z', utc_offset_minutes: 60, local_date: '2025-03-10', duration_seconds: 1800, distance_m: 5000,
    }),
    activity({ id: 'act_yoga', user_id: 'usr_1', source: 'manual', performed_start: '2025-03-08T09:00:00.000Z', utc_offset_minutes: 60, local_date: '2025-03-08' }),
    activity({
      id: 'act_before', user_id: 'usr_1', source: 'manual', discipline_id: 'running', activity_definition_id: 'road_running',
      performed_start: '2025-02-28T07:00:00.000Z', utc_offset_minutes: 60, local_date: '2025-02-28', duration_seconds: 3000, distance_m: 9000,
    }),
    activity({
      id: 'act_other', user_id: 'usr_2', source: 'planned', planned_session_id: 'ps_other', discipline_id: 'running',
      activity_definition_id: 'road_running', performed_start: '2025-03-04T07:00:00.000Z', utc_offset_minutes: 60,
      local_date: '2025-03-04', duration_seconds: 999, distance_m: 999,
    }),
  ] as never);
  await storage.activityStrengthSets.insertMany([
    set('set_1', 'act_strength', 'back_squat', 0, 5, 60, true),
    set('set_2', 'act_strength', 'back_squat', 1, 5, 100),
    set('set_3', 'act_strength', 'back_squat', 2, 5, 100),
    set('set_4', 'act_strength', 'back_squat', 3, 5, 100),
    set('set_5', 'act_strength', 'romanian_deadlift', 4, 8, 80),
    set('set_6', 'act_strength', 'romanian_deadlift', 5, 8, 80),
    set('set_7', 'act_strength', 'romanian_deadlift', 6, null, 80),
  ] as never);
  await storage.activityStrengthSets.insert({ ...set('set_other', 'act_other', 'back_squat', 0, 10, 200), user_id: 'usr_2' } as never);

  await storage.biometrics.insertMany([
    weight('w_0', 'usr_1', '2025-02-22', 90),
    weight('w_1', 'usr_1', '2025-02-24', 80),
    weight('w_2', 'usr_1', '2025-03-01', 79),
    weight('w_3', 'usr_1', '2025-03-02', 78.6),
    weight('w_4', 'usr_1', '2025-03-02', 79),
    weight('w_5', 'usr_1', '2025-03-05', 78),
    weight('w_6', 'usr_1', '2025-03-12', 77),
    weight('w_7', 'usr_1', '2025-03-20', 76),
    weight('bf_1', 'usr_1', '2025-03-01', 18, 'body_fat_percent'),
    weight('w_other', 'usr_2', '2025-03-01', 60),
  ] as never);

  await storage.ingestionRuns.start({ id: 'run_1', user_id: 'usr_1', provider: 'strava', started_at: NOW } as never);
  await storage.ingestionRuns.start({ id: 'run_2', user_id: 'usr_2', provider: 'strava', started_at: NOW } as never);
  const record = (id: string, userId: string, run: string, type: string) => ({
    id, user_id: userId, provider: 'strava', external_id: id, activity_type_raw: type, raw_payload_json: { id }, ingestion_run_id: run,
    created_at: NOW, updated_at: NOW,
  });
  await storage.externalActivityRecords.insertMany([
    record('rec_1', 'usr_1', 'run_1', 'Run'),
    record('rec_2', 'usr_1', 'run_1', 'Run'),
    record('rec_3', 'usr_1', 'run_1', 'TrailRun'),
    record('rec_4', 'usr_2', 'run_2', 'Run'),
  ] as never);
  const sample = (id: string, userId: string, type: string) => ({ id, user_id: userId, metric_type: type, recorded_at: NOW, value: 1 });
  await storage.metricSamples.insertMany([
    sample('ms_1', 'usr_1', 'heart_rate_bpm'),
    sample('ms_2', 'usr_1', 'heart_rate_bpm'),
    sample('ms_3', 'usr_1', 'heart_rate_bpm'),
    sample('ms_4', 'usr_1', 'power_w'),
    sample('ms_5', 'usr_2', 'heart_rate_bpm'),
    sample('ms_6', 'usr_2', 'heart_rate_bpm'),
    sample('ms_7', 'usr_2', 'cadence_rpm'),
  ] as never);
}

/**
 * Test-only helpers (not published): a migrated in-memory SQLite storage, users, a pipeline with a fixed clock and
 * sequential ids, and provider payloads of one real-world session as Strava, Garmin, WHOOP and Oura deliver them.
 */
import type { ActivityInstanceId, TrainkitStorage, UserId } from '@trainkit/core';
// Test-only (a devDependency, never imported by published code): pipeline tests run against a real SQLite storage.
// The pipeline itself uses only the ports of @trainkit/core.
// eslint-disable-next-line trainkit/dependency-direction -- see above
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import type { CreateIngestPipelineOptions, IngestPipeline } from '../ingest-pipeline.js';
import { createIngestPipeline } from '../pipeline/create-ingest-pipeline.js';

/** The instant every test clock reads. */
export const TEST_NOW = '2024-07-01T08:00:00.000Z';

/** A migrated in-memory SQLite storage. */
export async function openStorage(): Promise<TrainkitStorage> {
  return createSqliteStorage({ path: ':memory:', migrate: true });
}

/** Inserts a user, with a home zone when given. */
export async function createUser(storage: TrainkitStorage, id = 'athlete_1', timeZone?: string): Promise<UserId> {
  const userId = id as UserId;
  await storage.users.insert({ id: userId, created_at: '2020-01-01T00:00:00.000Z' });
  if (timeZone !== undefined) await storage.userSettings.upsert({ user_id: userId, timezone: timeZone, updated_at: '2020-01-01T00:00:00.000Z' });
  return userId;
}

/** Ids `<prefix>_000001`, ... per prefix, deterministic. */
export function sequentialIds(): (prefix: string) => string {
  const counters = new Map<string, number>();
  return (prefix) => {
    const next = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, next);
    return `${prefix}_${String(next).padStart(6, '0')}`;
  };
}

/** A pipeline over `storage` with a fixed clock and sequential ids. */
export function testPipeline(storage: TrainkitStorage, options: Partial<CreateIngestPipelineOptions> = {}): IngestPipeline {
  return createIngestPipeline({ storage, clock: () => new Date(TEST_NOW), ids: sequentialIds(), ...options });
}

/** One session recorded by several providers: when and what. */
export interface SessionSpec {
  /** UTC start, ISO. */
  readonly start: string;
  readonly seconds: number;
  readonly avgHr?: number;
  readonly maxHr?: number;
  readonly distanceM?: number;
}

const epoch = (iso: string) => Math.round(Date.parse(iso) / 1000);
const plusSeconds = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1000).toISOString();

/** A Strava summary activity (a page item) of a run, Berlin summer time. */
export function stravaRun(id: number, session: SessionSpec, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const localStart = plusSeconds(session.start, 7200).replace(/\.\d{3}Z$/, 'Z');
  return {
    resource_state: 2,
    id,
    name: 'Morning Run',
    type: 'Run',
    sport_type: 'Run',
    start_date: session.start.replace(/\.\d{3}Z$/, 'Z'),
    start_date_local: localStart,
    timezone: '(GMT+01:00) Europe/Berlin',
    utc_offset: 7200,
    elapsed_time: session.seconds,
    moving_time: session.seconds - 30,
    distance: session.distanceM ?? 10_000,
    has_heartrate: session.avgHr !== undefined,
    ...(session.avgHr === undefined ? {} : { average_heartrate: session.avgHr, max_heartrate: session.maxHr ?? session.avgHr + 20 }),
    manual: false,
    ...extra,
  };
}

/** A Garmin activity summary (push body item) of a run. */
export function garminRun(summaryId: string, session: SessionSpec, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    userId: 'garmin-user-1',
    summaryId,
    activityId: Number(summaryId.replace(/\D/g, '')) || 1,
    activityName: 'Berlin Running',
    activityType: 'RUNNING',
    startTimeInSeconds: epoch(session.start),
    startTimeOffsetInSeconds: 7200,
    durationInSeconds: session.seconds,
    distanceInMeters: session.distanceM ?? 10_050,
    ...(session.avgHr === undefined ? {} : { averageHeartRateInBeatsPerMinute: session.avgHr, maxHeartRateInBeatsPerMinute: session.maxHr ?? session.avgHr + 20 }),
    activeKilocalories: 640,
    deviceName: 'forerunner265',
    ...extra,
  };
}

/** A WHOOP v2 workout (page item) of a run. */
export function whoopRun(id: string, session: SessionSpec): Record<string, unknown> {
  return {
    id,
    user_id: 10129,
    created_at: plusSeconds(session.start, session.seconds + 60),
    updated_at: plusSeconds(session.start, session.seconds + 60),
    start: session.start,
    end: plusSeconds(session.start, session.seconds),
    timezone_offset: '+02:00',
    sport_name: 'running',
    score_state: 'SCORED',
    score: {
      strain: 12.7,
      average_heart_rate: session.avgHr ?? 140,
      max_heart_rate: session.maxHr ?? (session.avgHr ?? 140) + 25,
      kilojoule: 2800,
      percent_recorded: 100,
      distance_meter: session.distanceM ?? 9_900,
      altitude_gain_meter: 40,
      zone_durations: { zone_zero_milli: 0, zone_one_milli: 0, zone_two_milli: 0, zone_three_milli: 0, zone_four_milli: 0, zone_five_milli: 0 },
    },
  };
}

/** An Oura workout (page item) of a run. */
export function ouraRun(id: string, session: SessionSpec): Record<string, unknown> {
  const local = (iso: string) => plusSeconds(iso, 7200).replace(/\.\d{3}Z$/, '+02:00');
  return {
    id,
    activity: 'running',
    calories: 500,
    day: plusSeconds(session.start, 7200).slice(0, 10),
    distance: session.distanceM ?? 9_800,
    start_datetime: local(session.start),
    end_datetime: local(plusSeconds(session.start, session.seconds)),
    intensity: 'moderate',
    label: null,
    source: 'confirmed',
  };
}

/**
 * Logs a manual one-hour tempo run on 2024-06-12 05:00 UTC (Europe/Berlin) for `user`, as the athlete would before a
 * device record of the same session arrives; returns its id (`manual_run`).
 */
export async function insertManualTempoRun(storage: TrainkitStorage, user: UserId): Promise<ActivityInstanceId> {
  const id = 'manual_run' as ActivityInstanceId;
  await storage.activityInstances.insert({
    id,
    user_id: user,
    source: 'manual',
    activity_definition_id: 'act_running' as never,
    title: 'Tempo with Anna',
    performed_start: '2024-06-12T05:00:00.000Z',
    performed_end: '2024-06-12T06:00:00.000Z',
    timezone: 'Europe/Berlin',
    utc_offset_minutes: 120,
    local_date: '2024-06-12',
    duration_seconds: 3600,
    perceived_difficulty: 7,
    created_at: TEST_NOW,
    updated_at: TEST_NOW,
  });
  return id;
}

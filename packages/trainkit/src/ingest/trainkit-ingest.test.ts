import type { UserId } from '@trainkit/core';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTrainkit } from '../create-trainkit.js';
import { openSqliteStorage } from '../test-support/fatigue-fixtures.js';
import type { Trainkit } from '../trainkit.js';

const AS_OF = '2024-06-14T07:00:00.000Z';

let storage: KyselyStorage;
let trainkit: Trainkit;
let user: UserId;

function sequentialIds(): () => string {
  let next = 0;
  return () => `id_${String(++next).padStart(6, '0')}`;
}

beforeEach(async () => {
  storage = await openSqliteStorage();
  trainkit = createTrainkit({ storage, clock: () => new Date(AS_OF), ids: sequentialIds() });
  await trainkit.users.create({ id: 'athlete_1', timeZone: 'Europe/Berlin' });
  user = 'athlete_1' as UserId;
});
afterEach(async () => storage.close());

const stravaRun = {
  resource_state: 2,
  id: 9001,
  name: 'Intervals',
  sport_type: 'Run',
  start_date: '2024-06-12T05:00:00Z',
  start_date_local: '2024-06-12T07:00:00Z',
  timezone: '(GMT+01:00) Europe/Berlin',
  utc_offset: 7200,
  elapsed_time: 3600,
  moving_time: 3550,
  distance: 10_000,
  average_heartrate: 149,
  max_heartrate: 171,
};
const garminRun = {
  summaryId: 'g9001',
  activityType: 'RUNNING',
  startTimeInSeconds: Date.parse('2024-06-12T05:00:30Z') / 1000,
  startTimeOffsetInSeconds: 7200,
  durationInSeconds: 3540,
  distanceInMeters: 10_020,
  averageHeartRateInBeatsPerMinute: 152,
  maxHeartRateInBeatsPerMinute: 175,
};
const recovery = {
  cycle_id: 93845,
  sleep_id: '6b1c4c4e-0000-4000-8000-0000000000r1',
  user_id: 10129,
  created_at: '2024-06-13T05:10:00.000Z',
  updated_at: '2024-06-13T05:10:00.000Z',
  score_state: 'SCORED',
  score: { user_calibrating: false, recovery_score: 66, resting_heart_rate: 51, hrv_rmssd_milli: 61.2 },
};

describe('trainkit.ingest', () => {
  it('is the ingestion pipeline bound to the facade storage, clock and ids', async () => {
    const summary = await trainkit.ingest.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: JSON.stringify([stravaRun]) });
    expect(summary.run).toMatchObject({ id: 'id_000001', status: 'succeeded', started_at: AS_OF, finished_at: AS_OF });
    const [activity] = await trainkit.ingest.listActivities({ userId: user });
    expect(activity?.activity).toMatchObject({ source: 'provider', provider: 'strava', activity_definition_id: 'act_running', created_at: AS_OF });
    expect(await trainkit.ingest.listRuns({ userId: user })).toHaveLength(1);
  });

  it('names in the fatigue report the ingestion runs of every record merged into the activities used and of the recovery signals', async () => {
    const strava = await trainkit.ingest.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: [stravaRun] });
    const garmin = await trainkit.ingest.ingestPayload({ userId: user, provider: 'garmin', resource: 'activities', payload: { activities: [garminRun] } });
    const whoop = await trainkit.ingest.ingestPayload({ userId: user, provider: 'whoop', resource: 'recovery', payload: { records: [recovery], next_token: null } });
    expect(garmin.merges).toBe(1);
    const [merged] = await storage.activityInstances.list(user);
    expect(merged).toMatchObject({ provider: 'garmin', avg_hr_bpm: 152, ingestion_run_id: garmin.run.id });

    const report = await trainkit.fatigue.report({ userId: user, asOf: AS_OF });
    expect(report.provenance.sessions.used).toEqual([merged!.id]);
    expect(report.provenance.inputs.recovery_signal_ids.length).toBeGreaterThan(0);
    expect(report.provenance.inputs.ingestion_run_ids).toEqual([strava.run.id, garmin.run.id, whoop.run.id].sort());
    const { sources } = await trainkit.fatigue.input({ userId: user, asOf: AS_OF });
    expect(sources.ingestion_run_ids).toEqual(report.provenance.inputs.ingestion_run_ids);

    const replay = await trainkit.ingest.replay({ userId: user });
    expect(replay.map((entry) => entry.counts.updated)).toEqual([0, 0, 0]);
    expect((await trainkit.fatigue.report({ userId: user, asOf: AS_OF })).provenance.inputs.ingestion_run_ids).toEqual(report.provenance.inputs.ingestion_run_ids);
  });

  it('takes a merge policy, validated at once', async () => {
    expect(() => createTrainkit({ storage, mergePolicy: { startToleranceSeconds: -1 } })).toThrow(/Invalid merge policy/);
    const whoopFirst = createTrainkit({ storage, clock: () => new Date(AS_OF), mergePolicy: { fields: { heart_rate: ['strava'] } } });
    await whoopFirst.ingest.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: [stravaRun] });
    await whoopFirst.ingest.ingestPayload({ userId: user, provider: 'garmin', resource: 'activities', payload: [garminRun] });
    expect((await storage.activityInstances.list(user))[0]?.avg_hr_bpm).toBe(149);
  });
});

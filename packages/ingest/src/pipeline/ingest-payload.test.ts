import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { TrainkitStorage, UserId } from '@trainkit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestPipeline } from '../ingest-pipeline.js';
import { canonicalJson } from '../lake/canonical-json.js';
import { createUser, garminRun, openStorage, stravaRun, testPipeline, TEST_NOW } from '../test-support/ingest-fixtures.js';

const fixture = (path: string) => readFileSync(new URL(`../../../providers/src/${path}`, import.meta.url), 'utf8');

let storage: TrainkitStorage;
let user: UserId;
let pipeline: IngestPipeline;

beforeEach(async () => {
  storage = await openStorage();
  user = await createUser(storage, 'athlete_1', 'Europe/Berlin');
  pipeline = testPipeline(storage);
});
afterEach(async () => storage.close());

const RUN = { start: '2024-06-12T05:00:00.000Z', seconds: 3600, avgHr: 150 };

describe('ingestPayload', () => {
  it('opens a run, stores every record exactly with its content hash, and builds the canonical rows', async () => {
    const page = [stravaRun(1001, RUN), stravaRun(1002, { start: '2024-06-13T05:00:00.000Z', seconds: 1800 })];
    const summary = await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: JSON.stringify(page) });
    expect(summary.run).toMatchObject({ status: 'succeeded', kind: 'sync', provider: 'strava', finished_at: TEST_NOW, error: null });
    expect(summary.counts).toEqual({ seen: 2, new: 2, updated: 0, unchanged: 0, failed: 0, skipped: 0 });
    expect(summary.run.stats_json).toEqual(summary.counts);

    const records = await storage.externalActivityRecords.list(user);
    expect(records.map((record) => record.raw_payload_json)).toEqual(page);
    for (const record of records) {
      expect(record.content_hash).toBe(createHash('sha256').update(canonicalJson(record.raw_payload_json)).digest('hex'));
      expect(record).toMatchObject({ ingestion_run_id: summary.run.id, normalization_status: 'normalized', normalizer_id: 'strava.activity', revision: 1, resource: 'activities' });
    }
    const activities = await pipeline.listActivities({ userId: user });
    expect(activities).toHaveLength(2);
    expect(activities[0]?.activity).toMatchObject({
      source: 'provider',
      provider: 'strava',
      avg_hr_bpm: 150,
      activity_definition_id: 'act_running',
      ingestion_run_id: summary.run.id,
      normalizer_id: 'strava.activity',
      normalizer_version: '1.0.0',
      local_date: '2024-06-12',
    });
    expect(activities[0]?.sources.map((source) => [source.record.external_id, source.link_kind])).toEqual([['1001', 'source']]);
    expect(activities[0]?.sources[0]?.record).not.toHaveProperty('raw_payload_json');
  });

  it('changes nothing when the same payload comes again, in any key order', async () => {
    const page = [stravaRun(1001, RUN)];
    await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: page });
    const before = await storage.activityInstances.list(user);
    const reordered = page.map((activity) => Object.fromEntries(Object.entries(activity).reverse()));
    const again = await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: reordered });
    expect(again.counts).toEqual({ seen: 1, new: 0, updated: 0, unchanged: 1, failed: 0, skipped: 0 });
    expect(await storage.activityInstances.list(user)).toEqual(before);
    expect(await storage.externalRecordRevisions.list(user)).toEqual([]);
  });

  it('keeps the earlier version of a revised record and rebuilds its canonical rows', async () => {
    const first = await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: [stravaRun(1001, RUN)] });
    const [before] = await storage.activityInstances.list(user);
    const revised = await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: [stravaRun(1001, { ...RUN, avgHr: 155 }, { name: 'Tempo' })] });
    expect(revised.counts).toMatchObject({ seen: 1, updated: 1 });
    const [record] = await storage.externalActivityRecords.list(user);
    expect(record).toMatchObject({ revision: 2, ingestion_run_id: revised.run.id });
    const revisions = await storage.externalRecordRevisions.listByRecord(user, record!.id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ revision: 1, ingestion_run_id: first.run.id });
    expect((revisions[0]?.raw_payload_json as { average_heartrate: number }).average_heartrate).toBe(150);
    const [after] = await storage.activityInstances.list(user);
    expect(after).toMatchObject({ id: before!.id, avg_hr_bpm: 155, title: 'Tempo', ingestion_run_id: revised.run.id });
  });

  it('never replaces a stored Strava detail with the summary of a later page', async () => {
    const detail = { ...stravaRun(1001, RUN), resource_state: 3, calories: 702, description: 'felt good' };
    await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: [stravaRun(1001, RUN)] });
    const stored = await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activity', payload: detail });
    expect(stored.counts.updated).toBe(1);
    const page = await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: [stravaRun(1001, RUN)] });
    expect(page.counts).toMatchObject({ seen: 1, unchanged: 1, updated: 0 });
    const [record] = await storage.externalActivityRecords.list(user);
    expect(record).toMatchObject({ raw_payload_json: detail, resource: 'activity', revision: 2 });
    expect((await storage.activityInstances.list(user))[0]?.energy_kcal).toBe(702);
  });

  it('stores Strava streams under their activity, with the id from the options or the file name', async () => {
    await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: [stravaRun(11843527901, RUN)] });
    const streams = fixture('strava/fixtures/streams-key-by-type.json');
    const summary = await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'streams', payload: streams, options: { sourceName: '/tmp/streams-11843527901.json' } });
    expect(summary.run.status).toBe('succeeded');
    const record = await storage.externalActivityRecords.findByExternalId(user, 'strava', '11843527901:streams');
    expect(record).toMatchObject({ parent_external_id: '11843527901', resource: 'streams', record_kind: 'other' });
    const rows = await storage.externalMetricStreams.list(user, { where: { external_activity_record_id: record!.id } });
    expect(rows.map((row) => row.stream_type).sort()).toEqual(Object.keys(JSON.parse(streams) as object).sort());
    const samples = await storage.metricSamples.list(user);
    const [activity] = await storage.activityInstances.list(user);
    const heartRate = samples.filter((sample) => sample.metric_type === 'heart_rate_bpm');
    expect(heartRate.length).toBeGreaterThan(0);
    expect(heartRate.every((sample) => sample.activity_instance_id === activity!.id)).toBe(true);
    expect(heartRate[0]!.recorded_at).toBe(RUN.start);
    const missing = await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'streams', payload: streams });
    expect(missing.run.status).toBe('failed');
    expect(missing.failures[0]).toMatchObject({ code: 'missing_id', resource: 'streams' });
  });

  it('writes the samples of streams stored before their activity once the activity arrives, and moves none on replay', async () => {
    const streams = fixture('strava/fixtures/streams-key-by-type.json');
    await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'streams', payload: streams, options: { activityId: 11843527901 } });
    expect(await storage.metricSamples.list(user)).toEqual([]);
    await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: [stravaRun(11843527901, RUN)] });
    const [activity] = await storage.activityInstances.list(user);
    const samples = await storage.metricSamples.list(user);
    expect(samples.length).toBeGreaterThan(0);
    expect(samples.every((sample) => sample.activity_instance_id === activity!.id)).toBe(true);
    const replays = await pipeline.replay({ userId: user });
    expect(replays[0]?.counts).toMatchObject({ seen: 2, unchanged: 2, updated: 0 });
    expect(await storage.metricSamples.list(user)).toEqual(samples);
  });

  it('lands recovery and sleep in recovery_signals with the value as received', async () => {
    const summary = await pipeline.ingestPayload({ userId: user, provider: 'whoop', resource: 'recovery', payload: fixture('whoop/fixtures/recoveries-page.json') });
    expect(summary.counts.new).toBeGreaterThan(0);
    const signals = await storage.recoverySignals.list(user);
    expect(signals.length).toBeGreaterThan(0);
    const hrv = signals.find((signal) => signal.signal_type === 'hrv_rmssd_ms');
    expect(hrv).toMatchObject({ source: 'provider', provider: 'whoop', normalizer_id: 'whoop.recovery', ingestion_run_id: summary.run.id });
    expect(hrv?.raw_payload_json).toBe(hrv?.value);
    const record = await storage.externalActivityRecords.get(user, hrv!.external_record_id!);
    expect(record.record_kind).toBe('recovery');
    const sleeps = await pipeline.ingestPayload({ userId: user, provider: 'oura', resource: 'sleep', payload: fixture('oura/fixtures/sleep-page.json') });
    expect(sleeps.counts.skipped).toBeGreaterThan(0);
    expect(sleeps.run.status).toBe('succeeded');
  });

  it('dates Oura personal_info biometrics with the day it is received, and rebuilds them from a revision', async () => {
    const summary = await pipeline.ingestPayload({ userId: user, provider: 'oura', resource: 'personal_info', payload: fixture('oura/fixtures/personal-info.json') });
    expect(summary.run.status).toBe('succeeded');
    expect(await storage.biometrics.listByMetric(user, 'weight_kg')).toMatchObject([{ value: 71.2, date: '2024-07-01', provider: 'oura', source: 'provider' }]);
    expect(await storage.biometrics.listByMetric(user, 'height_cm')).toMatchObject([{ value: 178 }]);
    await pipeline.ingestPayload({ userId: user, provider: 'oura', resource: 'personal_info', payload: { id: '8f9a0b1c-2d3e-4f5a-6b7c-8d9e0f1a2b3c', weight: 70.4, height: null } });
    expect(await storage.biometrics.listByMetric(user, 'weight_kg')).toMatchObject([{ value: 70.4 }]);
    expect(await storage.biometrics.listByMetric(user, 'height_cm')).toEqual([]);
  });

  it('writes Garmin dailies as daily totals and replaces them when the same summaryId comes revised', async () => {
    const daily = (steps: number) => ({
      dailies: [{ summaryId: 'x3a1-1746223200', calendarDate: '2025-05-03', startTimeInSeconds: 1746223200, startTimeOffsetInSeconds: 7200, durationInSeconds: 86400, steps, activeKilocalories: 612 }],
    });
    await pipeline.ingestPayload({ userId: user, provider: 'garmin', resource: 'dailies', payload: daily(11234) });
    expect((await storage.dailyActivityTotals.list(user)).find((row) => row.metric_type === 'steps')).toMatchObject({ value: 11234, local_date: '2025-05-03', provider: 'garmin' });
    const revised = await pipeline.ingestPayload({ userId: user, provider: 'garmin', resource: 'dailies', payload: daily(12000) });
    expect(revised.counts.updated).toBe(1);
    const steps = (await storage.dailyActivityTotals.list(user)).filter((row) => row.metric_type === 'steps');
    expect(steps).toMatchObject([{ value: 12000 }]);
  });

  it('records an unknown resource as a failed run, keeping the payload', async () => {
    const summary = await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'kudos', payload: '[1,2]' });
    expect(summary.run.status).toBe('failed');
    expect(summary.failures).toMatchObject([{ code: 'unknown_resource', resource: 'kudos', raw_text: '[1,2]' }]);
    expect(summary.run.error).toBe('1 failure: unknown_resource ×1');
  });

  it('continues an open run across pages and finishes it with the totals and the cursor', async () => {
    const run = await pipeline.openRun({ userId: user, provider: 'garmin', kind: 'backfill' });
    const first = await pipeline.ingestPayload({ userId: user, provider: 'garmin', resource: 'activities', payload: [garminRun('g1', RUN)], runId: run.id });
    expect(first.run.status).toBe('running');
    await pipeline.ingestPayload({ userId: user, provider: 'garmin', resource: 'activities', payload: '<html>', runId: run.id });
    const finished = await pipeline.finishRun({ userId: user, runId: run.id, cursor: { page: 2 } });
    expect(finished.run).toMatchObject({ status: 'partial', kind: 'backfill', cursor_json: { page: 2 }, error: '1 failure: not_json ×1' });
    expect(finished.counts).toMatchObject({ seen: 2, new: 1, failed: 1 });
    expect(finished.merges).toBe(0);
    await expect(pipeline.ingestPayload({ userId: user, provider: 'garmin', resource: 'activities', payload: [], runId: run.id })).rejects.toThrow(/already partial/);
  });

  it('throws for an unknown user and lists runs newest first with their failures', async () => {
    await expect(pipeline.ingestPayload({ userId: 'nobody', provider: 'strava', resource: 'activities', payload: [] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: [] });
    await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: '{"message":"Rate Limit Exceeded"' });
    const runs = await pipeline.listRuns({ userId: user });
    expect(runs.map((entry) => entry.run.status).sort()).toEqual(['failed', 'succeeded']);
    const failed = runs.find((entry) => entry.run.status === 'failed');
    expect(failed?.failures).toMatchObject([{ code: 'invalid_json', raw_text: '{"message":"Rate Limit Exceeded"' }]);
    expect(failed?.counts).toMatchObject({ failed: 1 });
  });
});

import { readFileSync } from 'node:fs';
import type { MovementId, PlannedSessionId, TrainkitStorage, UserId } from '@trainkit/core';
import { normalizeGarminFit } from '@trainkit/providers/garmin';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestPipeline } from '../ingest-pipeline.js';
import { seedCatalogRows } from './catalog-resolver.js';
import { createUser, insertManualTempoRun, garminRun, openStorage, ouraRun, stravaRun, testPipeline, TEST_NOW, whoopRun } from '../test-support/ingest-fixtures.js';

let storage: TrainkitStorage;
let user: UserId;
let pipeline: IngestPipeline;

beforeEach(async () => {
  storage = await openStorage();
  user = await createUser(storage, 'athlete_1', 'Europe/Berlin');
  pipeline = testPipeline(storage);
});
afterEach(async () => storage.close());

const SESSION = { start: '2024-06-12T05:00:00.000Z', seconds: 3600 };
const WHOOP_ID = '6b1c4c4e-0000-4000-8000-0000000000aa';

async function ingestThree(): Promise<void> {
  await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: [stravaRun(5001, { ...SESSION, avgHr: 149, distanceM: 10_010 })] });
  await pipeline.ingestPayload({ userId: user, provider: 'garmin', resource: 'activities', payload: { activities: [garminRun('g5001', { start: '2024-06-12T05:00:40.000Z', seconds: 3570, avgHr: 151, distanceM: 10_050 })] } });
  await pipeline.ingestPayload({ userId: user, provider: 'whoop', resource: 'workouts', payload: { records: [whoopRun(WHOOP_ID, { start: '2024-06-12T04:59:30.000Z', seconds: 3660, avgHr: 146 })], next_token: null } });
}

describe('cross-provider dedup and merge', () => {
  it('makes one activity of one session recorded by three providers, field by field', async () => {
    await ingestThree();
    const [merged, ...others] = await pipeline.listActivities({ userId: user });
    expect(others).toEqual([]);
    const records = Object.fromEntries(merged!.sources.map((source) => [source.record.provider, source]));
    expect(records.garmin).toMatchObject({ link_kind: 'source', match_confidence: null });
    expect(records.strava?.link_kind).toBe('duplicate');
    expect(records.whoop?.link_kind).toBe('duplicate');
    expect(records.strava?.match_confidence).toBeGreaterThan(0.7);
    expect(merged!.activity).toMatchObject({
      source: 'provider',
      provider: 'garmin',
      performed_start: '2024-06-12T05:00:40.000Z',
      avg_hr_bpm: 151,
      distance_m: 10_050,
      title: 'Morning Run',
      normalizer_id: 'garmin.activities',
    });
    expect(merged!.decisions).toHaveLength(2);
    const [first] = merged!.decisions;
    expect(first).toMatchObject({ decision: 'merge', external_activity_record_id: records.garmin!.record.id });
    expect(first!.reasons_json).toEqual(expect.arrayContaining(['same category cardio', 'same activity act_running']));
    expect(first!.confidence).toBeGreaterThan(0.8);
    const last = merged!.decisions[1]!;
    expect(last.field_sources_json).toMatchObject({ timing: records.garmin!.record.id, heart_rate: records.garmin!.record.id, title: records.strava!.record.id });
  });

  it('counts merges on the run and keeps separate sessions apart', async () => {
    await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: [stravaRun(5001, SESSION)] });
    const summary = await pipeline.ingestPayload({
      userId: user,
      provider: 'garmin',
      resource: 'activities',
      payload: [garminRun('g5001', SESSION), garminRun('g5002', { start: '2024-06-12T05:10:00.000Z', seconds: 3600 })],
    });
    expect(summary.merges).toBe(1);
    expect(await storage.activityInstances.list(user)).toHaveLength(2);
  });

  it('follows a configured per-field priority', async () => {
    pipeline = testPipeline(storage, { mergePolicy: { fields: { heart_rate: ['whoop'], distance: ['strava'] } } });
    await ingestThree();
    const [merged] = await storage.activityInstances.list(user);
    expect(merged).toMatchObject({ avg_hr_bpm: 146, distance_m: 10_010 });
  });

  it('rejects an invalid merge policy at once', () => {
    expect(() => testPipeline(storage, { mergePolicy: { minOverlapRatio: 3 } })).toThrow(/Invalid merge policy: minOverlapRatio/);
  });

  it('merges a device record into a manual log, keeps the manual entry and restores it on unmerge', async () => {
    await seedCatalogRows(storage);
    const manualId = await insertManualTempoRun(storage, user);
    await pipeline.ingestPayload({ userId: user, provider: 'garmin', resource: 'activities', payload: [garminRun('g5001', { start: '2024-06-12T05:01:00.000Z', seconds: 3500, avgHr: 151 })] });
    const [merged] = await pipeline.listActivities({ userId: user });
    expect(merged!.activity).toMatchObject({
      id: manualId,
      source: 'manual',
      provider: null,
      title: 'Tempo with Anna',
      perceived_difficulty: 7,
      performed_start: '2024-06-12T05:01:00.000Z',
      duration_seconds: 3500,
      avg_hr_bpm: 151,
      normalizer_id: 'garmin.activities',
    });
    expect(merged!.sources).toHaveLength(1);

    const result = await pipeline.unmerge({ userId: user, activityInstanceId: manualId });
    expect(result.remaining).toMatchObject({ id: manualId, performed_start: '2024-06-12T05:00:00.000Z', duration_seconds: 3600, avg_hr_bpm: null, title: 'Tempo with Anna' });
    expect(result.split).toHaveLength(1);
    expect(result.split[0]!.activity).toMatchObject({ source: 'provider', provider: 'garmin', avg_hr_bpm: 151 });
    expect(result.decisions).toMatchObject([{ decision: 'unmerge', counterpart_instance_id: manualId, reasons_json: ['unmerged by the user', `split from ${manualId}`] }]);

    await pipeline.replay({ userId: user });
    await pipeline.ingestPayload({ userId: user, provider: 'garmin', resource: 'activities', payload: [garminRun('g5001', { start: '2024-06-12T05:01:00.000Z', seconds: 3500, avgHr: 152 })] });
    const after = await pipeline.listActivities({ userId: user });
    expect(after).toHaveLength(2);
    expect(after.find((entry) => entry.activity.id === manualId)?.sources).toEqual([]);
    expect(after.find((entry) => entry.activity.id !== manualId)?.activity.avg_hr_bpm).toBe(152);
  });

  it('splits one record out of a three-provider activity, and the split survives replay and re-ingestion', async () => {
    await ingestThree();
    const [merged] = await pipeline.listActivities({ userId: user });
    const whoop = merged!.sources.find((source) => source.record.provider === 'whoop')!.record;
    const result = await pipeline.unmerge({ userId: user, activityInstanceId: merged!.activity.id, externalRecordId: whoop.id });
    expect(result.remaining.avg_hr_bpm).toBe(151);
    expect(result.split[0]).toMatchObject({ externalRecordId: whoop.id, activity: { provider: 'whoop', avg_hr_bpm: 146 } });
    const snapshot = await storage.activityInstances.list(user);
    const replayed = await pipeline.replay({ userId: user });
    expect(replayed.map((summary) => summary.counts.updated)).toEqual([0, 0, 0]);
    expect(await storage.activityInstances.list(user)).toEqual(snapshot);
    await ingestThree();
    const after = await pipeline.listActivities({ userId: user });
    expect(after.map((entry) => entry.sources.length).sort()).toEqual([1, 2]);
    await expect(pipeline.unmerge({ userId: user, activityInstanceId: result.split[0]!.activity.id })).rejects.toThrow(/no merged record/);
  });

  it('moves the samples of a record and of its streams with it when it is split out', async () => {
    const streams = readFileSync(new URL('../../../providers/src/strava/fixtures/streams-key-by-type.json', import.meta.url), 'utf8');
    await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: [stravaRun(5001, SESSION)] });
    await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'streams', payload: streams, options: { activityId: 5001 } });
    await pipeline.ingestPayload({ userId: user, provider: 'garmin', resource: 'activities', payload: [garminRun('g5001', SESSION)] });
    const [merged] = await storage.activityInstances.list(user);
    const samples = await storage.metricSamples.list(user);
    expect(samples.length).toBeGreaterThan(0);
    expect(new Set(samples.map((sample) => sample.activity_instance_id))).toEqual(new Set([merged!.id]));
    const strava = await storage.externalActivityRecords.findByExternalId(user, 'strava', '5001');
    const result = await pipeline.unmerge({ userId: user, activityInstanceId: merged!.id, externalRecordId: strava!.id });
    const moved = await storage.metricSamples.list(user);
    expect(moved).toHaveLength(samples.length);
    expect(new Set(moved.map((sample) => sample.activity_instance_id))).toEqual(new Set([result.split[0]!.activity.id]));
  });

  it('links a provider activity to the planned session of its day and category', async () => {
    await seedCatalogRows(storage);
    const planId = 'plan_1' as PlannedSessionId;
    await storage.plannedSessions.insert({ id: planId, user_id: user, scheduled_date: '2024-06-12', activity_definition_id: 'act_running' as never, title: 'Easy run', created_at: TEST_NOW, updated_at: TEST_NOW });
    const summary = await pipeline.ingestPayload({ userId: user, provider: 'oura', resource: 'workout', payload: { data: [ouraRun('oura-1', SESSION)], next_token: null } });
    expect(summary.merges).toBe(1);
    const [activity] = await pipeline.listActivities({ userId: user });
    expect(activity!.activity.planned_session_id).toBe(planId);
    expect(activity!.decisions[0]!.reasons_json).toContain(`fulfils planned session ${planId}`);
    await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: [stravaRun(5001, SESSION)] });
    const after = await storage.activityInstances.list(user);
    expect(after).toHaveLength(1);
    expect(after[0]!.planned_session_id).toBe(planId);
  });

  it('takes strength sets from a FIT file, mapped to catalog movements, and keeps unknown ones raw with a warning', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../../providers/src/garmin/fixtures/strength.fit', import.meta.url)));
    const result = normalizeGarminFit(bytes, { fileName: 'strength.fit' });
    const draft = result.drafts[0]!;
    const summary = await pipeline.ingestResults({ userId: user, provider: 'garmin', results: [result] });
    expect(summary.run).toMatchObject({ status: 'succeeded', kind: 'file_import' });
    const [activity] = await storage.activityInstances.list(user);
    const sets = await storage.activityStrengthSets.listByActivity(user, activity!.id);
    const known = draft.strength_sets.filter((set) => set.movement_slug !== null);
    expect(sets.map((set) => set.movement_id)).toEqual(known.map((set) => `mov_${set.movement_slug}`));
    const unknown = draft.strength_sets.length - known.length;
    expect(summary.warnings.filter((warning) => warning.code === 'unknown_movement')).toHaveLength(unknown);
    expect(sets.every((set) => (set.movement_id as MovementId).startsWith('mov_'))).toBe(true);
  });
});

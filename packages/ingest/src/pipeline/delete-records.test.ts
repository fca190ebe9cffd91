import { readFileSync } from 'node:fs';
import { NotFoundError, ValidationError, type TrainkitRepositories, type TrainkitStorage, type UserId } from '@trainkit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IngestPipeline } from '../ingest-pipeline.js';
import { exactDump } from '../test-support/dump-database.js';
import { createUser, insertManualTempoRun, garminRun, openStorage, ouraRun, stravaRun, testPipeline, whoopRun } from '../test-support/ingest-fixtures.js';
import { seedCatalogRows } from './catalog-resolver.js';

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

const SESSION = { start: '2024-06-12T05:00:00.000Z', seconds: 3600 };
const OTHER_DAY = { start: '2024-06-14T17:00:00.000Z', seconds: 2400 };
const THIRD_DAY = { start: '2024-06-15T07:00:00.000Z', seconds: 1800 };
const WHOOP_ID = '6b1c4c4e-0000-4000-8000-0000000000aa';

const stravaPage = () => [stravaRun(5001, { ...SESSION, avgHr: 149, distanceM: 10_010 })];
const garminPage = () => ({ activities: [garminRun('g5001', { start: '2024-06-12T05:00:40.000Z', seconds: 3570, avgHr: 151, distanceM: 10_050 })] });
const whoopPage = () => ({ records: [whoopRun(WHOOP_ID, { start: '2024-06-12T04:59:30.000Z', seconds: 3660, avgHr: 146 })], next_token: null });

async function ingestStravaWithStreams(p: IngestPipeline = pipeline): Promise<void> {
  await p.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: stravaPage() });
  await p.ingestPayload({ userId: user, provider: 'strava', resource: 'streams', payload: fixture('strava/fixtures/streams-key-by-type.json'), options: { activityId: 5001 } });
}

async function ingestThree(p: IngestPipeline = pipeline): Promise<void> {
  await p.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: stravaPage() });
  await p.ingestPayload({ userId: user, provider: 'garmin', resource: 'activities', payload: garminPage() });
  await p.ingestPayload({ userId: user, provider: 'whoop', resource: 'workouts', payload: whoopPage() });
}

/** The activity columns a merge decides, and who the activity belongs to: what must agree between two databases. */
function activityValues(row: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, created_at: _created, updated_at: _updated, ingestion_run_id: _run, ...rest } = row;
  return rest;
}

describe('deleteRecords', () => {
  it('deletes a single-source activity with its streams, samples and revisions, and records the run', async () => {
    await ingestStravaWithStreams();
    // A revised payload keeps the earlier version as a revision.
    await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: [stravaRun(5001, { ...SESSION, avgHr: 150, distanceM: 10_010 })] });
    expect(await storage.externalRecordRevisions.list(user)).toHaveLength(1);
    const samples = (await storage.metricSamples.list(user)).length;
    const streams = (await storage.externalMetricStreams.list(user)).length;
    expect(samples).toBeGreaterThan(0);

    const result = await pipeline.deleteRecords({ userId: user, provider: 'strava', externalIds: ['5001'], reason: 'strava webhook: activity deleted' });

    expect(result.deleted).toEqual({ records: 2, activities: 1, activitiesRebuilt: 0, otherRows: samples + streams });
    expect(result.run).toMatchObject({ provider: 'strava', kind: 'webhook', status: 'succeeded', error: null });
    expect(result.run.stats_json).toMatchObject({
      seen: 0,
      failed: 0,
      operation: 'delete_records',
      reason: 'strava webhook: activity deleted',
      scope: 'records',
      requested: 1,
      external_ids: ['5001'],
      deleted: { records: 2, revisions: 1, activities: 1, activitiesRebuilt: 0, samples, streams, otherRows: samples + streams },
    });
    const dump = await exactDump(storage, user);
    for (const table of ['external_activity_records', 'external_record_revisions', 'activity_instances', 'activity_instance_links', 'activity_merge_decisions', 'external_metric_streams', 'metric_samples']) {
      expect(dump[table], table).toEqual([]);
    }
    const listed = (await pipeline.listRuns({ userId: user })).find((entry) => entry.run.id === result.run.id);
    expect(listed).toMatchObject({ counts: { seen: 0, new: 0, failed: 0 }, failures: [] });
  });

  it('deletes a child record alone, and a parent with its children (Garmin details, multisport legs)', async () => {
    await pipeline.ingestPayload({ userId: user, provider: 'garmin', resource: 'activities', payload: fixture('garmin/fixtures/activities-push.json') });
    await pipeline.ingestPayload({ userId: user, provider: 'garmin', resource: 'activity_details', payload: fixture('garmin/fixtures/activity-details-push.json') });
    const before = await storage.activityInstances.list(user);
    expect(await storage.metricSamples.list(user)).not.toEqual([]);

    const details = await pipeline.deleteRecords({ userId: user, provider: 'garmin', externalIds: ['15634289172-detail'], reason: 'test', kind: 'sync' });
    expect(details.deleted).toMatchObject({ records: 1, activities: 0, activitiesRebuilt: 0 });
    expect(details.deleted.otherRows).toBeGreaterThan(0);
    expect(details.run.kind).toBe('sync');
    expect(await storage.metricSamples.list(user)).toEqual([]);
    expect(await storage.activityInstances.list(user)).toEqual(before);

    const multisport = await pipeline.deleteRecords({ userId: user, provider: 'garmin', externalIds: ['15660112001'], reason: 'test' });
    expect(multisport.deleted.records).toBe(3);
    const left = await storage.externalActivityRecords.list(user);
    expect(left.map((record) => record.external_id).sort()).toEqual(['15634289172', '15641010233', '15672233001']);
    expect(multisport.deleted.activities).toBe(before.length - (await storage.activityInstances.list(user)).length);
    for (const instance of await storage.activityInstances.list(user)) {
      expect(await storage.activityInstances.listLinks(user, instance.id)).not.toEqual([]);
    }
  });

  it('rebuilds a three-provider session from the two sources left, with the field sources updated', async () => {
    await ingestThree();
    const [merged] = await pipeline.listActivities({ userId: user });
    const byProvider = Object.fromEntries(merged!.sources.map((source) => [source.record.provider, source.record]));
    expect(merged!.activity).toMatchObject({ provider: 'garmin', avg_hr_bpm: 151, distance_m: 10_050 });

    const result = await pipeline.deleteRecords({ userId: user, provider: 'garmin', externalIds: ['g5001'], reason: 'garmin deregistration' });
    expect(result.deleted).toEqual({ records: 1, activities: 0, activitiesRebuilt: 1, otherRows: 0 });

    const [rebuilt, ...others] = await pipeline.listActivities({ userId: user });
    expect(others).toEqual([]);
    expect(rebuilt!.activity.id).toBe(merged!.activity.id);
    expect(rebuilt!.activity).toMatchObject({
      provider: 'strava',
      performed_start: SESSION.start,
      avg_hr_bpm: 146, // heart rate: whoop before strava once garmin is gone
      distance_m: 10_010,
      title: 'Morning Run',
      normalizer_id: 'strava.activity',
      ingestion_run_id: result.run.id,
    });
    expect(rebuilt!.sources.map((source) => [source.record.provider, source.link_kind])).toEqual([
      ['strava', 'source'],
      ['whoop', 'duplicate'],
    ]);
    // Merge decisions stay as history (their reference to the deleted record cleared); an unmerge records the rebuild.
    expect(rebuilt!.decisions.map((decision) => decision.decision)).toEqual(['merge', 'merge', 'unmerge']);
    expect(rebuilt!.decisions.some((decision) => decision.external_activity_record_id === byProvider.garmin!.id)).toBe(false);
    const last = rebuilt!.decisions[2]!;
    expect(last).toMatchObject({ external_activity_record_id: null, counterpart_instance_id: null, confidence: null, ingestion_run_id: result.run.id });
    expect(last.reasons_json).toEqual(['1 garmin record deleted', 'reason: garmin deregistration']);
    expect(last.field_sources_json).toMatchObject({ timing: byProvider.strava!.id, heart_rate: byProvider.whoop!.id, distance: byProvider.strava!.id, title: byProvider.strava!.id });
    expect(Object.values(last.field_sources_json!)).not.toContain(byProvider.garmin!.id);

    // The same activity as a database that never saw the Garmin record.
    const fresh = await openStorage();
    try {
      await createUser(fresh, 'athlete_1', 'Europe/Berlin');
      const freshPipeline = testPipeline(fresh);
      await freshPipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: stravaPage() });
      await freshPipeline.ingestPayload({ userId: user, provider: 'whoop', resource: 'workouts', payload: whoopPage() });
      const [expected] = await fresh.activityInstances.list(user);
      expect(activityValues(rebuilt!.activity)).toEqual(activityValues(expected!));
    } finally {
      await fresh.close();
    }

    // The rebuilt activity stays as it is through a replay.
    const after = await exactDump(storage, user);
    await pipeline.replay({ userId: user });
    expect(await exactDump(storage, user)).toEqual(after);
  });

  it('deletes every record of a provider and leaves the other providers rows byte-identical', async () => {
    await ingestThree();
    await ingestStravaWithStreams();
    await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: [stravaRun(5002, OTHER_DAY)] });
    await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: '[{"id": 5009, "start_da' });
    await pipeline.ingestPayload({ userId: user, provider: 'garmin', resource: 'activity_details', payload: fixture('garmin/fixtures/activity-details-push.json') });
    await pipeline.ingestPayload({ userId: user, provider: 'garmin', resource: 'activities', payload: fixture('garmin/fixtures/activities-push.json') });
    await pipeline.ingestPayload({ userId: user, provider: 'garmin', resource: 'dailies', payload: fixture('garmin/fixtures/dailies-push.json') });
    await pipeline.ingestPayload({ userId: user, provider: 'whoop', resource: 'recovery', payload: fixture('whoop/fixtures/recoveries-page.json') });
    await pipeline.ingestPayload({ userId: user, provider: 'oura', resource: 'workout', payload: { data: [ouraRun('oura-1', THIRD_DAY)], next_token: null } });
    await pipeline.ingestPayload({ userId: user, provider: 'oura', resource: 'personal_info', payload: fixture('oura/fixtures/personal-info.json') });
    const before = await exactDump(storage, user);
    const records = before.external_activity_records as { id: string; provider: string }[];
    const stravaIds = new Set(records.filter((record) => record.provider === 'strava').map((record) => record.id));
    expect(stravaIds.size).toBe(3);
    expect((await storage.ingestionFailures.list(user)).some((failure) => failure.provider === 'strava')).toBe(true);
    const links = before.activity_instance_links as { activity_instance_id: string; external_activity_record_id: string | null }[];
    const touched = new Set(links.filter((link) => stravaIds.has(link.external_activity_record_id ?? '')).map((link) => link.activity_instance_id));
    const streams = before.external_metric_streams as { id: string; external_activity_record_id: string }[];
    const stravaStreams = new Set(streams.filter((stream) => stravaIds.has(stream.external_activity_record_id)).map((stream) => stream.id));

    const result = await pipeline.deleteRecords({ userId: user, provider: 'strava', reason: 'strava deauthorization' });
    expect(result.deleted).toMatchObject({ records: 3, activities: 1, activitiesRebuilt: 1 });
    expect(result.run.stats_json).toMatchObject({ scope: 'all', requested: null, external_ids: null, reason: 'strava deauthorization', deleted: { failures: 1 } });

    const after = await exactDump(storage, user);
    const keep = <T extends object>(rows: unknown, test: (row: T) => boolean) => (rows as T[]).filter(test);
    const notStrava = (row: { provider?: string | null }) => row.provider !== 'strava';
    expect(after.external_activity_records).toEqual(keep(before.external_activity_records, notStrava));
    expect(after.external_record_revisions).toEqual(keep(before.external_record_revisions, (row: { external_activity_record_id: string }) => !stravaIds.has(row.external_activity_record_id)));
    expect(after.external_metric_streams).toEqual(keep(before.external_metric_streams, (row: { id: string }) => !stravaStreams.has(row.id)));
    expect(after.metric_samples).toEqual(keep(before.metric_samples, (row: { external_metric_stream_id: string | null }) => !stravaStreams.has(row.external_metric_stream_id ?? '')));
    expect(after.recovery_signals).toEqual(before.recovery_signals);
    expect(after.user_biometrics_history).toEqual(before.user_biometrics_history);
    expect(after.daily_activity_totals).toEqual(before.daily_activity_totals);
    expect(after.user_profile).toEqual(before.user_profile);
    const untouched = (row: { id?: string; activity_instance_id?: string }) => !touched.has(row.activity_instance_id ?? row.id ?? '');
    expect(keep(after.activity_instances, untouched)).toEqual(keep(before.activity_instances, untouched));
    expect(keep(after.activity_instance_links, untouched)).toEqual(keep(before.activity_instance_links, untouched));
    expect(keep(after.activity_merge_decisions, untouched)).toEqual(keep(before.activity_merge_decisions, untouched));
    expect(keep(after.activity_instance_links, (row: { external_activity_record_id: string | null }) => stravaIds.has(row.external_activity_record_id ?? ''))).toEqual([]);
    expect((await storage.ingestionFailures.list(user)).filter((failure) => failure.provider === 'strava')).toEqual([]);
    expect((after.activity_instances as { provider: string | null }[]).some((row) => row.provider === 'strava')).toBe(false);
  });

  it('is idempotent: a second call, or ids that are not stored, delete nothing and still record a run', async () => {
    await ingestThree();
    await ingestStravaWithStreams();
    const first = await pipeline.deleteRecords({ userId: user, provider: 'strava', externalIds: ['5001'], reason: 'deleted' });
    expect(first.deleted.records).toBe(2);
    const dump = await exactDump(storage, user);
    const second = await pipeline.deleteRecords({ userId: user, provider: 'strava', externalIds: ['5001'], reason: 'deleted' });
    expect(second.deleted).toEqual({ records: 0, activities: 0, activitiesRebuilt: 0, otherRows: 0 });
    expect(second.run).toMatchObject({ status: 'succeeded', error: null });
    expect(second.run.id).not.toBe(first.run.id);
    const unknown = await pipeline.deleteRecords({ userId: user, provider: 'whoop', externalIds: ['no-such-workout', 'nor-this'], reason: 'deleted' });
    expect(unknown.deleted).toEqual({ records: 0, activities: 0, activitiesRebuilt: 0, otherRows: 0 });
    const none = await pipeline.deleteRecords({ userId: user, provider: 'oura', externalIds: [], reason: 'deleted' });
    expect(none.deleted.records).toBe(0);
    const all = await pipeline.deleteRecords({ userId: user, provider: 'oura', reason: 'deauthorized' });
    expect(all.deleted.records).toBe(0);
    expect(await exactDump(storage, user)).toEqual(dump);
    const runs = await pipeline.listRuns({ userId: user });
    expect(runs.filter((entry) => (entry.run.stats_json as { operation?: string }).operation === 'delete_records')).toHaveLength(5);
  });

  it('keeps a manual activity that had a device record merged in, restoring its own values', async () => {
    await seedCatalogRows(storage);
    const manualId = await insertManualTempoRun(storage, user);
    await pipeline.ingestPayload({ userId: user, provider: 'garmin', resource: 'activities', payload: [garminRun('g5001', { start: '2024-06-12T05:01:00.000Z', seconds: 3500, avgHr: 151 })] });
    expect(await storage.activityInstances.get(user, manualId)).toMatchObject({ avg_hr_bpm: 151, duration_seconds: 3500 });
    const result = await pipeline.deleteRecords({ userId: user, provider: 'garmin', reason: 'garmin deregistration' });
    expect(result.deleted).toMatchObject({ records: 1, activities: 0, activitiesRebuilt: 1 });
    expect(await storage.activityInstances.get(user, manualId)).toMatchObject({
      source: 'manual',
      title: 'Tempo with Anna',
      perceived_difficulty: 7,
      performed_start: '2024-06-12T05:00:00.000Z',
      duration_seconds: 3600,
      avg_hr_bpm: null,
    });
  });

  it('cannot be undone by a replay, nor by re-ingesting the other providers', async () => {
    await ingestThree();
    await ingestStravaWithStreams();
    await pipeline.deleteRecords({ userId: user, provider: 'strava', reason: 'strava deauthorization' });
    const after = await exactDump(storage, user);
    const replays = await pipeline.replay({ userId: user });
    expect(replays.map((summary) => summary.run.provider).sort()).toEqual(['garmin', 'whoop']);
    expect(await exactDump(storage, user)).toEqual(after);
    const strava = await pipeline.replay({ userId: user, provider: 'strava' });
    expect(strava).toEqual([]);
    await pipeline.ingestPayload({ userId: user, provider: 'garmin', resource: 'activities', payload: garminPage() });
    await pipeline.ingestPayload({ userId: user, provider: 'whoop', resource: 'workouts', payload: whoopPage() });
    expect(await exactDump(storage, user)).toEqual(after);
    expect((await storage.externalActivityRecords.list(user)).some((record) => record.provider === 'strava')).toBe(false);
    expect(await storage.metricSamples.list(user)).toEqual([]);
  });

  it('rolls everything back, the run included, when the storage fails midway', async () => {
    await ingestThree();
    const before = await exactDump(storage, user);
    const runs = (await storage.ingestionRuns.list(user)).length;
    const failing = new Proxy(storage, {
      get(target, key, receiver) {
        if (key !== 'transaction') return Reflect.get(target, key, receiver) as unknown;
        return <T>(work: (tx: TrainkitRepositories) => Promise<T>) =>
          target.transaction((tx) =>
            work({
              ...tx,
              externalActivityRecords: Object.assign(Object.create(tx.externalActivityRecords) as TrainkitRepositories['externalActivityRecords'], {
                deleteWhere: () => Promise.reject(new Error('disk I/O error')),
              }),
            } as TrainkitRepositories),
          );
      },
    });
    let next = 0;
    const failingPipeline = testPipeline(failing, { ids: (prefix) => `${prefix}_failing_${++next}` });
    await expect(failingPipeline.deleteRecords({ userId: user, provider: 'garmin', reason: 'test' })).rejects.toThrow(/disk I\/O error/);
    expect(await exactDump(storage, user)).toEqual(before);
    expect(await storage.ingestionRuns.list(user)).toHaveLength(runs);
  });

  it('throws typed errors for bad input and writes nothing', async () => {
    await ingestThree();
    const before = await exactDump(storage, user);
    await expect(pipeline.deleteRecords({ userId: 'nobody', provider: 'strava', reason: 'x' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(pipeline.deleteRecords({ userId: user, provider: 'fitbit' as never, reason: 'x' })).rejects.toBeInstanceOf(ValidationError);
    await expect(pipeline.deleteRecords({ userId: user, provider: 'strava', reason: '  ' })).rejects.toMatchObject({ issues: [{ path: 'reason' }] });
    await expect(pipeline.deleteRecords({ userId: user, provider: 'strava', externalIds: ['5001', 7 as never], reason: 'x' })).rejects.toMatchObject({
      issues: [{ path: 'externalIds.1' }],
    });
    await expect(pipeline.deleteRecords({ userId: user, provider: 'strava', externalIds: '5001' as never, reason: 'x' })).rejects.toBeInstanceOf(ValidationError);
    await expect(pipeline.deleteRecords({ userId: user, provider: 'strava', reason: 'x', kind: 'manual' as never })).rejects.toMatchObject({ issues: [{ path: 'kind' }] });
    expect(await exactDump(storage, user)).toEqual(before);
    expect((await storage.ingestionRuns.list(user)).filter((run) => run.kind === 'webhook')).toEqual([]);
  });
});

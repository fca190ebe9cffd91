import { readFileSync } from 'node:fs';
import type { Provider, TrainkitStorage, UserId } from '@trainkit/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestPipeline } from '../ingest-pipeline.js';
import { PROVIDER_RESOURCES } from '../registry/provider-resources.js';
import { createUser, garminRun, openStorage, stravaRun, testPipeline, whoopRun } from '../test-support/ingest-fixtures.js';

const fixture = (path: string) => readFileSync(new URL(`../../../providers/src/${path}`, import.meta.url), 'utf8');

let storage: TrainkitStorage;
let user: UserId;
let pipeline: IngestPipeline;

beforeAll(async () => {
  storage = await openStorage();
  user = await createUser(storage, 'athlete_1');
  pipeline = testPipeline(storage);
});
afterAll(async () => storage.close());

const RUN = { start: '2024-06-12T05:00:00.000Z', seconds: 3600, avgHr: 150 };

describe('bad input never throws and becomes a recorded failure', () => {
  it('keeps a truncated body as raw text', async () => {
    const text = JSON.stringify([stravaRun(2001, RUN)]).slice(0, 80);
    const summary = await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: text });
    expect(summary.run).toMatchObject({ status: 'failed', error: '1 failure: invalid_json ×1' });
    expect(summary.failures).toMatchObject([{ code: 'invalid_json', raw_text: text, raw_payload_json: null, external_activity_record_id: null, path_json: [] }]);
  });

  it('keeps an HTML error page as raw text', async () => {
    const html = fixture('strava/fixtures/error-page.html');
    const summary = await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: html });
    expect(summary.run.status).toBe('failed');
    expect(summary.failures).toMatchObject([{ code: 'not_json', raw_text: html }]);
  });

  it('keeps JSON of the wrong shape as its parsed payload', async () => {
    const summary = await pipeline.ingestPayload({ userId: user, provider: 'whoop', resource: 'workouts', payload: { records: 'none' } });
    expect(summary.run.status).toBe('failed');
    expect(summary.failures[0]).toMatchObject({ code: 'schema_mismatch', raw_payload_json: { records: 'none' }, raw_text: null });
  });

  it('stores a record without an id beside its failure, and the good records of the page', async () => {
    const { id: _id, ...noId } = stravaRun(2002, RUN);
    const summary = await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: [noId, stravaRun(2003, RUN)] });
    expect(summary.run.status).toBe('partial');
    expect(summary.counts).toMatchObject({ seen: 2, new: 1, failed: 1 });
    expect(summary.failures).toMatchObject([{ code: 'missing_id', external_id: null, raw_payload_json: noId, path_json: [0, 'id'] }]);
  });

  it('stores a record with an invalid date in the raw lake, marked failed, with the failure pointing at it', async () => {
    const bad = { ...stravaRun(2004, RUN), start_date: '2024-13-45T99:00:00Z' };
    const summary = await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: [bad] });
    expect(summary.run.status).toBe('failed');
    const record = await storage.externalActivityRecords.findByExternalId(user, 'strava', '2004');
    expect(record).toMatchObject({ normalization_status: 'failed', raw_payload_json: bad, resource: 'activities' });
    expect(record?.normalization_error).toMatch(/^invalid_date: /);
    expect(summary.failures).toMatchObject([{ code: 'invalid_date', external_id: '2004', external_activity_record_id: record!.id, raw_payload_json: null }]);
    expect(await storage.activityInstances.findByExternalRecord(user, record!.id)).toBeUndefined();
    const fixed = await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: [stravaRun(2004, RUN)] });
    expect(fixed.counts).toMatchObject({ updated: 1, failed: 0 });
    expect(await storage.activityInstances.findByExternalRecord(user, record!.id)).toBeDefined();
  });

  it('drops a heart rate of 900 with a warning and keeps the rest of the activity', async () => {
    const summary = await pipeline.ingestPayload({ userId: user, provider: 'garmin', resource: 'activities', payload: [garminRun('g900', { start: '2024-05-01T05:00:00.000Z', seconds: 3600, avgHr: 900, maxHr: 950 })] });
    expect(summary.run.status).toBe('succeeded');
    expect(summary.warnings.map((warning) => warning.code)).toContain('out_of_bounds');
    expect(summary.warnings[0]).toMatchObject({ external_id: 'g900' });
    const record = await storage.externalActivityRecords.findByExternalId(user, 'garmin', 'g900');
    const activity = await storage.activityInstances.findByExternalRecord(user, record!.id);
    expect(activity).toMatchObject({ avg_hr_bpm: null, max_hr_bpm: null, duration_seconds: 3600 });
  });

  it('fails streams of different lengths, keeping them raw', async () => {
    const streams = { time: { data: [0, 1, 2] }, heartrate: { data: [120, 121] } };
    const summary = await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'streams', payload: streams, options: { activityId: 2005 } });
    expect(summary.run.status).toBe('failed');
    expect(summary.failures).toMatchObject([{ code: 'stream_length_mismatch', external_id: '2005:streams' }]);
    expect((await storage.externalActivityRecords.findByExternalId(user, 'strava', '2005:streams'))?.raw_payload_json).toEqual(streams);
  });

  it('records wrong types inside a record as a failure or a warning, never a throw', async () => {
    const weird = { ...whoopRun('6b1c4c4e-0000-4000-8000-000000000001', RUN), start: 12345, score: 'high' };
    const summary = await pipeline.ingestPayload({ userId: user, provider: 'whoop', resource: 'workouts', payload: { records: [weird], next_token: null } });
    expect(summary.counts.failed + summary.counts.new).toBe(1);
    expect(summary.failures.every((failure) => failure.external_id === '6b1c4c4e-0000-4000-8000-000000000001')).toBe(true);
  });

  it('survives arbitrary mutations of valid payloads for every resource', async () => {
    const valid: Record<string, unknown> = {
      'strava/activities': [stravaRun(3001, RUN)],
      'garmin/activities': { activities: [garminRun('g3001', RUN)] },
      'whoop/workouts': { records: [whoopRun('6b1c4c4e-0000-4000-8000-000000000002', RUN)], next_token: null },
    };
    const resources = Object.entries(PROVIDER_RESOURCES).flatMap(([provider, entries]) => Object.keys(entries).map((resource) => ({ provider: provider as Provider, resource })));
    const payloads = fc.oneof(
      fc.jsonValue(),
      fc.string(),
      fc.constantFrom(...Object.values(valid)).chain((payload) =>
        fc.oneof(
          fc.nat(JSON.stringify(payload).length).map((cut) => JSON.stringify(payload).slice(0, cut)),
          fc.tuple(fc.nat(JSON.stringify(payload).length), fc.string({ maxLength: 3 })).map(([at, text]) => {
            const json = JSON.stringify(payload);
            return json.slice(0, at) + text + json.slice(at + 1);
          }),
        ),
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...resources), payloads, async ({ provider, resource }, payload) => {
        const summary = await pipeline.ingestPayload({ userId: user, provider, resource, payload, options: { activityId: 3001 } });
        expect(['succeeded', 'partial', 'failed']).toContain(summary.run.status);
        expect(summary.counts.failed).toBe(await storage.ingestionFailures.countByRun(user, summary.run.id));
      }),
      { numRuns: 150 },
    );
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { ProviderHttpError } from '../errors/provider-http-error.js';
import { fakeGarminCallbackUrl } from '../test-support/fake-provider-api.js';
import { openSyncWorld, type SyncWorld } from '../test-support/sync-test-world.js';
import { isGarminCallbackUrl } from './fetch-object.js';
import type { FetchedPayload } from './sync-types.js';

const worlds: SyncWorld[] = [];
async function world(): Promise<SyncWorld> {
  const opened = await openSyncWorld();
  worlds.push(opened);
  return opened;
}
afterEach(async () => {
  for (const opened of worlds.splice(0)) await opened.close();
});

async function ingestAll(w: SyncWorld, provider: 'strava' | 'whoop' | 'oura' | 'garmin', payloads: readonly FetchedPayload[]) {
  const results = [];
  for (const payload of payloads) {
    results.push(await w.pipeline.ingestPayload({ userId: w.userId, provider, kind: 'webhook', resource: payload.resource, payload: payload.payload, ...(payload.options ? { options: payload.options } : {}) }));
  }
  return results;
}

describe('fetchObject', () => {
  it('strava activity: the detail and its streams, which the pipeline stores', async () => {
    const w = await world();
    const [activity] = w.api.dataset.strava.activities;
    const payloads = await w.service.fetchObject('strava', w.userId, { objectType: 'activity', objectId: activity?.id ?? '' });
    expect(payloads.map((payload) => payload.resource)).toEqual(['activity', 'streams']);
    expect(payloads[0]?.payload).toMatchObject({ id: Number(activity?.id), resource_state: 3 });
    expect(payloads[1]?.options).toEqual({ activityId: activity?.id });
    expect(w.api.served.map((request) => request.path)).toEqual([`/activities/${activity?.id}`, `/activities/${activity?.id}/streams`]);
    const results = await ingestAll(w, 'strava', payloads);
    expect(results.map((result) => result.counts.failed)).toEqual([0, 0]);
    expect((await w.storage.activityInstances.list(w.userId)).length).toBe(1);
  });

  it('strava manual activity: the detail only (no streams: 404); athlete objects have nothing to fetch', async () => {
    const w = await world();
    const manual = w.api.dataset.strava.activities.find((activity) => activity.streams === null);
    const payloads = await w.service.fetchObject('strava', w.userId, { objectType: 'activity', objectId: manual?.id ?? '' });
    expect(payloads.map((payload) => payload.resource)).toEqual(['activity']);
    expect(await w.service.fetchObject('strava', w.userId, { objectType: 'athlete', objectId: '48151623' })).toEqual([]);
  });

  it('whoop: workout, sleep and cycle by id; recovery by cycle id (v1) or by sleep UUID (v2)', async () => {
    const w = await world();
    const { workouts, sleep, cycles, recovery } = w.api.dataset.whoop;
    const workout = await w.service.fetchObject('whoop', w.userId, { objectType: 'workout', objectId: workouts[0]?.id ?? '' });
    expect(workout).toEqual([{ resource: 'workouts', payload: workouts[0]?.data }]);
    expect(await w.service.fetchObject('whoop', w.userId, { objectType: 'sleep', objectId: sleep[1]?.id ?? '' })).toEqual([{ resource: 'sleep', payload: sleep[1]?.data }]);
    expect(await w.service.fetchObject('whoop', w.userId, { objectType: 'cycle', objectId: cycles[2]?.id ?? '' })).toEqual([{ resource: 'cycles', payload: cycles[2]?.data }]);
    expect(await w.service.fetchObject('whoop', w.userId, { objectType: 'recovery', objectId: recovery[3]?.id ?? '' })).toEqual([{ resource: 'recovery', payload: recovery[3]?.data }]);
    const bySleep = await w.service.fetchObject('whoop', w.userId, { objectType: 'recovery', objectId: sleep[4]?.id ?? '' });
    expect(bySleep).toEqual([
      { resource: 'sleep', payload: sleep[4]?.data },
      { resource: 'recovery', payload: recovery[4]?.data },
    ]);
    expect(w.api.served.at(-1)?.path).toBe(`/v2/cycle/${cycles[4]?.id}/recovery`);
    const results = await ingestAll(w, 'whoop', [...workout, ...bySleep]);
    expect(results.every((result) => result.counts.failed === 0 && result.counts.new === 1)).toBe(true);
  });

  it('oura: a document by data_type and id, handed over as a one-item list the pipeline reads; other types give nothing', async () => {
    const w = await world();
    const sleep = w.api.dataset.oura.sleep[2];
    const payloads = await w.service.fetchObject('oura', w.userId, { objectType: 'sleep', objectId: sleep?.id ?? '' });
    expect(payloads).toEqual([{ resource: 'sleep', payload: [sleep?.data] }]);
    expect(w.api.served.map((request) => request.path)).toEqual([`/v2/usercollection/sleep/${sleep?.id}`]);
    const [result] = await ingestAll(w, 'oura', payloads);
    expect(result?.counts).toMatchObject({ new: 1, failed: 0 });
    expect((await w.storage.externalActivityRecords.findByExternalId(w.userId, 'oura', sleep?.id ?? ''))?.raw_payload_json).toEqual(sleep?.data);
    expect(await w.service.fetchObject('oura', w.userId, { objectType: 'tag', objectId: 'x' })).toEqual([]);
    expect(w.api.served.length).toBe(1);
  });

  it('garmin: the ping callback URL, as the ingest resource of its summary type', async () => {
    const w = await world();
    const [daily] = w.api.dataset.garmin.dailies;
    const start = Math.floor((daily?.at ?? 0) / 1000) - 60;
    const callbackUrl = fakeGarminCallbackUrl(w.server.url, 'dailies', start, start + 3600);
    const payloads = await w.service.fetchObject('garmin', w.userId, { objectType: 'dailies', objectId: 'ping', callbackUrl });
    expect(payloads).toEqual([{ resource: 'dailies', payload: [daily?.data] }]);
    expect(w.api.served[0]?.query.token).toBe(`pull-${start}`);
    const [result] = await ingestAll(w, 'garmin', payloads);
    expect(result?.counts).toMatchObject({ new: 1, failed: 0 });
    const bySummaryType = await w.service.fetchObject('garmin', w.userId, { objectType: 'bodyComps', objectId: '', callbackUrl: fakeGarminCallbackUrl(w.server.url, 'bodyComps', start, start + 60) });
    expect(bySummaryType.map((payload) => payload.resource)).toEqual(['body_compositions']);
    expect(await w.service.fetchObject('garmin', w.userId, { objectType: 'activityFiles', objectId: '', callbackUrl })).toEqual([]);
  });

  it('garmin: refuses a callback URL that is not allowed, malformed or missing, before any request', async () => {
    const w = await world();
    await expect(w.service.fetchObject('garmin', w.userId, { objectType: 'dailies', objectId: '', callbackUrl: 'https://attacker.example/steal' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'callbackUrl', rule: 'not_allowed' }],
    });
    await expect(w.service.fetchObject('garmin', w.userId, { objectType: 'dailies', objectId: '', callbackUrl: 'not a url' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(w.service.fetchObject('garmin', w.userId, { objectType: 'dailies', objectId: 'x' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(w.service.fetchObject('strava', w.userId, { objectType: 'activity', objectId: ' ' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(w.api.served).toEqual([]);
    expect(isGarminCallbackUrl(new URL('https://apis.garmin.com/wellness-api/rest/dailies'))).toBe(true);
    expect(isGarminCallbackUrl(new URL('http://apis.garmin.com/wellness-api/rest/dailies'))).toBe(false);
    expect(isGarminCallbackUrl(new URL('https://garmin.com.attacker.example/'))).toBe(false);
  });

  it('a body that is not JSON comes back as its raw text, which the pipeline records as a typed failure', async () => {
    const w = await world();
    w.api.inject({ provider: 'whoop', times: Number.POSITIVE_INFINITY, fault: { kind: 'html_page' } });
    const [workout] = w.api.dataset.whoop.workouts;
    const payloads = await w.service.fetchObject('whoop', w.userId, { objectType: 'workout', objectId: workout?.id ?? '' });
    expect(payloads).toHaveLength(1);
    expect(typeof payloads[0]?.payload).toBe('string');
    expect(payloads[0]?.payload).toContain('<html');
    const [result] = await ingestAll(w, 'whoop', payloads);
    expect(result?.counts.failed).toBe(1);
    expect((await w.storage.ingestionFailures.list(w.userId))[0]?.raw_text).toContain('<html');
  });

  it('a missing object is a typed not_found ProviderHttpError', async () => {
    const w = await world();
    const error = await w.service.fetchObject('whoop', w.userId, { objectType: 'workout', objectId: 'no-such-workout' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderHttpError);
    expect(error).toMatchObject({ reason: 'not_found', details: { status: 404 } });
  });
});

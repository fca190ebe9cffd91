import type { ProviderWebhookDeliveryRow } from '@trainkit/core';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EXTERNAL,
  openWebhookWorld,
  ouraHeaders,
  PROVIDERS,
  providerFixture,
  webhookRequest,
  whoopHeaders,
  type WebhookWorld,
} from '../test-support/webhook-test-kit.js';
import { createFakeDataset } from '../test-support/fake-provider-api.js';
import { createWebhookHandlers, type WebhookHandlers } from './create-webhook-handlers.js';
import { drainWebhookDeliveries } from './drain-webhook-deliveries.js';
import { processWebhookDelivery } from './process-webhook-delivery.js';
import type { ScheduledWebhookDelivery } from './scheduled-webhook-delivery.js';

let world: WebhookWorld;
let handlers: WebhookHandlers;

function handlersFor(current: WebhookWorld, extra: { schedule?: (delivery: ScheduledWebhookDelivery) => void } = {}): WebhookHandlers {
  return createWebhookHandlers({
    storage: current.storage,
    runtime: current.runtime,
    ids: current.ids,
    providers: PROVIDERS,
    ...extra,
    process: (delivery) =>
      processWebhookDelivery({ storage: current.storage, pipeline: current.pipeline, sync: current.sync, clock: current.runtime.clock, logger: current.runtime.logger, delivery }),
  });
}

beforeEach(async () => {
  world = await openWebhookWorld();
  handlers = handlersFor(world);
});
afterEach(async () => {
  await handlers.idle();
  await world.close();
});

const nowMs = () => world.runtime.clock().getTime();
/** The data the fake provider API of every world serves (deterministic: the same ids in each). */
const DATA = createFakeDataset({ start: '2024-06-10', days: 2 });
const WORKOUT_ID = DATA.whoop.workouts[0]?.id ?? '';
const OTHER_WORKOUT_ID = DATA.whoop.workouts[1]?.id ?? '';
const SLEEP_ID = DATA.oura.sleep[0]?.id ?? '';
const ACTIVITY_ID = DATA.strava.activities[0]?.id ?? '';
const whoopEvent = (id: string, traceId: string) => JSON.stringify({ user_id: 10129, id, type: 'workout.updated', trace_id: traceId });
const WHOOP_WORKOUT = whoopEvent(WORKOUT_ID, 'd3c1a2b0-7e55-4d0b-8a8e-2f4a9c6b1e77');
const OURA_SLEEP = JSON.stringify({ event_type: 'update', data_type: 'sleep', object_id: SLEEP_ID, event_time: '2024-06-12T13:41:22.000+00:00', user_id: '2F3A4B5C6D7E' });

function signedWhoop(body: string, timestampMs = nowMs()): Request {
  return webhookRequest('whoop', { body, headers: whoopHeaders(body, timestampMs) });
}

function signedOura(body: string, timestampSeconds = Math.floor(nowMs() / 1000)): Request {
  return webhookRequest('oura', { body, headers: ouraHeaders(body, timestampSeconds) });
}

function stravaEvent(aspect: 'create' | 'update' | 'delete', objectId: number, eventTime: number, updates: Record<string, string> = {}): string {
  return JSON.stringify({ aspect_type: aspect, event_time: eventTime, object_id: objectId, object_type: 'activity', owner_id: 48151623, subscription_id: 120475, updates });
}

const STRAVA_CREATE = stravaEvent('create', Number(ACTIVITY_ID), 1718202083);

async function deliveries(): Promise<ProviderWebhookDeliveryRow[]> {
  return [...(await world.storage.webhookDeliveries.list(world.user)), ...(await world.storage.webhookDeliveries.list(world.otherUser))];
}

async function expectProblem(response: Response, status: number, reason: string): Promise<Record<string, unknown>> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const problem = (await response.json()) as Record<string, unknown>;
  expect(problem).toMatchObject({ status, reason, type: `https://trainkit.dev/problems/webhook/${reason}` });
  expect(typeof problem.code).toBe('string');
  expect(typeof problem.title).toBe('string');
  expect(JSON.stringify(problem)).not.toMatch(/stack|at .*\.ts:\d+|client-secret|whoop-client-secret/);
  return problem;
}

describe('WHOOP and Oura deliveries', () => {
  it('stores a valid WHOOP delivery, answers 200 and processes it into canonical rows in a webhook run', async () => {
    const response = await handlers.whoop(signedWhoop(WHOOP_WORKOUT));
    expect(response.status).toBe(200);
    const ack = (await response.json()) as { status: string; deliveries: string[] };
    expect(ack.status).toBe('accepted');
    await handlers.idle();

    const [delivery] = await deliveries();
    expect(delivery).toMatchObject({
      id: ack.deliveries[0],
      user_id: world.user,
      provider: 'whoop',
      delivery_key: 'd3c1a2b0-7e55-4d0b-8a8e-2f4a9c6b1e77',
      status: 'processed',
      attempts: 1,
      error: null,
    });
    expect(delivery?.event_json).toMatchObject({ kind: 'event', raw_body: WHOOP_WORKOUT, event: { action: 'update', object_type: 'workout', owner_id: '10129' } });
    const run = await world.storage.ingestionRuns.get(world.user, delivery?.ingestion_run_id as never);
    expect(run).toMatchObject({ kind: 'webhook', provider: 'whoop', status: 'succeeded' });
    const records = await world.storage.externalActivityRecords.list(world.user);
    expect(records.map((record) => [record.provider, record.external_id, record.ingestion_run_id])).toEqual([['whoop', WORKOUT_ID, run.id]]);
    const activities = await world.storage.activityInstances.list(world.user);
    expect(activities).toHaveLength(1);
    expect(activities[0]).toMatchObject({ provider: 'whoop', source: 'provider' });
    expect(world.api.served.map((served) => [served.provider, served.path, served.status, served.token])).toEqual([
      ['whoop', `/v2/activity/workout/${WORKOUT_ID}`, 200, 'whoop-access-token'],
    ]);
  });

  it('deletes a WHOOP recovery named by its sleep (v2) and leaves the cycle of the same id alone', async () => {
    const recovery = DATA.whoop.recovery[0]?.data as { cycle_id: number; sleep_id: string };
    const cycle = DATA.whoop.cycles.find((entry) => entry.data.id === recovery.cycle_id)?.data;
    await world.pipeline.ingestPayload({ userId: world.user, provider: 'whoop', resource: 'recovery', payload: { records: [recovery], next_token: null } });
    await world.pipeline.ingestPayload({ userId: world.user, provider: 'whoop', resource: 'cycles', payload: { records: [cycle], next_token: null } });
    const ids = async () => (await world.storage.externalActivityRecords.list(world.user)).map((record) => record.external_id).sort();
    expect(await ids()).toEqual([String(recovery.cycle_id), `${recovery.cycle_id}:recovery`]);
    const body = JSON.stringify({ user_id: 10129, id: recovery.sleep_id, type: 'recovery.deleted', trace_id: '0b5c2d6e-1f3a-4c8b-9d7e-5a6b7c8d9e0f' });
    expect((await handlers.whoop(signedWhoop(body))).status).toBe(200);
    await handlers.idle();
    expect(await ids()).toEqual([String(recovery.cycle_id)]);
    const signals = await world.storage.recoverySignals.list(world.user);
    expect(signals.filter((signal) => signal.signal_type === 'recovery_score')).toEqual([]);
  });

  it('stores a valid Oura delivery and processes the sleep into canonical rows', async () => {
    const response = await handlers.oura(signedOura(OURA_SLEEP));
    expect(response.status).toBe(200);
    await handlers.idle();
    const [delivery] = await deliveries();
    expect(delivery).toMatchObject({ provider: 'oura', status: 'processed', attempts: 1 });
    expect(delivery?.delivery_key).toMatch(/^[0-9a-f]{64}$/);
    const records = await world.storage.externalActivityRecords.list(world.user);
    expect(records.map((record) => [record.provider, record.external_id])).toEqual([['oura', SLEEP_ID]]);
    expect((await world.storage.recoverySignals.list(world.user)).length).toBeGreaterThan(0);
  });

  it('answers Oura verification with the challenge only for the configured token', async () => {
    const ok = await handlers.oura(webhookRequest('oura', { method: 'GET', query: '?verification_token=oura-verify-token&challenge=ch4ll3nge' }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ challenge: 'ch4ll3nge' });
    await expectProblem(await handlers.oura(webhookRequest('oura', { method: 'GET', query: '?verification_token=guess&challenge=x' })), 401, 'bad_verify_token');
  });

  it('refuses a forged signature with 401 and stores nothing in any table', async () => {
    const before = world.dump();
    const forgedWhoop = webhookRequest('whoop', { body: WHOOP_WORKOUT, headers: whoopHeaders(WHOOP_WORKOUT, nowMs(), 'not-the-secret') });
    const problem = await expectProblem(await handlers.whoop(forgedWhoop), 401, 'bad_signature');
    expect(problem.code).toBe('VALIDATION_FAILED');
    const tampered = WHOOP_WORKOUT.replace('workout.updated', 'sleep.deleted');
    await expectProblem(await handlers.whoop(webhookRequest('whoop', { body: tampered, headers: whoopHeaders(WHOOP_WORKOUT, nowMs()) })), 401, 'bad_signature');
    await expectProblem(await handlers.whoop(webhookRequest('whoop', { body: WHOOP_WORKOUT })), 401, 'missing_signature');
    await expectProblem(await handlers.oura(webhookRequest('oura', { body: OURA_SLEEP, headers: ouraHeaders(OURA_SLEEP, Math.floor(nowMs() / 1000), 'nope') })), 401, 'bad_signature');
    await handlers.idle();
    expect(world.dump()).toEqual(before);
    expect(world.api.served).toHaveLength(0);
    expect(JSON.stringify(world.runtime.logs)).not.toContain('client-secret');
  });

  it('refuses any single-byte change to a signed body or signature with 401 and stores nothing (property)', async () => {
    const before = world.dump();
    const signed = new TextEncoder().encode(WHOOP_WORKOUT);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: signed.length - 1 }), fc.integer({ min: 1, max: 255 }), fc.boolean(), async (index, delta, inSignature) => {
        const headers = whoopHeaders(signed, nowMs());
        let body = signed;
        if (inSignature) {
          const signature = headers['x-whoop-signature'] ?? '';
          const at = index % signature.length;
          const replacement = 0x21 + ((signature.charCodeAt(at) - 0x21 + (delta % 93) + 1) % 94);
          headers['x-whoop-signature'] = signature.slice(0, at) + String.fromCharCode(replacement) + signature.slice(at + 1);
        } else {
          body = Uint8Array.from(signed);
          body[index] = ((body[index] ?? 0) + delta) % 256;
        }
        const response = await handlers.whoop(webhookRequest('whoop', { body, headers }));
        expect(response.status).toBe(401);
        expect(((await response.json()) as { reason: string }).reason).toBe('bad_signature');
      }),
      { numRuns: 60 },
    );
    await handlers.idle();
    expect(world.dump()).toEqual(before);
  });

  it('refuses a replay outside the tolerance with 401 (both ways) and accepts one just inside it', async () => {
    const before = world.dump();
    await expectProblem(await handlers.whoop(signedWhoop(WHOOP_WORKOUT, nowMs() - 301_000)), 401, 'stale_timestamp');
    await expectProblem(await handlers.whoop(signedWhoop(WHOOP_WORKOUT, nowMs() + 301_000)), 401, 'stale_timestamp');
    await expectProblem(await handlers.oura(signedOura(OURA_SLEEP, Math.floor(nowMs() / 1000) - 3600)), 401, 'stale_timestamp');
    expect(world.dump()).toEqual(before);
    const inside = await handlers.whoop(signedWhoop(WHOOP_WORKOUT, nowMs() - 299_000));
    expect(inside.status).toBe(200);
  });

  it('answers a duplicate delivery with 200 and changes nothing', async () => {
    expect((await handlers.whoop(signedWhoop(WHOOP_WORKOUT))).status).toBe(200);
    expect((await handlers.oura(signedOura(OURA_SLEEP))).status).toBe(200);
    await handlers.idle();
    const before = world.dump();
    const requests = world.api.served.length;
    world.runtime.advance(60_000);
    const again = await handlers.whoop(signedWhoop(WHOOP_WORKOUT));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ status: 'duplicate' });
    const ouraAgain = await handlers.oura(signedOura(OURA_SLEEP));
    expect(await ouraAgain.json()).toEqual({ status: 'duplicate' });
    await handlers.idle();
    expect(world.dump()).toEqual(before);
    expect(world.api.served).toHaveLength(requests);
  });

  it('ignores an event of a provider user nobody connected: 200, nothing stored', async () => {
    const before = world.dump();
    const body = WHOOP_WORKOUT.replace('10129', '99999');
    const response = await handlers.whoop(signedWhoop(body));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ignored' });
    await handlers.idle();
    expect(world.dump()).toEqual(before);
  });

  it('answers 400 problems for malformed bodies and stores nothing', async () => {
    const before = world.dump();
    await expectProblem(await handlers.whoop(signedWhoop('{"user_id": 10129, "id": ')), 400, 'malformed_body');
    await expectProblem(await handlers.whoop(signedWhoop('{"user_id":10129,"id":"x","type":"profile.updated"}')), 400, 'malformed_body');
    await expectProblem(await handlers.strava(webhookRequest('strava', { body: 'not json' })), 400, 'malformed_body');
    await expectProblem(await handlers.strava(webhookRequest('strava', { body: '{"object_type":"club"}' })), 400, 'malformed_body');
    await expectProblem(await handlers.garmin(webhookRequest('garmin', { body: '[1,2,3]' })), 400, 'malformed_body');
    await expectProblem(await handlers.garmin(webhookRequest('garmin', { body: '{"activities": 3}' })), 400, 'malformed_body');
    await expectProblem(await handlers.oura(signedOura('\u00ff'.repeat(3))), 400, 'malformed_body');
    expect(world.dump()).toEqual(before);
  });

  it('answers wrong methods with 405, unconfigured providers with 404, oversized bodies with 413', async () => {
    const response = await handlers.whoop(webhookRequest('whoop', { method: 'GET' }));
    await expectProblem(response, 405, 'method_not_allowed');
    expect(response.headers.get('allow')).toBe('POST');
    const bare = createWebhookHandlers({ storage: world.storage, runtime: world.runtime, ids: world.ids, providers: {}, process: async () => undefined });
    await expectProblem(await bare.garmin(webhookRequest('garmin', { body: '{}' })), 404, 'provider_not_configured');
    const small = createWebhookHandlers({ storage: world.storage, runtime: world.runtime, ids: world.ids, providers: PROVIDERS, maxBodyBytes: 64, process: async () => undefined });
    await expectProblem(await small.whoop(signedWhoop(WHOOP_WORKOUT.padEnd(200, ' '))), 413, 'body_too_large');
  });

  it('answers 503 without details when the storage is unavailable, so the provider delivers again', async () => {
    await world.storage.close();
    const problem = await expectProblem(await handlers.whoop(signedWhoop(WHOOP_WORKOUT)), 503, 'unavailable');
    expect(problem.code).toBe('STORAGE_FAILED');
    expect(problem.detail).toBe('the delivery could not be stored; deliver it again later');
  });

  it('answers before processing finishes: the response arrives while the provider fetch is still pending', async () => {
    const slow = world.slowDown();
    try {
      const response = await handlers.whoop(signedWhoop(WHOOP_WORKOUT));
      expect(response.status).toBe(200);
      // The server logs a request when it arrives; the fake API answers it only once the gate opens.
      for (let wait = 0; wait < 500 && world.server.requests.length === 0; wait += 1) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(world.server.requests).toHaveLength(1);
      expect(world.api.served).toHaveLength(0);
      const [pending] = await deliveries();
      expect(pending?.status).toBe('received');
      expect(await world.storage.externalActivityRecords.list(world.user)).toHaveLength(0);
    } finally {
      slow.open();
    }
    await handlers.idle();
    const [done] = await deliveries();
    expect(done?.status).toBe('processed');
  });
});

describe('Strava', () => {
  it('answers the subscription handshake only with the configured verify token', async () => {
    const ok = await handlers.strava(webhookRequest('strava', { method: 'GET', query: '?hub.mode=subscribe&hub.verify_token=strava-verify-token&hub.challenge=15f7d1a91c1f40f8a748fd134752feb3' }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ 'hub.challenge': '15f7d1a91c1f40f8a748fd134752feb3' });
    const wrong = await handlers.strava(webhookRequest('strava', { method: 'GET', query: '?hub.mode=subscribe&hub.verify_token=strava-verify-tokeN&hub.challenge=abc' }));
    const problem = await expectProblem(wrong, 401, 'bad_verify_token');
    expect(JSON.stringify(problem)).not.toContain('strava-verify-token');
    await expectProblem(await handlers.strava(webhookRequest('strava', { method: 'GET', query: '?hub.mode=subscribe&hub.verify_token=strava-verify-token' })), 400, 'malformed_body');
  });

  it('refuses an event of another subscription', async () => {
    const body = STRAVA_CREATE.replace('120475', '999');
    await expectProblem(await handlers.strava(webhookRequest('strava', { body })), 401, 'bad_subscription');
    expect(await deliveries()).toHaveLength(0);
  });

  it('processes create, then update, then delete of an activity', async () => {
    expect((await handlers.strava(webhookRequest('strava', { body: STRAVA_CREATE }))).status).toBe(200);
    await handlers.idle();
    let records = await world.storage.externalActivityRecords.list(world.user);
    const activity = records.find((record) => record.external_id === ACTIVITY_ID);
    expect(activity).toMatchObject({ provider: 'strava', revision: 1 });
    expect(records.some((record) => record.resource === 'streams')).toBe(true);
    expect(await world.storage.activityInstances.list(world.user)).toHaveLength(1);

    const served = world.api.dataset.strava.activities.find((candidate) => candidate.id === ACTIVITY_ID);
    if (served === undefined) throw new Error('the fake dataset has no such activity');
    served.detail = { ...served.detail, name: 'Trail loop with Sam' };
    world.runtime.advance(60_000);
    const update = stravaEvent('update', Number(ACTIVITY_ID), 1718205512, { title: 'Trail loop with Sam' });
    expect((await handlers.strava(webhookRequest('strava', { body: update }))).status).toBe(200);
    await handlers.idle();
    records = await world.storage.externalActivityRecords.list(world.user);
    const updated = records.find((record) => record.external_id === ACTIVITY_ID);
    expect(updated?.revision).toBe(2);
    expect((updated?.raw_payload_json as { name: string }).name).toBe('Trail loop with Sam');
    expect((await world.storage.activityInstances.list(world.user))[0]?.title).toBe('Trail loop with Sam');

    world.api.dataset.strava.activities.splice(world.api.dataset.strava.activities.indexOf(served), 1);
    const remove = stravaEvent('delete', Number(ACTIVITY_ID), 1718300000);
    expect((await handlers.strava(webhookRequest('strava', { body: remove }))).status).toBe(200);
    await handlers.idle();
    expect(await world.storage.externalActivityRecords.list(world.user)).toHaveLength(0);
    expect(await world.storage.activityInstances.list(world.user)).toHaveLength(0);

    const rows = await deliveries();
    expect(rows.map((row) => [row.status, (row.event_json as { event: { action: string } }).event.action])).toEqual([
      ['processed', 'create'],
      ['processed', 'update'],
      ['processed', 'delete'],
    ]);
    const runs = await world.storage.ingestionRuns.list(world.user);
    expect(runs.map((run) => [run.kind, run.provider])).toEqual([
      ['webhook', 'strava'],
      ['webhook', 'strava'],
      ['webhook', 'strava'],
    ]);
    expect(rows.map((row) => row.ingestion_run_id)).toEqual(runs.map((run) => run.id));
  });

  it('does not apply a (forged) delete of an activity Strava still has', async () => {
    await handlers.strava(webhookRequest('strava', { body: STRAVA_CREATE }));
    await handlers.idle();
    const before = await world.storage.externalActivityRecords.list(world.user);
    expect((await handlers.strava(webhookRequest('strava', { body: stravaEvent('delete', Number(ACTIVITY_ID), 1718300001) }))).status).toBe(200);
    await handlers.idle();
    expect(await world.storage.externalActivityRecords.list(world.user)).toEqual(before);
    expect(await world.storage.activityInstances.list(world.user)).toHaveLength(1);
    const rows = await deliveries();
    expect(rows[1]).toMatchObject({ status: 'processed' });
    expect(rows[1]?.error).toContain('still exists');
  });

  it('ignores athlete updates that are not a deauthorization', async () => {
    const body = JSON.stringify({ aspect_type: 'update', event_time: 1718400000, object_id: 48151623, object_type: 'athlete', owner_id: 48151623, subscription_id: 120475, updates: { title: 'x' } });
    const response = await handlers.strava(webhookRequest('strava', { body }));
    expect(await response.json()).toMatchObject({ status: 'ignored' });
    expect(await deliveries()).toHaveLength(0);
  });

  it('on deauthorization deletes that provider\'s data of the athlete, keeps other providers\' rows, revokes the account and records it', async () => {
    await handlers.strava(webhookRequest('strava', { body: STRAVA_CREATE }));
    await handlers.whoop(signedWhoop(WHOOP_WORKOUT));
    await handlers.idle();
    const whoopRecords = (await world.storage.externalActivityRecords.list(world.user)).filter((record) => record.provider === 'whoop');
    const whoopActivities = (await world.storage.activityInstances.list(world.user)).filter((activity) => activity.provider === 'whoop');
    expect(whoopRecords).toHaveLength(1);
    expect(whoopActivities).toHaveLength(1);

    const deauthorize = providerFixture('strava/fixtures/webhook-athlete-deauthorize.json');
    expect((await handlers.strava(webhookRequest('strava', { body: deauthorize }))).status).toBe(200);
    await handlers.idle();

    const records = await world.storage.externalActivityRecords.list(world.user);
    expect(records.filter((record) => record.provider === 'strava')).toHaveLength(0);
    expect(records.filter((record) => record.provider === 'whoop')).toEqual(whoopRecords);
    expect((await world.storage.activityInstances.list(world.user)).filter((activity) => activity.provider === 'whoop')).toEqual(whoopActivities);
    expect((await world.storage.activityInstances.list(world.user)).filter((activity) => activity.provider === 'strava')).toHaveLength(0);

    const account = await world.storage.providerAccounts.get(world.user, world.accounts.strava.id);
    expect(account).toMatchObject({ status: 'revoked', access_token_encrypted: null, refresh_token_encrypted: null, token_expires_at: null });
    const others = await world.storage.providerAccounts.listByProvider(world.user, 'whoop');
    expect(others[0]?.status).toBe('active');

    const delivery = (await deliveries()).find((row) => (row.event_json as { event?: { action: string } }).event?.action === 'deauthorize');
    expect(delivery?.status).toBe('processed');
    const run = await world.storage.ingestionRuns.get(world.user, delivery?.ingestion_run_id as never);
    expect(run).toMatchObject({ provider: 'strava', kind: 'webhook' });

    // The account is revoked: later Strava events of that athlete are ignored.
    const after = await handlers.strava(webhookRequest('strava', { body: stravaEvent('create', 1, 1718500000) }));
    expect(await after.json()).toMatchObject({ status: 'ignored' });
  });
});

describe('Garmin', () => {
  it('splits a push batch into one delivery per connected user and ignores unknown users', async () => {
    const push = JSON.parse(providerFixture('garmin/fixtures/activities-push.json')) as { activities: Record<string, unknown>[] };
    const mine = push.activities.slice(0, 2);
    const theirs = { ...push.activities[2], userId: 'garmin-user-of-athlete-2', summaryId: '77001', activityId: 77001 };
    const stranger = { ...push.activities[3], userId: 'someone-else', summaryId: '88001', activityId: 88001 };
    const body = JSON.stringify({ activities: [...mine, theirs, stranger] });
    const response = await handlers.garmin(webhookRequest('garmin', { body }));
    expect(response.status).toBe(200);
    const ack = (await response.json()) as { status: string; deliveries: string[] };
    expect(ack).toMatchObject({ status: 'accepted' });
    expect(ack.deliveries).toHaveLength(2);
    await handlers.idle();

    const rows = await deliveries();
    expect(rows.map((row) => [row.user_id, row.status])).toEqual([
      [world.user, 'processed'],
      [world.otherUser, 'processed'],
    ]);
    expect(new Set(rows.map((row) => row.delivery_key)).size).toBe(2);
    expect(rows[0]?.event_json).toMatchObject({ kind: 'garmin', garmin_user_id: EXTERNAL.garmin, summaries: { activities: mine }, callbacks: [] });
    const my = await world.storage.externalActivityRecords.list(world.user);
    expect(my.map((record) => record.external_id).sort()).toEqual(['15634289172', '15641010233']);
    const their = await world.storage.externalActivityRecords.list(world.otherUser);
    expect(their.map((record) => record.external_id)).toEqual(['77001']);
    expect(JSON.stringify(world.dump())).not.toContain('88001');
    expect(world.api.served).toHaveLength(0);

    const again = await handlers.garmin(webhookRequest('garmin', { body }));
    expect(await again.json()).toEqual({ status: 'duplicate' });
  });

  it('answers 200 ignored for a batch of unknown users only, storing nothing', async () => {
    const before = world.dump();
    const body = JSON.stringify({ dailies: [{ userId: 'nobody', summaryId: 'x1', calendarDate: '2024-06-12' }] });
    const response = await handlers.garmin(webhookRequest('garmin', { body }));
    expect(await response.json()).toMatchObject({ status: 'ignored' });
    expect(world.dump()).toEqual(before);
  });

  it('fetches the callbackURL of a ping for the known user and ingests what it returns', async () => {
    const uploaded = DATA.garmin.activities[0];
    if (uploaded === undefined) throw new Error('the fake dataset has no Garmin activity');
    const callbackURL = world.garminCallbackUrl('activities', uploaded.at);
    const ping = JSON.parse(providerFixture('garmin/fixtures/ping-activities.json')) as { activities: { userId: string; callbackURL: string }[] };
    const body = JSON.stringify({ activities: ping.activities.map((entry) => ({ ...entry, callbackURL })) });
    const response = await handlers.garmin(webhookRequest('garmin', { body }));
    const ack = (await response.json()) as { deliveries: string[] };
    expect(ack.deliveries).toHaveLength(1);
    await handlers.idle();
    const window = new URL(callbackURL).searchParams;
    expect(world.api.served.map((served) => [served.provider, served.path, served.query, served.status])).toEqual([
      ['garmin', '/wellness-api/rest/activities', Object.fromEntries(window.entries()), 200],
    ]);
    const [delivery] = await deliveries();
    expect(delivery).toMatchObject({ user_id: world.user, status: 'processed' });
    expect(delivery?.event_json).toMatchObject({ kind: 'garmin', garmin_user_id: EXTERNAL.garmin, summaries: {}, callbacks: [{ summary_type: 'activities', callback_url: callbackURL }] });
    const records = await world.storage.externalActivityRecords.list(world.user);
    expect(records.map((record) => record.external_id)).toEqual([uploaded.id]);
    expect(JSON.stringify(world.runtime.logs)).not.toContain(window.get('token') ?? 'no token');
  });

  it('a deregistration revokes the user\'s Garmin account and keeps the data already ingested', async () => {
    const push = JSON.parse(providerFixture('garmin/fixtures/activities-push.json')) as { activities: Record<string, unknown>[] };
    await handlers.garmin(webhookRequest('garmin', { body: JSON.stringify({ activities: push.activities.slice(0, 2) }) }));
    await handlers.idle();
    const records = await world.storage.externalActivityRecords.list(world.user);
    expect(records).toHaveLength(2);

    const body = JSON.stringify({ deregistrations: [{ userId: EXTERNAL.garmin, userAccessToken: 'oauth1-token' }, { userId: 'someone-else' }] });
    const response = await handlers.garmin(webhookRequest('garmin', { body }));
    expect(await response.json()).toMatchObject({ status: 'accepted' });
    await handlers.idle();

    const account = await world.storage.providerAccounts.get(world.user, world.accounts.garmin.id);
    expect(account).toMatchObject({ status: 'revoked', access_token_encrypted: null, refresh_token_encrypted: null, token_expires_at: null });
    expect((await world.storage.providerAccounts.listByProvider(world.user, 'strava'))[0]?.status).toBe('active');
    expect(await world.storage.externalActivityRecords.list(world.user)).toEqual(records);
    const delivery = (await deliveries()).find((row) => (row.event_json as { deregistered?: boolean }).deregistered === true);
    expect(delivery).toMatchObject({ user_id: world.user, status: 'processed' });
    expect(JSON.stringify(world.dump())).not.toContain('oauth1-token');
    // The account is revoked: later pushes of that Garmin user are ignored.
    const later = await handlers.garmin(webhookRequest('garmin', { body: JSON.stringify({ activities: push.activities.slice(2, 3) }) }));
    expect(await later.json()).toMatchObject({ status: 'ignored' });
  });

  it('a deregistration Garmin does not confirm (it still accepts the token) leaves the account connected', async () => {
    const asked: string[] = [];
    const confirming = createWebhookHandlers({
      storage: world.storage,
      runtime: world.runtime,
      ids: world.ids,
      providers: PROVIDERS,
      process: (delivery) =>
        processWebhookDelivery({
          storage: world.storage, pipeline: world.pipeline, sync: world.sync, clock: world.runtime.clock, delivery,
          confirmDeauthorization: async (userId, provider) => {
            asked.push(`${userId}:${provider}`);
            return false;
          },
        }),
    });
    await confirming.garmin(webhookRequest('garmin', { body: JSON.stringify({ deregistrations: [{ userId: EXTERNAL.garmin }] }) }));
    await confirming.idle();
    expect(asked).toEqual([`${world.user}:garmin`]);
    expect(await world.storage.providerAccounts.get(world.user, world.accounts.garmin.id)).toMatchObject({ status: 'active' });
    const [delivery] = await deliveries();
    expect(delivery).toMatchObject({ status: 'ignored' });
    expect(delivery?.error).toContain('not confirmed');
  });

  it('drops ping callbacks that do not point at a Garmin host', async () => {
    const body = JSON.stringify({ activities: [{ userId: EXTERNAL.garmin, callbackURL: `${world.server.url}/steal?token=1` }] });
    const response = await handlers.garmin(webhookRequest('garmin', { body }));
    expect(await response.json()).toMatchObject({ status: 'ignored' });
    expect(await deliveries()).toHaveLength(0);
  });
});

describe('processing and recovery', () => {
  it('leaves a transiently failing delivery received for the next drain, and marks a permanent failure failed', async () => {
    const queued: string[] = [];
    const queuedHandlers = handlersFor(world, { schedule: (delivery) => queued.push(delivery.deliveryId) });
    const body = whoopEvent(OTHER_WORKOUT_ID, 'aaaaaaaa-7e55-4d0b-8a8e-2f4a9c6b1e77');
    expect((await queuedHandlers.whoop(signedWhoop(body))).status).toBe(200);
    const missing = whoopEvent('00000000-0000-4000-8000-000000000000', 'bbbbbbbb-7e55-4d0b-8a8e-2f4a9c6b1e77');
    expect((await queuedHandlers.whoop(signedWhoop(missing))).status).toBe(200);
    expect(queued).toHaveLength(2);
    expect((await deliveries()).map((row) => row.status)).toEqual(['received', 'received']);

    const dependencies = { storage: world.storage, pipeline: world.pipeline, sync: world.sync, clock: world.runtime.clock, logger: world.runtime.logger };
    world.api.inject({ provider: 'whoop', times: Infinity, fault: { kind: 'server_error', status: 503 } });
    const first = await drainWebhookDeliveries({ ...dependencies, limit: 10 });
    expect(first).toMatchObject({ taken: 2, pending: 2, processed: 0 });
    const afterFirst = await deliveries();
    expect(afterFirst.map((row) => [row.status, row.attempts])).toEqual([
      ['received', 1],
      ['received', 1],
    ]);
    expect(afterFirst[0]?.error).toContain('server_error');

    world.api.clearFaults();
    const second = await drainWebhookDeliveries({ ...dependencies, limit: 10 });
    expect(second).toMatchObject({ taken: 2, processed: 1, failed: 1, pending: 0 });
    const rows = await deliveries();
    expect(rows.map((row) => [row.status, row.attempts])).toEqual([
      ['processed', 2],
      ['failed', 2],
    ]);
    expect(rows[1]?.error).toMatch(/not_found/);
    expect(rows[1]?.error).not.toContain('access-token');
    expect(rows[1]?.processed_at).not.toBeNull();
    expect(await drainWebhookDeliveries({ ...dependencies, limit: 10 })).toMatchObject({ taken: 0 });
  });

  it('fails a delivery whose fetched object cannot be read, keeping the raw response on the run', async () => {
    world.api.inject({ provider: 'whoop', fault: { kind: 'transform', transform: () => ({ renamed_id: WORKOUT_ID, sport: 'running' }) } });
    expect((await handlers.whoop(signedWhoop(WHOOP_WORKOUT))).status).toBe(200);
    await handlers.idle();
    const [row] = await deliveries();
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row?.error).toContain('nothing could be read');
    const failures = await world.storage.ingestionFailures.list(world.user);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures[0]?.ingestion_run_id).toBe(row?.ingestion_run_id);
  });

  it('processes a delivery once even when it is handed on twice', async () => {
    const queued: string[] = [];
    const queuedHandlers = handlersFor(world, { schedule: (delivery) => queued.push(delivery.deliveryId) });
    await queuedHandlers.whoop(signedWhoop(WHOOP_WORKOUT));
    const [row] = await deliveries();
    const options = { storage: world.storage, pipeline: world.pipeline, sync: world.sync, clock: world.runtime.clock, delivery: row as ProviderWebhookDeliveryRow };
    const first = await processWebhookDelivery(options);
    const second = await processWebhookDelivery(options);
    expect(first.status).toBe('processed');
    expect(second).toEqual(first);
    expect(world.api.served).toHaveLength(1);
  });
});

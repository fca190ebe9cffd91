/**
 * Webhook deliveries as jobs: the library's handler stores and acknowledges a Strava event, the scheduler enqueues a
 * `webhook-delivery` job, the worker processes it (fetching the activity from a fake Strava), and the activity
 * becomes queryable; a delivery whose enqueue was lost is processed by the `webhook-drain` sweep.
 */
import { randomBytes } from 'node:crypto';
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { connectConfigFromEnv, createTrainkit, seedCatalog, type Trainkit } from 'trainkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerApp } from '../create-server-app.js';
import { ADMIN_TOKEN, bearer, json } from '../test-server.js';
import { FAKE_STRAVA_CODE, startFakeStrava, type FakeStrava } from '../test-support/fake-strava.js';
import { createInProcessQueue } from './in-process-queue.js';
import { workJobs } from './job-handlers.js';
import type { JobQueue } from './job-queue.js';
import { createKeyedMutex } from './keyed-mutex.js';
import { createWebhookJobScheduler } from './webhook-job-scheduler.js';

describe('webhook deliveries as jobs (SQLite, in-process queue)', () => {
  let storage: KyselyStorage;
  let strava: FakeStrava;
  let queue: JobQueue;
  let trainkit: Trainkit;
  let app: ReturnType<typeof createServerApp>;
  let token: string;
  let stopSweeps: () => void;
  const warnings: string[] = [];

  beforeAll(async () => {
    strava = await startFakeStrava();
    storage = await createSqliteStorage({ path: ':memory:', migrate: true });
    await seedCatalog(storage);
    const { providers } = connectConfigFromEnv({ ...strava.env, TRAINKIT_STRAVA_REDIRECT_URI: 'http://127.0.0.1/oauth/strava/callback' });
    const scheduler = createWebhookJobScheduler({ log: (message) => warnings.push(message) });
    trainkit = createTrainkit({ storage, connect: { providers, encryptionKey: randomBytes(32).toString('base64'), scheduleWebhook: scheduler.schedule } });
    queue = await createInProcessQueue({ storage, retryLimit: 0 });
    await workJobs(queue, { trainkit, userLock: createKeyedMutex() });
    app = createServerApp({ trainkit, storage, adminToken: ADMIN_TOKEN, jobs: queue });
    stopSweeps = await scheduler.attach(queue, { sweepSeconds: 3600 });

    expect((await app.request('/users', json('POST', { id: 'webhook_athlete' }, ADMIN_TOKEN))).status).toBe(201);
    const issued = await app.request('/users/webhook_athlete/tokens', { method: 'POST', ...bearer(ADMIN_TOKEN) });
    token = ((await issued.json()) as { token: string }).token;
    const started = await app.request('/me/connections/strava', { method: 'POST', ...bearer(token) });
    const { state } = (await started.json()) as { state: string };
    const callback = await app.request(`/oauth/strava/callback?code=${FAKE_STRAVA_CODE}&scope=read,activity:read_all&state=${encodeURIComponent(state)}`);
    expect(callback.status).toBe(200);
  });
  afterAll(async () => {
    stopSweeps?.();
    await queue?.stop();
    await storage?.close();
    await strava?.close();
  });

  async function activityIdsOf(): Promise<string[]> {
    const response = await app.request('/me/activities', bearer(token));
    const body = (await response.json()) as { sources: { record: { external_id: string } }[] }[];
    return body.flatMap((entry) => entry.sources.map((source) => source.record.external_id));
  }

  async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    for (let attempt = 0; attempt < 300; attempt += 1) {
      const value = await read();
      if (done(value)) return value;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('timed out waiting');
  }

  it('acknowledges at once, then a webhook-delivery job makes the activity queryable; a repeated delivery changes nothing', async () => {
    const id = strava.addActivity('2024-06-18T06:00:00Z');
    const body = strava.webhookCreate(id);
    const response = await app.request('/webhooks/strava', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'accepted' });
    const ids = await eventually(activityIdsOf, (found) => found.includes(String(id)));
    expect(ids.filter((found) => found === String(id))).toHaveLength(1);
    const [delivery] = await storage.webhookDeliveries.list('webhook_athlete' as never);
    expect(delivery).toMatchObject({ status: 'processed', attempts: 1 });

    const again = await app.request('/webhooks/strava', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    expect(await again.json()).toMatchObject({ status: 'duplicate' });
    expect((await activityIdsOf()).filter((found) => found === String(id))).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it('a delivery whose enqueue was lost stays received until the webhook-drain sweep processes it', async () => {
    const lost = createWebhookJobScheduler({ log: (message) => warnings.push(message) });
    const unattached = createTrainkit({
      storage,
      connect: { providers: connectConfigFromEnv(strava.env).providers, encryptionKey: randomBytes(32).toString('base64'), scheduleWebhook: lost.schedule },
    });
    const id = strava.addActivity('2024-06-17T06:00:00Z');
    const response = await unattached.connections.webhooks.strava(new Request('http://127.0.0.1/webhooks/strava', { method: 'POST', body: strava.webhookCreate(id), headers: { 'content-type': 'application/json' } }));
    expect(response.status).toBe(200);
    expect(warnings.at(-1)).toMatch(/before the job queue started/);
    expect(await storage.webhookDeliveries.listPending({ limit: 10 })).toHaveLength(1);
    expect(await activityIdsOf()).not.toContain(String(id));

    await lost.attach(queue, { sweepSeconds: 3600 }).then((stop) => stop());
    await eventually(activityIdsOf, (found) => found.includes(String(id)));
    expect(await storage.webhookDeliveries.listPending({ limit: 10 })).toEqual([]);
  });
});

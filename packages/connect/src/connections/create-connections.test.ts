import { randomBytes } from 'node:crypto';
import { ConfigError, type UserId } from '@trainkit/core';
// Test-only (devDependencies, never imported by published code): the real pipeline and storage the facade would pass.
// eslint-disable-next-line trainkit/dependency-direction -- see above
import { createIngestPipeline } from '@trainkit/ingest';
import { normalizeStravaWebhookEvent } from '@trainkit/providers/strava';
// eslint-disable-next-line trainkit/dependency-direction -- see above
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProviderClientConfig } from '../config/provider-client-config.js';
import { OAuthError } from '../errors/oauth-error.js';
import { TokenVaultError } from '../errors/token-vault-error.js';
import { fakeConnectRuntime, type FakeConnectRuntime } from '../test-support/fake-connect-runtime.js';
import { startTestServer, type TestServer } from '../test-support/start-test-server.js';
import { providerFixture } from '../test-support/webhook-test-kit.js';
import { parseEncryptionKey } from '../vault/parse-encryption-key.js';
import type { Connections } from './connections.js';
import { createConnections, type CreateConnectionsOptions } from './create-connections.js';
import type { ScheduledWebhookDelivery } from '../webhooks/scheduled-webhook-delivery.js';

const USER = 'athlete_1' as UserId;
const ATHLETE = 48151623;
const SECRET = 'strava-client-secret-of-the-test';
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

type Storage = Awaited<ReturnType<typeof createSqliteStorage>>;

/** A Strava on 127.0.0.1 over the provider fixtures; `revocation` decides how `/oauth/deauthorize` answers. */
async function startStrava(runtime: FakeConnectRuntime, tokens: string[], revocation: { status: number; deauthorized?: boolean }): Promise<TestServer> {
  const activities = JSON.parse(providerFixture('strava/fixtures/athlete-activities-page.json')) as unknown[];
  const detailed = providerFixture('strava/fixtures/detailed-activity.json');
  const streams = providerFixture('strava/fixtures/streams-key-by-type.json');
  return startTestServer(({ method, url, body }) => {
    const form = new URLSearchParams(body);
    if (method === 'POST' && url.pathname === '/oauth/token') {
      if (form.get('client_secret') !== SECRET || form.get('code') !== 'the-code') return json(400, { message: 'Bad Request' });
      const access = `access${randomBytes(8).toString('hex')}`;
      const refresh = `refresh${randomBytes(8).toString('hex')}`;
      tokens.push(access, refresh);
      return json(200, {
        token_type: 'Bearer',
        access_token: access,
        refresh_token: refresh,
        expires_at: Math.floor(runtime.clock().getTime() / 1000) + 21_600,
        athlete: { id: ATHLETE },
      });
    }
    if (method === 'POST' && url.pathname === '/oauth/deauthorize') return json(revocation.status, { ok: revocation.status === 200 });
    if (url.pathname === '/api/v3/athlete') return revocation.deauthorized === true ? json(401, { message: 'Authorization Error' }) : json(200, { id: ATHLETE });
    if (url.pathname === '/api/v3/athlete/activities') return json(200, url.searchParams.get('page') === '1' ? activities : []);
    if (/^\/api\/v3\/activities\/\d+\/streams$/.test(url.pathname)) return new Response(streams, { headers: { 'content-type': 'application/json' } });
    if (/^\/api\/v3\/activities\/\d+$/.test(url.pathname)) return new Response(detailed, { headers: { 'content-type': 'application/json' } });
    return json(404, { message: 'Record Not Found' });
  });
}

describe('createConnections', () => {
  let storage: Storage;
  let runtime: FakeConnectRuntime;
  let server: TestServer;
  let tokens: string[];
  let revocation: { status: number; deauthorized?: boolean };
  let connections: Connections;
  let options: CreateConnectionsOptions;

  beforeEach(async () => {
    storage = await createSqliteStorage({ path: ':memory:', migrate: true });
    await storage.users.insert({ id: USER, created_at: '2020-01-01T00:00:00.000Z' });
    runtime = fakeConnectRuntime({ start: '2024-06-20T08:00:00.000Z' });
    tokens = [];
    revocation = { status: 200 };
    server = await startStrava(runtime, tokens, revocation);
    const strava: ProviderClientConfig = {
      clientId: '12345',
      clientSecret: SECRET,
      redirectUri: 'http://127.0.0.1/oauth/strava/callback',
      apiUrl: `${server.url}/api/v3`,
      oauthUrl: `${server.url}/oauth`,
    };
    let next = 0;
    options = {
      storage,
      pipeline: createIngestPipeline({ storage, clock: runtime.clock, ids: () => `id_${++next}` }),
      runtime,
      ids: (prefix) => `${prefix}_${++next}`,
      providers: { strava },
      keys: [parseEncryptionKey(randomBytes(32).toString('base64'))],
    };
    connections = createConnections(options);
  });
  afterEach(async () => {
    await server.close();
    await storage.close();
  });

  async function connect() {
    const { state } = await connections.authorizationUrl({ provider: 'strava', userId: USER });
    return connections.completeAuthorization({ provider: 'strava', code: 'the-code', state, scope: 'read,activity:read_all', userId: USER });
  }

  it('refuses to start without a key: never a plaintext fallback', () => {
    expect(() => createConnections({ storage, pipeline: createIngestPipeline({ storage, clock: runtime.clock, ids: () => 'x' }), runtime, ids: () => 'x', providers: {}, keys: [] })).toThrow(TokenVaultError);
  });

  it('refuses a malformed provider client or retry policy at once, naming the field and never the secret', () => {
    const create = (providers: Record<string, unknown>, retryPolicy?: Record<string, number>) => () =>
      createConnections({
        storage, pipeline: createIngestPipeline({ storage, clock: runtime.clock, ids: () => 'x' }), runtime, ids: () => 'x',
        providers: providers as never, keys: [parseEncryptionKey(randomBytes(32).toString('base64'))], ...(retryPolicy ? { retryPolicy } : {}),
      });
    expect(create({ whoop: { clientId: 'id', clientSecret: 'whoop-secret-value', redirectUri: 'not a url' } })).toThrow(
      /^invalid whoop client configuration: redirectUri$/,
    );
    expect(create({}, { maxAttempts: 0 })).toThrow(ConfigError);
    expect(create({}, { maxAttempts: 0 })).toThrow(/maxAttempts/);
  });

  it('names the environment variables of a provider without a client configuration, for every entry point', async () => {
    const message = /oura is not configured: set TRAINKIT_OURA_CLIENT_ID and TRAINKIT_OURA_CLIENT_SECRET/;
    await expect(connections.authorizationUrl({ provider: 'oura', userId: USER })).rejects.toThrow(message);
    await expect(connections.completeAuthorization({ provider: 'oura', callbackUrl: 'http://127.0.0.1/cb?code=c&state=s' })).rejects.toThrow(ConfigError);
    await expect(connections.sync({ provider: 'oura', userId: USER })).rejects.toThrow(message);
  });

  it('stores the account from a code and its state, lists it with its last sync, and syncs it', async () => {
    const account = await connect();
    expect(account).toMatchObject({ provider: 'strava', external_user_id: String(ATHLETE), status: 'active', scopes: 'read activity:read_all' });
    expect(await connections.accounts(USER)).toEqual([{ account, lastSync: null }]);
    const summary = await connections.sync({ provider: 'strava', userId: USER });
    expect(summary).toMatchObject({ stopped: null, run: { status: 'succeeded', kind: 'sync' } });
    const [listed] = await connections.accounts(USER);
    expect(listed?.lastSync).toEqual(summary.run);
    const logged = JSON.stringify(runtime.logs);
    for (const secret of [...tokens, SECRET, 'the-code']) expect(logged).not.toContain(secret);
  });

  it('a sync without a connected account is OAuthError not_connected', async () => {
    await expect(connections.sync({ provider: 'strava', userId: USER })).rejects.toThrow(expect.objectContaining({ reason: 'not_connected' }) as Error);
    await expect(connections.disconnect({ provider: 'strava', userId: USER })).rejects.toThrow(OAuthError);
  });

  it('disconnects even when the provider refuses the revocation: tokens cleared, the account named, no token logged', async () => {
    const account = await connect();
    await connections.sync({ provider: 'strava', userId: USER });
    revocation.status = 500;
    const result = await connections.disconnect({ provider: 'strava', userId: USER });
    expect(result).toMatchObject({ revocationFailed: [account.id], deleted: null, accounts: [{ id: account.id, status: 'revoked' }] });
    const [row] = await storage.providerAccounts.list(USER);
    expect(row).toMatchObject({ status: 'revoked', access_token_encrypted: null, refresh_token_encrypted: null, token_expires_at: null });
    // The data stays (deleteData was not asked for); the next sync needs a new connection.
    expect(await storage.externalActivityRecords.list(USER)).not.toEqual([]);
    await expect(connections.sync({ provider: 'strava', userId: USER })).rejects.toThrow(expect.objectContaining({ reason: 'not_connected' }) as Error);
    const warning = runtime.logs.find((entry) => entry.level === 'warn');
    expect(warning?.fields).toMatchObject({ accountId: account.id });
    for (const secret of tokens) expect(JSON.stringify(runtime.logs)).not.toContain(secret);
  });

  it('a forged Strava deauthorization (Strava still accepts the token) deletes nothing and leaves the account active', async () => {
    await connect();
    await connections.sync({ provider: 'strava', userId: USER });
    const before = await storage.externalActivityRecords.list(USER);
    expect(before).not.toEqual([]);
    const body = providerFixture('strava/fixtures/webhook-athlete-deauthorize.json');
    const response = await connections.webhooks.strava(new Request('https://app.example.com/webhooks/strava', { method: 'POST', body, headers: { 'content-type': 'application/json' } }));
    expect(response.status).toBe(200);
    await connections.webhooks.idle();
    expect(await storage.externalActivityRecords.list(USER)).toEqual(before);
    const [row] = await storage.providerAccounts.list(USER);
    expect(row).toMatchObject({ status: 'active' });
    const [delivery] = await storage.webhookDeliveries.list(USER);
    expect(delivery).toMatchObject({ status: 'ignored' });
    expect(delivery?.error).toContain('not confirmed');
  });

  it('a Strava deauthorization webhook deletes the athlete\'s Strava data and revokes the account; a leftover delivery is drained', async () => {
    await connect();
    await connections.sync({ provider: 'strava', userId: USER });
    expect(await storage.externalActivityRecords.list(USER)).not.toEqual([]);
    const body = providerFixture('strava/fixtures/webhook-athlete-deauthorize.json');
    revocation.deauthorized = true;
    const response = await connections.webhooks.strava(new Request('https://app.example.com/webhooks/strava', { method: 'POST', body, headers: { 'content-type': 'application/json' } }));
    expect(response.status).toBe(200);
    await connections.webhooks.idle();
    expect(await storage.externalActivityRecords.list(USER)).toEqual([]);
    const [row] = await storage.providerAccounts.list(USER);
    expect(row).toMatchObject({ status: 'revoked', access_token_encrypted: null });

    // A delivery acknowledged by a process that died before processing it stays `received` until a drain.
    const normalized = normalizeStravaWebhookEvent(JSON.parse(body));
    if (!normalized.ok) throw new Error('the fixture must normalize');
    const now = runtime.clock().toISOString();
    await storage.webhookDeliveries.insert({
      id: 'whd_leftover', user_id: USER, provider: 'strava', delivery_key: 'leftover',
      event_json: { kind: 'event', event: normalized.event, raw_body: body } as never,
      received_at: now, created_at: now, updated_at: now,
    });
    expect(await connections.drainWebhooks({ limit: 10 })).toMatchObject({ taken: 1, pending: 0 });
    expect(await storage.webhookDeliveries.listPending({ limit: 10 })).toEqual([]);
    expect(await connections.drainWebhooks({ limit: 10 })).toMatchObject({ taken: 0 });
  });

  it('hands each stored delivery to scheduleWebhook, and processWebhook processes it once, for its user only', async () => {
    const scheduled: ScheduledWebhookDelivery[] = [];
    const queued = createConnections({ ...options, scheduleWebhook: (delivery) => scheduled.push(delivery) });
    await connect();
    const body = providerFixture('strava/fixtures/webhook-activity-create.json');
    const response = await queued.webhooks.strava(new Request('https://app.example.com/webhooks/strava', { method: 'POST', body, headers: { 'content-type': 'application/json' } }));
    expect(response.status).toBe(200);
    await queued.webhooks.idle();
    expect(scheduled).toEqual([{ deliveryId: expect.any(String), userId: USER, provider: 'strava' }]);
    const [stored] = await storage.webhookDeliveries.list(USER);
    expect(stored).toMatchObject({ id: scheduled[0]?.deliveryId, status: 'received' });
    expect(await storage.externalActivityRecords.list(USER)).toEqual([]);

    expect(await queued.processWebhook({ userId: 'someone_else', deliveryId: stored!.id })).toBeUndefined();
    const processed = await queued.processWebhook({ userId: USER, deliveryId: stored!.id });
    expect(processed).toMatchObject({ status: 'processed', attempts: 1, ingestion_run_id: expect.any(String) });
    const records = await storage.externalActivityRecords.list(USER);
    expect(records.map((record) => record.resource)).toEqual(expect.arrayContaining([expect.stringMatching(/activit/)]));
    // A job retried after a crash finds the delivery processed and changes nothing.
    expect(await queued.processWebhook({ userId: USER, deliveryId: stored!.id })).toEqual(processed);
    expect(await storage.externalActivityRecords.list(USER)).toEqual(records);
    expect(await queued.processWebhook({ userId: USER, deliveryId: 'whd_unknown' })).toBeUndefined();
  });
});

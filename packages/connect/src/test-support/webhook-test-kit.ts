/**
 * Test-only (not published): a world for the webhook tests: a migrated SQLite storage with two users and their
 * provider accounts, the real ingestion pipeline, the real sync service and HTTP clients against a real loopback
 * server running helper SYNC's fake provider API (two days of provider-shaped data), a fake clock, and signing helpers.
 */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ExternalProviderAccountRow, UserId } from '@trainkit/core';
// Test-only (devDependencies, never imported by published code): the webhook tests run the real pipeline on SQLite.
// eslint-disable-next-line trainkit/dependency-direction -- see above
import { createIngestPipeline, type IngestPipeline } from '@trainkit/ingest';
// eslint-disable-next-line trainkit/dependency-direction -- see above
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import type { ProviderClientConfig } from '../config/provider-client-config.js';
import type { ConnectProvider } from '../connect-provider.js';
import { createProviderHttpClient } from '../http/create-provider-http-client.js';
import { createSyncService } from '../sync/create-sync-service.js';
import type { SyncService } from '../sync/sync-types.js';
import { fakeConnectRuntime, type FakeConnectRuntime } from './fake-connect-runtime.js';
import { createFakeDataset, createFakeProviderApi, fakeApiUrls, type FakeProviderApi } from './fake-provider-api.js';
import { startTestServer, type TestServer } from './start-test-server.js';

/** The storage the webhook tests use (with its better-sqlite3 handle). */
export type WebhookTestStorage = Awaited<ReturnType<typeof createSqliteStorage>>;

/** Reads a fixture of `@trainkit/providers` as text. */
export function providerFixture(path: string): string {
  return readFileSync(new URL(`../../../providers/src/${path}`, import.meta.url), 'utf8');
}

/** The provider-side ids of the athlete `athlete_1` (and of the Garmin user of `athlete_2`). */
export const EXTERNAL = {
  strava: '48151623',
  whoop: '10129',
  oura: '2F3A4B5C6D7E',
  garmin: '4aacafe82427c251df9c9592d0c06768',
  garminOther: 'a099ba88-6c85-43ec-8b58-63d286683cda',
} as const;

/** Client configurations of the four providers (secrets and verify tokens of the tests). */
export const PROVIDERS: Readonly<Record<ConnectProvider, ProviderClientConfig>> = {
  strava: { clientId: '12345', clientSecret: 'strava-secret', redirectUri: 'http://127.0.0.1/cb', webhookVerifyToken: 'strava-verify-token', webhookSubscriptionId: '120475' },
  whoop: { clientId: 'whoop-id', clientSecret: 'whoop-client-secret', redirectUri: 'http://127.0.0.1/cb' },
  oura: { clientId: 'oura-id', clientSecret: 'oura-client-secret', redirectUri: 'http://127.0.0.1/cb', webhookVerifyToken: 'oura-verify-token' },
  garmin: { clientId: 'garmin-id', clientSecret: 'garmin-client-secret', redirectUri: 'http://127.0.0.1/cb' },
};

/** A `Request` to a webhook endpoint (the URL is never fetched: the handler is called directly). */
export function webhookRequest(provider: string, init: { method?: string; body?: string | Uint8Array; headers?: Record<string, string>; query?: string }): Request {
  return new Request(`https://app.example.com/webhooks/${provider}${init.query ?? ''}`, {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
}

/** WHOOP's signature headers for a body: base64 HMAC-SHA256 of timestamp (ms) + body. */
export function whoopHeaders(body: string | Uint8Array, timestampMs: number, secret = PROVIDERS.whoop.clientSecret): Record<string, string> {
  const timestamp = String(timestampMs);
  return {
    'x-whoop-signature': createHmac('sha256', secret).update(timestamp).update(body).digest('base64'),
    'x-whoop-signature-timestamp': timestamp,
  };
}

/** Oura's signature headers for a body: upper-case hex HMAC-SHA256 of timestamp (s) + body. */
export function ouraHeaders(body: string | Uint8Array, timestampSeconds: number, secret = PROVIDERS.oura.clientSecret): Record<string, string> {
  const timestamp = String(timestampSeconds);
  return {
    'x-oura-signature': createHmac('sha256', secret).update(timestamp).update(body).digest('hex').toUpperCase(),
    'x-oura-timestamp': timestamp,
  };
}

/** A gate a request can wait on, opened by the test. */
export interface Gate {
  readonly wait: Promise<void>;
  open(): void;
}

function gate(): Gate {
  let open: () => void = () => undefined;
  const wait = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { wait, open };
}

/** Everything a webhook test needs. */
export interface WebhookWorld {
  readonly storage: WebhookTestStorage;
  readonly pipeline: IngestPipeline;
  readonly sync: SyncService;
  readonly server: TestServer;
  /** The provider APIs the server serves (helper SYNC's fake API): its dataset, faults and served requests. */
  readonly api: FakeProviderApi;
  /** Fake clock (`runtime.clock`, moved by `runtime.advance`), recorded logs (`runtime.logs`). */
  readonly runtime: FakeConnectRuntime;
  readonly user: UserId;
  readonly otherUser: UserId;
  readonly accounts: Readonly<Record<ConnectProvider, ExternalProviderAccountRow>>;
  /** Ids `<prefix>_000001`, ... */
  ids(prefix: string): string;
  /** A Garmin ping `callbackURL` (on Garmin's host, forwarded to the fake API) for the upload window of `atMs`. */
  garminCallbackUrl(summaryType: string, atMs: number): string;
  /** Opens a gate every provider response waits on until `open()`. */
  slowDown(): Gate;
  /** Every row of every table, for "nothing changed" comparisons. */
  dump(): Record<string, unknown[]>;
  close(): Promise<void>;
}

const NOW = '2024-06-12T16:00:00.000Z';

/** Opens the world: storage, users, accounts, pipeline, server, sync service. */
export async function openWebhookWorld(): Promise<WebhookWorld> {
  const storage = await createSqliteStorage({ path: ':memory:', migrate: true });
  const counters = new Map<string, number>();
  const ids = (prefix: string): string => {
    const next = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, next);
    return `${prefix}_${String(next).padStart(6, '0')}`;
  };
  const user = 'athlete_1' as UserId;
  const otherUser = 'athlete_2' as UserId;
  for (const id of [user, otherUser]) {
    await storage.users.insert({ id, created_at: '2020-01-01T00:00:00.000Z' });
    await storage.userSettings.upsert({ user_id: id, timezone: 'America/Los_Angeles', updated_at: '2020-01-01T00:00:00.000Z' });
  }
  const accounts = {} as Record<ConnectProvider, ExternalProviderAccountRow>;
  for (const provider of ['strava', 'whoop', 'oura', 'garmin'] as const) {
    accounts[provider] = await storage.providerAccounts.insert({
      id: `acct_${provider}`,
      user_id: user,
      provider,
      external_user_id: EXTERNAL[provider],
      scopes: 'read',
      access_token_encrypted: `tkv1.ktest.${provider}.access`,
      refresh_token_encrypted: `tkv1.ktest.${provider}.refresh`,
      token_expires_at: '2030-01-01T00:00:00.000Z',
      status: 'active',
      created_at: '2020-01-01T00:00:00.000Z',
      updated_at: '2020-01-01T00:00:00.000Z',
    });
  }
  await storage.providerAccounts.insert({
    id: 'acct_garmin_other',
    user_id: otherUser,
    provider: 'garmin',
    external_user_id: 'garmin-user-of-athlete-2',
    status: 'active',
    created_at: '2020-01-01T00:00:00.000Z',
    updated_at: '2020-01-01T00:00:00.000Z',
  });

  let slow: Gate | null = null;
  const api = createFakeProviderApi({ dataset: createFakeDataset({ start: '2024-06-10', days: 2 }) });
  const server = await startTestServer(async (request) => {
    if (slow !== null) await slow.wait;
    return api.handle(request);
  });
  const urls = fakeApiUrls(server.url);

  // Garmin ping callback URLs are https on a Garmin host (the normalizer refuses anything else): the runtime's fetch
  // forwards them to the loopback server, like a host's egress proxy would.
  const forward: typeof globalThis.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const target = url.startsWith('https://apis.garmin.com/') ? `${urls.garmin}/${url.slice('https://apis.garmin.com/'.length)}` : url;
    return globalThis.fetch(target, init);
  };
  const runtime = fakeConnectRuntime({ start: NOW, fetch: forward });
  const pipeline = createIngestPipeline({ storage, clock: runtime.clock, ids });
  const sync = createSyncService({
    storage,
    pipeline,
    runtime,
    client: async (provider) =>
      createProviderHttpClient({
        provider,
        apiUrl: urls[provider],
        runtime,
        credentials: { current: async () => `${provider}-access-token`, refreshed: async () => `${provider}-access-token` },
      }),
  });

  const database = storage.native.database;
  return {
    storage,
    pipeline,
    sync,
    server,
    api,
    runtime,
    user,
    otherUser,
    accounts,
    ids,
    garminCallbackUrl(summaryType, atMs) {
      const start = Math.floor(atMs / 1000) - 30;
      return `https://apis.garmin.com/wellness-api/rest/${summaryType}?uploadStartTimeInSeconds=${start}&uploadEndTimeInSeconds=${start + 60}&token=pull-${start}`;
    },
    slowDown() {
      slow = gate();
      return slow;
    },
    dump() {
      const tables = database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
      const result: Record<string, unknown[]> = {};
      for (const { name } of tables) result[name] = database.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
      return result;
    },
    async close() {
      await server.close();
      await storage.close();
    },
  };
}

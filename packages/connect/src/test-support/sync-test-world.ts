/**
 * Test-only (not published): a world for the sync tests: a migrated in-memory SQLite storage with one user and an
 * account per provider, the real ingestion pipeline, the fake provider API on a real loopback server, HTTP clients
 * built with `createProviderHttpClient` over a static token source the test can expire or revoke, a fake clock that
 * only `sleep` moves, and the sync service.
 */
import type { UserId } from '@trainkit/core';
// Test-only (devDependencies, never imported by published code): the sync tests run the real pipeline on SQLite.
// eslint-disable-next-line trainkit/dependency-direction -- see above
import { createIngestPipeline, type IngestPipeline } from '@trainkit/ingest';
// eslint-disable-next-line trainkit/dependency-direction -- see above
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import type { AccessTokenSource } from '../accounts/access-token-source.js';
import { CONNECT_PROVIDERS, type ConnectProvider } from '../connect-provider.js';
import { OAuthError } from '../errors/oauth-error.js';
import { createProviderHttpClient } from '../http/create-provider-http-client.js';
import type { ProviderHttpClient } from '../http/provider-http-types.js';
import type { RetryPolicyInput } from '../http/retry-policy.js';
import { createSyncService, type CreateSyncServiceOptions } from '../sync/create-sync-service.js';
import type { SyncInput, SyncService, SyncSummary } from '../sync/sync-types.js';
import { databaseSnapshot, tableCounts } from './database-snapshot.js';
import { fakeConnectRuntime, type FakeConnectRuntime } from './fake-connect-runtime.js';
import { createFakeDataset, createFakeProviderApi, fakeApiUrls, type FakeProviderApi, type FakeProviderApiOptions } from './fake-provider-api.js';
import { startTestServer, type TestServer } from './start-test-server.js';

/** The storage the sync tests use. */
export type SyncTestStorage = Awaited<ReturnType<typeof createSqliteStorage>>;

/**
 * What a test does to a `fetch` call before it is sent (`call` counts from 1 over the world's life): `throw` (a
 * network failure), `hang` (never answers, never honours the abort signal: a process killed mid-request), or
 * nothing.
 */
export type FetchHook = (call: number, url: string) => 'throw' | 'hang' | void;

/** Options of {@link openSyncWorld}. */
export interface SyncWorldOptions {
  /** First day of the provider data (default `2026-11-01`) and how many days (default 6). */
  readonly dataStart?: string;
  readonly days?: number;
  /** The fake clock's start (default `2026-11-08T12:00:00.000Z`: every record of 6 days visible). */
  readonly now?: string;
  readonly pageSize?: number;
  /** Default: 8 days of lookback on the first sync (the default data is 6 days old at most), the defaults otherwise. */
  readonly limits?: CreateSyncServiceOptions['limits'];
  readonly policy?: RetryPolicyInput;
  readonly ouraPageSize?: number;
  readonly stravaLimits?: FakeProviderApiOptions['stravaLimits'];
}

/** Everything a sync test needs. */
export interface SyncWorld {
  readonly storage: SyncTestStorage;
  readonly pipeline: IngestPipeline;
  readonly runtime: FakeConnectRuntime;
  readonly api: FakeProviderApi;
  readonly server: TestServer;
  readonly service: SyncService;
  readonly userId: UserId;
  /** The clients the service created, in order (their `requestCount`). */
  readonly clients: ProviderHttpClient[];
  /** A new sync service over the same storage and API: another process (a sync still hanging in the old one is abandoned). */
  restart(): void;
  /** Token refreshes the clients asked for. */
  refreshes(): number;
  /** The API stops accepting the current token; the next refresh gets a new one the API accepts. */
  expireToken(): void;
  /** The API stops accepting any token and refreshing fails (the athlete revoked access). */
  revokeAccess(): void;
  /** Sets what happens to later `fetch` calls (or clears it). */
  setFetchHook(hook: FetchHook | null): void;
  /** `fetch` calls so far. */
  fetchCalls(): number;
  sync(input: Omit<SyncInput, 'userId'>): Promise<SyncSummary>;
  snapshot(): Promise<Record<string, unknown>>;
  counts(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/**
 * Opens a sync world (see the module documentation).
 *
 * @example
 * ```ts
 * const world = await openSyncWorld({ days: 4 });
 * const summary = await world.sync({ provider: 'strava' });
 * await world.close();
 * ```
 */
export async function openSyncWorld(options: SyncWorldOptions = {}): Promise<SyncWorld> {
  const storage = await createSqliteStorage({ path: ':memory:', migrate: true });
  const userId = 'athlete_1' as UserId;
  await storage.users.insert({ id: userId, created_at: '2020-01-01T00:00:00.000Z' });
  await storage.userSettings.upsert({ user_id: userId, timezone: 'Europe/Berlin', updated_at: '2020-01-01T00:00:00.000Z' });
  for (const provider of CONNECT_PROVIDERS) {
    await storage.providerAccounts.insert({
      id: `acct_${provider}`,
      user_id: userId,
      provider,
      external_user_id: `${provider}-athlete`,
      status: 'active',
      created_at: '2020-01-01T00:00:00.000Z',
      updated_at: '2020-01-01T00:00:00.000Z',
    });
  }
  let hook: FetchHook | null = null;
  let calls = 0;
  const fetch: typeof globalThis.fetch = (input, init) => {
    calls += 1;
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const action = hook?.(calls, url);
    if (action === 'throw') return Promise.reject(new TypeError('fetch failed (simulated network failure)'));
    if (action === 'hang') return new Promise<Response>(() => undefined);
    return globalThis.fetch(input, init);
  };
  const runtime = fakeConnectRuntime({ start: options.now ?? '2026-11-08T12:00:00.000Z', fetch });
  const counters = new Map<string, number>();
  const ids = (prefix: string): string => {
    const next = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, next);
    return `${prefix}_${String(next).padStart(6, '0')}`;
  };
  const pipeline = createIngestPipeline({ storage, clock: runtime.clock, ids });
  const api = createFakeProviderApi({
    dataset: createFakeDataset({ start: options.dataStart ?? '2026-11-01', days: options.days ?? 6 }),
    clock: runtime.clock,
    tokens: ['token-1'],
    ...(options.ouraPageSize === undefined ? {} : { ouraPageSize: options.ouraPageSize }),
    ...(options.stravaLimits === undefined ? {} : { stravaLimits: options.stravaLimits }),
  });
  const server = await startTestServer(api.handle);
  const urls = fakeApiUrls(server.url);
  let token = 'token-1';
  let pending: string | null = null;
  let generation = 1;
  let refreshes = 0;
  const credentials: AccessTokenSource = {
    current: async () => token,
    refreshed: async (stale) => {
      refreshes += 1;
      if (stale !== token) return token;
      if (pending === null) throw new OAuthError('test', 'refresh_failed', 'the refresh token was revoked');
      token = pending;
      pending = null;
      return token;
    },
  };
  const clients: ProviderHttpClient[] = [];
  const newService = () => createSyncService({
    storage,
    pipeline,
    runtime,
    client: async (provider: ConnectProvider) => {
      const client = createProviderHttpClient({ provider, apiUrl: urls[provider], runtime, credentials, policy: { requestTimeoutMs: 5_000, ...options.policy } });
      clients.push(client);
      return client;
    },
    ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
    limits: { initialLookbackDays: 8, ...options.limits },
    allowCallbackUrl: (url) => url.origin === new URL(server.url).origin,
  });
  let service = newService();
  return {
    storage,
    pipeline,
    runtime,
    api,
    server,
    get service() {
      return service;
    },
    restart: () => {
      service = newService();
    },
    userId,
    clients,
    refreshes: () => refreshes,
    expireToken: () => {
      generation += 1;
      pending = `token-${generation}`;
      api.acceptTokens([pending]);
    },
    revokeAccess: () => {
      pending = null;
      api.acceptTokens([]);
    },
    setFetchHook: (next) => {
      hook = next;
    },
    fetchCalls: () => calls,
    sync: (input) => service.sync({ ...input, userId }),
    snapshot: () => databaseSnapshot(storage, userId),
    counts: () => tableCounts(storage, userId),
    close: async () => {
      await server.close();
      await storage.close();
    },
  };
}

import { randomBytes } from 'node:crypto';
import { ConfigError, TABLES, type UserId } from '@trainkit/core';
import { OAuthError, TokenVaultError, parseEncryptionKey, type ConnectLogEntry } from '@trainkit/connect';
import { createSqliteStorage, type SqliteNativeHandle } from '@trainkit/storage-kysely/sqlite';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTrainkit } from '../create-trainkit.js';
import { FAKE_STRAVA_ATHLETE_ID, startFakeStravaApi, type FakeStravaApi } from '../test-support/fake-strava-api.js';

const USER = 'athlete_1' as UserId;
const REDIRECT_URI = 'http://127.0.0.1/oauth/strava/callback';
const newKey = () => randomBytes(32).toString('base64');

/** Every value of every row of every table, as text (JSON for objects), to look for secrets in. */
function everyStoredValue(storage: KyselyStorage<SqliteNativeHandle>): string[] {
  const { database } = storage.native;
  const rows = (sql: string) => database.prepare(sql).all() as Record<string, unknown>[];
  const tables = rows("select name from sqlite_master where type = 'table'").map((row) => String(row.name));
  expect(tables).toEqual(expect.arrayContaining(TABLES.map((table) => table.name)));
  return tables.flatMap((table) =>
    rows(`select * from "${table}"`).flatMap((row) => Object.values(row).map((value) => (typeof value === 'string' ? value : JSON.stringify(value) ?? ''))),
  );
}

describe('trainkit.connections', () => {
  let storage: KyselyStorage<SqliteNativeHandle>;
  let strava: FakeStravaApi;
  let logs: ConnectLogEntry[];

  beforeEach(async () => {
    storage = await createSqliteStorage({ path: ':memory:', migrate: true });
    strava = await startFakeStravaApi();
    logs = [];
  });
  afterEach(async () => {
    await strava.close();
    await storage.close();
  });

  function facade(keys: { readonly encryptionKey: string } | { readonly keys: ReturnType<typeof parseEncryptionKey>[] }) {
    return createTrainkit({
      storage,
      connect: {
        providers: {
          strava: { clientId: strava.clientId, clientSecret: strava.clientSecret, redirectUri: REDIRECT_URI, apiUrl: strava.apiUrl, oauthUrl: strava.oauthUrl },
        },
        logger: (entry) => logs.push(entry),
        retryPolicy: { baseDelayMs: 1, maxDelayMs: 5 },
        ...keys,
      },
    });
  }

  it('without the connect option, reading trainkit.connections is a ConfigError that says what to pass; the rest works', async () => {
    const trainkit = createTrainkit({ storage });
    expect(() => trainkit.connections).toThrow(ConfigError);
    expect(() => trainkit.connections).toThrow(/pass connect: \{ providers, encryptionKey \} to createTrainkit/);
    expect(Object.keys({ ...trainkit })).not.toContain('connections');
    await trainkit.users.create({ id: USER });
    expect((await trainkit.users.get(USER)).id).toBe(USER);
  });

  it('refuses a missing or malformed key when the facade is created, never storing tokens in plain text', () => {
    const create = (encryptionKey: string | undefined) => () => createTrainkit({ storage, connect: { providers: {}, encryptionKey } });
    expect(create(undefined)).toThrow(TokenVaultError);
    expect(create(undefined)).toThrow(/TRAINKIT_ENCRYPTION_KEY is not set/);
    expect(create('c2hvcnQ=')).toThrow(expect.objectContaining({ reason: 'bad_key' }) as Error);
    expect(() => createTrainkit({ storage, connect: { providers: {}, keys: [] } })).toThrow(expect.objectContaining({ reason: 'missing_key' }) as Error);
  });

  it('names the environment variables of a provider that is not configured', async () => {
    const trainkit = facade({ encryptionKey: newKey() });
    await expect(trainkit.connections.authorizationUrl({ provider: 'whoop', userId: USER })).rejects.toThrow(
      /whoop is not configured: set TRAINKIT_WHOOP_CLIENT_ID and TRAINKIT_WHOOP_CLIENT_SECRET/,
    );
  });

  it('connects, syncs into trainkit.ingest, refreshes an expired token, rotates keys, disconnects: never a plaintext token at rest or in a log', async () => {
    const oldKey = newKey();
    const trainkit = facade({ encryptionKey: oldKey });
    await trainkit.users.create({ id: USER });
    const { connections } = trainkit;

    const { url, state } = await connections.authorizationUrl({ provider: 'strava', userId: USER });
    const authorize = new URL(url);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${strava.oauthUrl}/authorize`);
    expect(authorize.searchParams.get('client_id')).toBe(strava.clientId);
    expect(authorize.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(authorize.searchParams.get('state')).toBe(state);
    expect(url).not.toContain(strava.clientSecret);

    const callbackUrl = `${REDIRECT_URI}?state=${encodeURIComponent(state)}&code=good-code&scope=read,activity:read_all`;
    const account = await connections.completeAuthorization({ provider: 'strava', callbackUrl });
    expect(account).toMatchObject({ user_id: USER, provider: 'strava', external_user_id: String(FAKE_STRAVA_ATHLETE_ID), status: 'active' });
    expect(account).not.toHaveProperty('access_token_encrypted');
    expect(account.scopes).toMatch(/activity:read_all/);
    // A replayed or forged state is refused.
    await expect(connections.completeAuthorization({ provider: 'strava', code: 'good-code', state: `${state}x` })).rejects.toThrow(OAuthError);

    expect(await connections.accounts(USER)).toEqual([{ account, lastSync: null }]);

    const first = await connections.sync({ provider: 'strava', userId: USER });
    expect(first.stopped).toBeNull();
    expect(first.run).toMatchObject({ provider: 'strava', status: 'succeeded' });
    expect(first.counts.new).toBeGreaterThan(0);
    expect((await trainkit.ingest.listActivities({ userId: USER })).length).toBeGreaterThan(0);
    const [listed] = await connections.accounts(USER);
    expect(listed?.lastSync?.id).toBe(first.run.id);

    // The provider expires the access token: the next sync refreshes (rotating the refresh token) and goes on.
    const issuedBefore = strava.issuedTokens.length;
    strava.expireAccessTokens();
    const second = await connections.sync({ provider: 'strava', userId: USER });
    expect(second.stopped).toBeNull();
    expect(strava.issuedTokens.length).toBe(issuedBefore + 2);

    // A new key: tokens sealed with the old one still open, and rotation re-seals every one.
    const rotated = facade({ keys: [parseEncryptionKey(newKey()), parseEncryptionKey(oldKey)] }).connections;
    expect(await rotated.rotateKeys()).toEqual({ accounts: 1, rotated: 1 });
    expect(await rotated.rotateKeys()).toEqual({ accounts: 1, rotated: 0 });
    const third = await rotated.sync({ provider: 'strava', userId: USER });
    expect(third.stopped).toBeNull();

    const stored = everyStoredValue(storage);
    const logged = logs.map((entry) => JSON.stringify(entry));
    expect(strava.issuedTokens.length).toBeGreaterThanOrEqual(4);
    // The scan sees the sealed tokens (so it would see plain ones), and the log has lines to look through.
    expect(stored.filter((value) => value.startsWith('tkv1.'))).toHaveLength(2);
    expect(logged.length).toBeGreaterThan(0);
    for (const secret of [...strava.issuedTokens, strava.clientSecret, 'good-code']) {
      expect(stored.filter((value) => value.includes(secret))).toEqual([]);
      expect(logged.filter((line) => line.includes(secret))).toEqual([]);
    }

    const disconnected = await rotated.disconnect({ provider: 'strava', userId: USER, deleteData: true });
    expect(disconnected.revocationFailed).toEqual([]);
    expect(strava.revoked).toHaveLength(1);
    expect(disconnected.accounts).toMatchObject([{ status: 'revoked', token_expires_at: null }]);
    expect(disconnected.deleted?.deleted.records).toBeGreaterThan(0);
    const [row] = await storage.providerAccounts.list(USER);
    expect(row).toMatchObject({ status: 'revoked', access_token_encrypted: null, refresh_token_encrypted: null });
    expect(await trainkit.ingest.listActivities({ userId: USER })).toEqual([]);
    await expect(rotated.sync({ provider: 'strava', userId: USER })).rejects.toThrow(expect.objectContaining({ reason: 'not_connected' }) as Error);
  });
});

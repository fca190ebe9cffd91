import { randomBytes } from 'node:crypto';
import { createSequentialIdFactory, type ExternalProviderAccountRow, type RowPatch, type TrainkitStorage, type UserId } from '@trainkit/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { OAuthError } from '../errors/oauth-error.js';
import type { TokenEndpointFailureCause } from '../oauth/token-endpoint-failure.js';
import type { TokenSet } from '../oauth/token-set.js';
import type { ConnectLogEntry } from '../runtime/connect-runtime.js';
import { createConnectRuntime } from '../runtime/create-connect-runtime.js';
import { parseEncryptionKey } from '../vault/parse-encryption-key.js';
import { createTokenVault } from '../vault/token-vault.js';
import { createAccountCredentials } from './create-account-credentials.js';
import { saveAccountTokens } from './save-account-tokens.js';
import { openTestStorage } from '../test-support/open-test-storage.js';

const opened: TrainkitStorage[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((storage) => storage.close()));
});

/**
 * A provider token endpoint that rotates refresh tokens like WHOOP: each refresh token works once, and a reused one is
 * refused (and recorded, so a test can assert it never happened). Each refresh takes a few event-loop turns.
 */
function rotatingProvider(clock: () => Date) {
  let generation = 0;
  const spent = new Set<string>();
  const reused: string[] = [];
  const received: string[] = [];
  let valid = 'refresh-0';
  return {
    received,
    reused,
    get generation() {
      return generation;
    },
    async refresh(refreshToken: string): Promise<TokenSet> {
      received.push(refreshToken);
      for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setImmediate(resolve));
      if (spent.has(refreshToken) || refreshToken !== valid) {
        reused.push(refreshToken);
        throw new OAuthError('whoop', 'refresh_failed', 'invalid_grant');
      }
      spent.add(refreshToken);
      generation += 1;
      valid = `refresh-${generation}`;
      return {
        accessToken: `access-${generation}`,
        refreshToken: valid,
        expiresAt: new Date(clock().getTime() + 3_600_000).toISOString(),
        scopes: ['offline', 'read:workout'],
        externalUserId: null,
      };
    },
  };
}

let userCount = 0;

/** A fresh user with a stored WHOOP account (access-0 / refresh-0, expiring in 1 h), in a new storage or the given one. */
async function setup(reuse?: TrainkitStorage) {
  const storage = reuse ?? (await openTestStorage());
  if (reuse === undefined) opened.push(storage);
  userCount += 1;
  const userId = `usr_${userCount}`;
  await storage.users.insert({ id: userId as UserId, created_at: '2026-01-01T00:00:00.000Z' });
  const vault = createTokenVault({ keys: [parseEncryptionKey(randomBytes(32).toString('base64'))], randomBytes: (n) => new Uint8Array(randomBytes(n)) });
  let now = new Date('2026-12-03T20:00:00.000Z');
  const logs: ConnectLogEntry[] = [];
  const runtime = createConnectRuntime({ clock: () => now, logger: (entry) => logs.push(entry) });
  const advance = (ms: number): void => {
    now = new Date(now.getTime() + ms);
  };
  const account = await saveAccountTokens({
    storage,
    vault,
    clock: runtime.clock,
    ids: createSequentialIdFactory(`acct_${userCount}`),
    userId,
    provider: 'whoop',
    externalUserId: '10129',
    tokens: { accessToken: 'access-0', refreshToken: 'refresh-0', expiresAt: '2026-12-03T21:00:00.000Z', scopes: ['offline'], externalUserId: null },
  });
  const provider = rotatingProvider(runtime.clock);
  const patches: RowPatch<ExternalProviderAccountRow>[] = [];
  let failUpdates = 0;
  const recording = {
    providerAccounts: new Proxy(storage.providerAccounts, {
      get(target, property, receiver) {
        if (property === 'update') {
          return async (userId: UserId, id: ExternalProviderAccountRow['id'], patch: RowPatch<ExternalProviderAccountRow>) => {
            patches.push(patch);
            if (failUpdates > 0) {
              failUpdates -= 1;
              throw new Error('database is locked');
            }
            return target.update(userId, id, patch);
          };
        }
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }),
  };
  // Failures of the token endpoint before the provider sees the refresh token (a network error, a 503), in order.
  const refreshFailures: TokenEndpointFailureCause[] = [];
  const refresh = async (token: string): Promise<TokenSet> => {
    const cause = refreshFailures.shift();
    if (cause !== undefined) throw new OAuthError('whoop', 'refresh_failed', 'the token refresh failed', { cause });
    return provider.refresh(token);
  };
  const credentials = (): ReturnType<typeof createAccountCredentials> =>
    createAccountCredentials({ storage: recording, vault, runtime, account, refresh });
  const stored = async () => {
    const row = await storage.providerAccounts.get(account.user_id, account.id);
    const owner = { userId: row.user_id, provider: row.provider };
    return {
      row,
      accessToken: vault.decrypt(row.access_token_encrypted as string, owner),
      refreshToken: vault.decrypt(row.refresh_token_encrypted as string, owner),
    };
  };
  return {
    storage, vault, runtime, advance, account, provider, patches, credentials, stored, logs,
    failNextUpdates: (count: number) => (failUpdates = count),
    failNextRefreshes: (...causes: TokenEndpointFailureCause[]) => refreshFailures.push(...causes),
  };
}

describe('createAccountCredentials', () => {
  it('current() returns the stored access token while it is not about to expire', async () => {
    const { credentials, provider } = await setup();
    expect(await credentials().current()).toBe('access-0');
    expect(provider.received).toEqual([]);
  });

  it('concurrent 401s trigger exactly one refresh; both new tokens are stored encrypted in one update', async () => {
    const { credentials, provider, patches, stored, runtime, logs } = await setup();
    const source = credentials();
    const results = await Promise.all(Array.from({ length: 10 }, () => source.refreshed('access-0')));
    expect(results).toEqual(Array.from({ length: 10 }, () => 'access-1'));
    expect(provider.received).toEqual(['refresh-0']);
    expect(patches).toHaveLength(1);
    expect(Object.keys(patches[0] ?? {})).toEqual(expect.arrayContaining(['access_token_encrypted', 'refresh_token_encrypted', 'token_expires_at']));
    const now = await stored();
    expect(now).toMatchObject({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    expect(now.row).toMatchObject({ scopes: 'offline read:workout', status: 'active', token_expires_at: new Date(runtime.clock().getTime() + 3_600_000).toISOString() });
    expect(JSON.stringify(now.row)).not.toMatch(/access-1|refresh-1/);
    expect(JSON.stringify(logs)).not.toMatch(/access-\d|refresh-\d/);

    // A late 401 with the old token gets the new token without spending the refresh token again.
    expect(await source.refreshed('access-0')).toBe('access-1');
    expect(provider.received).toEqual(['refresh-0']);
  });

  it('a second source of the same account notices a refresh made by the first: no second refresh, never the old refresh token', async () => {
    const { credentials, provider } = await setup();
    const [first, second] = [credentials(), credentials()];
    expect(await first.refreshed('access-0')).toBe('access-1');
    expect(await second.refreshed('access-0')).toBe('access-1');
    expect(await second.refreshed('access-1')).toBe('access-2');
    expect(await first.current()).toBe('access-2');
    expect(provider.received).toEqual(['refresh-0', 'refresh-1']);
    expect(provider.reused).toEqual([]);
  });

  it('sources of the same account share one refresh when they hit a 401 at the same moment', async () => {
    const { credentials, provider } = await setup();
    const sources = [credentials(), credentials(), credentials()];
    expect(await Promise.all(sources.map((source) => source.refreshed('access-0')))).toEqual(['access-1', 'access-1', 'access-1']);
    expect(provider.received).toEqual(['refresh-0']);
  });

  it('when another process spent the refresh token at the same moment, the tokens it stored are used', async () => {
    const { credentials, storage, vault, runtime, account, provider } = await setup();
    const otherProcess = credentials();
    // A second process: its own view of the storage (no shared in-process state), whose refresh loses the race.
    const separate = { providerAccounts: new Proxy(storage.providerAccounts, { get: (target, property) => {
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    } }) };
    const losing = createAccountCredentials({
      storage: separate,
      vault,
      runtime,
      account,
      refresh: async () => {
        await otherProcess.refreshed('access-0');
        throw new OAuthError('whoop', 'refresh_failed', 'invalid_grant');
      },
    });
    expect(await losing.refreshed('access-0')).toBe('access-1');
    expect(provider.received).toEqual(['refresh-0']);
  });

  it('current() refreshes first when the token expires within 60 s, once for concurrent callers', async () => {
    const { credentials, provider, advance } = await setup();
    const source = credentials();
    advance(59 * 60_000 - 1);
    expect(await source.current()).toBe('access-0');
    advance(2);
    expect(await Promise.all([source.current(), source.current(), source.refreshed('access-0')])).toEqual(['access-1', 'access-1', 'access-1']);
    expect(provider.received).toEqual(['refresh-0']);
  });

  it('when storing the new tokens fails, they are kept and stored on the next call; the spent refresh token is not sent again', async () => {
    const { credentials, provider, stored, failNextUpdates } = await setup();
    const source = credentials();
    failNextUpdates(1);
    await expect(source.refreshed('access-0')).rejects.toThrow('database is locked');
    expect(await source.current()).toBe('access-1');
    expect(await stored()).toMatchObject({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    expect(await source.refreshed('access-1')).toBe('access-2');
    expect(provider.received).toEqual(['refresh-0', 'refresh-1']);
    expect(provider.reused).toEqual([]);
  });

  it('refuses to send a refresh token it already spent, even if storage still holds it', async () => {
    const { credentials, storage, account, vault } = await setup();
    const source = credentials();
    const before = await storage.providerAccounts.get(account.user_id, account.id);
    expect(await source.refreshed('access-0')).toBe('access-1');
    await storage.providerAccounts.update(account.user_id, account.id, {
      access_token_encrypted: before.access_token_encrypted,
      refresh_token_encrypted: before.refresh_token_encrypted,
    });
    expect(vault.keyIdOf(before.refresh_token_encrypted as string)).toBe(vault.activeKeyId);
    const error = await source.refreshed('access-0').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OAuthError);
    expect((error as OAuthError).reason).toBe('refresh_failed');
    expect((error as OAuthError).message).not.toMatch(/refresh-0|access-0/);
  });

  it('a refresh the provider never answered (network error, 503) leaves the refresh token usable for the next call', async () => {
    const { credentials, provider, stored, failNextRefreshes } = await setup();
    const source = credentials();
    const causes = [{ code: 'network_error' }, { status: 503 }];
    failNextRefreshes(...causes);
    for (const cause of causes) {
      const error = await source.refreshed('access-0').catch((caught: unknown) => caught);
      expect((error as OAuthError).reason).toBe('refresh_failed');
      expect((error as OAuthError).cause).toEqual(cause);
    }
    expect(await source.refreshed('access-0')).toBe('access-1');
    expect(await stored()).toMatchObject({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    expect(provider.received).toEqual(['refresh-0']);
    expect(provider.reused).toEqual([]);
  });

  it('a refresh token the provider refused (400 invalid_grant) is never sent again', async () => {
    const { credentials, provider, failNextRefreshes } = await setup();
    const source = credentials();
    failNextRefreshes({ status: 400, error: 'invalid_grant', code: 'OAUTH_RESPONSE_BODY_ERROR' });
    const refused = await source.refreshed('access-0').catch((caught: unknown) => caught);
    expect((refused as OAuthError).cause).toMatchObject({ status: 400, error: 'invalid_grant' });
    const error = await source.refreshed('access-0').catch((caught: unknown) => caught);
    expect((error as OAuthError).message).toContain('already used');
    expect(provider.received).toEqual([]);
  });

  it('a revoked account or one without tokens is not_connected', async () => {
    const { credentials, storage, account } = await setup();
    await storage.providerAccounts.update(account.user_id, account.id, { status: 'revoked' });
    await expect(credentials().current()).rejects.toMatchObject({ reason: 'not_connected' });
    await storage.providerAccounts.update(account.user_id, account.id, { status: 'active', access_token_encrypted: null, refresh_token_encrypted: null });
    await expect(credentials().refreshed('access-0')).rejects.toMatchObject({ reason: 'not_connected' });
  });

  it('under any interleaving of callers, sources and clock jumps, no refresh token is ever reused and storage holds the newest tokens (property)', async () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('current' as const), source: fc.integer({ min: 0, max: 2 }) }),
      fc.record({ kind: fc.constant('refreshed' as const), source: fc.integer({ min: 0, max: 2 }), staleBack: fc.integer({ min: 0, max: 2 }) }),
      fc.record({ kind: fc.constant('advance' as const), minutes: fc.integer({ min: 0, max: 90 }) }),
    );
    const storage = await openTestStorage();
    opened.push(storage);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(step, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), async (batches) => {
        const { credentials, provider, stored, advance } = await setup(storage);
        const sources = [credentials(), credentials(), credentials()];
        for (const batch of batches) {
          await Promise.all(
            batch.map((item) => {
              if (item.kind === 'advance') {
                advance(item.minutes * 60_000);
                return Promise.resolve();
              }
              const source = sources[item.source]!;
              if (item.kind === 'current') return source.current();
              return source.refreshed(`access-${Math.max(0, provider.generation - item.staleBack)}`);
            }),
          );
        }
        expect(provider.reused).toEqual([]);
        expect(new Set(provider.received).size).toBe(provider.received.length);
        expect(await stored()).toMatchObject({ accessToken: `access-${provider.generation}`, refreshToken: `refresh-${provider.generation}` });
      }),
      { numRuns: 100 },
    );
  });
});

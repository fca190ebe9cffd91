import { randomBytes } from 'node:crypto';
import { createSequentialIdFactory, type TrainkitStorage, type UserId } from '@trainkit/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { TokenSet } from '../oauth/token-set.js';
import { parseEncryptionKey } from '../vault/parse-encryption-key.js';
import { createTokenVault } from '../vault/token-vault.js';
import { listAccountSummaries } from './list-account-summaries.js';
import { saveAccountTokens } from './save-account-tokens.js';
import { openTestStorage } from '../test-support/open-test-storage.js';

const opened: TrainkitStorage[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((storage) => storage.close()));
});

async function setup() {
  const storage = await openTestStorage();
  opened.push(storage);
  for (const id of ['usr_1', 'usr_2']) await storage.users.insert({ id: id as UserId, created_at: '2026-01-01T00:00:00.000Z' });
  const vault = createTokenVault({ keys: [parseEncryptionKey(randomBytes(32).toString('base64'))], randomBytes: (n) => new Uint8Array(randomBytes(n)) });
  let now = new Date('2026-12-03T20:00:00.000Z');
  const clock = (): Date => now;
  const advance = (ms: number): void => {
    now = new Date(now.getTime() + ms);
  };
  return { storage, vault, clock, advance, ids: createSequentialIdFactory('acct') };
}

function tokens(suffix: string, scopes: string[] | null = ['read', 'activity:read_all']): TokenSet {
  return { accessToken: `access-${suffix}`, refreshToken: `refresh-${suffix}`, expiresAt: '2026-12-04T02:00:00.000Z', scopes, externalUserId: '48151623' };
}

describe('saveAccountTokens', () => {
  it('inserts an active account with both tokens encrypted and the scopes joined by a space', async () => {
    const { storage, vault, clock, ids } = await setup();
    const row = await saveAccountTokens({ storage, vault, clock, ids, userId: 'usr_1', provider: 'strava', tokens: tokens('1'), externalUserId: '48151623' });
    expect(row).toMatchObject({
      id: 'acct_000001',
      user_id: 'usr_1',
      provider: 'strava',
      external_user_id: '48151623',
      scopes: 'read activity:read_all',
      status: 'active',
      token_expires_at: '2026-12-04T02:00:00.000Z',
      created_at: '2026-12-03T20:00:00.000Z',
    });
    expect(JSON.stringify(row)).not.toMatch(/access-1|refresh-1/);
    const owner = { userId: 'usr_1', provider: 'strava' };
    expect(vault.decrypt(row.access_token_encrypted as string, owner)).toBe('access-1');
    expect(vault.decrypt(row.refresh_token_encrypted as string, owner)).toBe('refresh-1');
    expect(() => vault.decrypt(row.access_token_encrypted as string, { userId: 'usr_2', provider: 'strava' })).toThrow();
  });

  it('reconnecting the same provider account updates its row (new tokens, active again); scopes are kept when none are reported', async () => {
    const { storage, vault, clock, advance, ids } = await setup();
    const first = await saveAccountTokens({ storage, vault, clock, ids, userId: 'usr_1', provider: 'whoop', tokens: tokens('1', ['offline']), externalUserId: '10129' });
    await storage.providerAccounts.update(first.user_id, first.id, { status: 'revoked', access_token_encrypted: null, refresh_token_encrypted: null });
    advance(60_000);
    const second = await saveAccountTokens({ storage, vault, clock, ids, userId: 'usr_1', provider: 'whoop', tokens: tokens('2', null), externalUserId: '10129' });
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ status: 'active', scopes: 'offline', created_at: first.created_at, updated_at: '2026-12-03T20:01:00.000Z' });
    expect(vault.decrypt(second.refresh_token_encrypted as string, { userId: 'usr_1', provider: 'whoop' })).toBe('refresh-2');
    expect(await storage.providerAccounts.listByProvider('usr_1' as UserId, 'whoop')).toHaveLength(1);

    const other = await saveAccountTokens({ storage, vault, clock, ids, userId: 'usr_1', provider: 'whoop', tokens: tokens('3'), externalUserId: '20555' });
    expect(other.id).not.toBe(first.id);
    expect(await storage.providerAccounts.listByProvider('usr_1' as UserId, 'whoop')).toHaveLength(2);
  });

  it('two concurrent saves of the same new account leave one row', async () => {
    const { storage, vault, clock, ids } = await setup();
    const saved = await Promise.all(
      ['a', 'b', 'c'].map((suffix) => saveAccountTokens({ storage, vault, clock, ids, userId: 'usr_2', provider: 'oura', tokens: tokens(suffix), externalUserId: 'oura-user' })),
    );
    expect(new Set(saved.map((row) => row.id)).size).toBe(1);
    expect(await storage.providerAccounts.listByProvider('usr_2' as UserId, 'oura')).toHaveLength(1);
  });
});

describe('listAccountSummaries', () => {
  it('lists the user\'s accounts oldest first, without the encrypted token columns', async () => {
    const { storage, vault, clock, advance, ids } = await setup();
    await saveAccountTokens({ storage, vault, clock, ids, userId: 'usr_1', provider: 'whoop', tokens: tokens('1'), externalUserId: 'w1' });
    advance(1_000);
    await saveAccountTokens({ storage, vault, clock, ids, userId: 'usr_1', provider: 'strava', tokens: tokens('2'), externalUserId: 's1' });
    await saveAccountTokens({ storage, vault, clock, ids, userId: 'usr_2', provider: 'oura', tokens: tokens('3'), externalUserId: 'o1' });
    const summaries = await listAccountSummaries(storage, 'usr_1');
    expect(summaries.map((summary) => summary.provider)).toEqual(['whoop', 'strava']);
    for (const summary of summaries) {
      expect(Object.keys(summary)).not.toContain('access_token_encrypted');
      expect(Object.keys(summary)).not.toContain('refresh_token_encrypted');
      expect(summary).toMatchObject({ user_id: 'usr_1', status: 'active', token_expires_at: '2026-12-04T02:00:00.000Z' });
    }
    expect(JSON.stringify(summaries)).not.toContain('tkv1.');
    expect(await listAccountSummaries(storage, 'usr_3')).toEqual([]);
  });
});

import { randomBytes } from 'node:crypto';
import { createSequentialIdFactory, type TrainkitStorage, type UserId } from '@trainkit/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { saveAccountTokens } from '../accounts/save-account-tokens.js';
import { CONNECT_PROVIDERS, type ConnectProvider } from '../connect-provider.js';
import { TokenVaultError } from '../errors/token-vault-error.js';
import { parseEncryptionKey, type TokenVaultKey } from './parse-encryption-key.js';
import { rotateTokenKeys } from './rotate-token-keys.js';
import { createTokenVault, type TokenVault } from './token-vault.js';
import { openTestStorage } from '../test-support/open-test-storage.js';

const opened: TrainkitStorage[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((storage) => storage.close()));
});

async function openStorage(): Promise<TrainkitStorage> {
  const storage = await openTestStorage();
  opened.push(storage);
  return storage;
}

function newKey(): TokenVaultKey {
  return parseEncryptionKey(randomBytes(32).toString('base64'));
}

function vaultOf(...keys: TokenVaultKey[]): TokenVault {
  return createTokenVault({ keys, randomBytes: (length) => new Uint8Array(randomBytes(length)) });
}

interface Seeded {
  readonly userId: string;
  readonly provider: ConnectProvider;
  readonly accessToken: string;
  readonly refreshToken: string;
}

async function seed(storage: TrainkitStorage, accounts: readonly (Seeded & { readonly vault: TokenVault })[]): Promise<void> {
  const ids = createSequentialIdFactory('acct');
  const users = new Set(accounts.map((account) => account.userId));
  for (const id of [...users].sort()) await storage.users.insert({ id: id as UserId, created_at: '2026-01-01T00:00:00.000Z' });
  for (const account of accounts) {
    await saveAccountTokens({
      storage,
      vault: account.vault,
      clock: () => new Date('2026-12-01T00:00:00.000Z'),
      ids,
      userId: account.userId,
      provider: account.provider,
      externalUserId: `ext-${account.userId}-${account.provider}`,
      tokens: {
        accessToken: account.accessToken,
        refreshToken: account.refreshToken,
        expiresAt: '2026-12-01T06:00:00.000Z',
        scopes: ['read'],
        externalUserId: null,
      },
    });
  }
}

async function allRows(storage: TrainkitStorage) {
  const rows = [];
  for (const user of await storage.users.list({ orderBy: [{ column: 'id' }] })) rows.push(...(await storage.providerAccounts.list(user.id, { orderBy: [{ column: 'id' }] })));
  return rows;
}

describe('rotateTokenKeys', () => {
  it('re-encrypts every row of every user under the active key, leaves rows already on it alone, and is idempotent', async () => {
    const storage = await openStorage();
    const [oldKey, newerKey] = [newKey(), newKey()];
    const oldVault = vaultOf(oldKey);
    const rotating = vaultOf(newerKey, oldKey);
    const seeded: (Seeded & { vault: TokenVault })[] = [
      { userId: 'usr_a', provider: 'strava', accessToken: 'a-strava-access', refreshToken: 'a-strava-refresh', vault: oldVault },
      { userId: 'usr_a', provider: 'whoop', accessToken: 'a-whoop-access', refreshToken: 'a-whoop-refresh', vault: oldVault },
      { userId: 'usr_b', provider: 'oura', accessToken: 'b-oura-access', refreshToken: 'b-oura-refresh', vault: rotating },
      { userId: 'usr_c', provider: 'garmin', accessToken: 'c-garmin-access', refreshToken: 'c-garmin-refresh', vault: oldVault },
      { userId: 'usr_d', provider: 'strava', accessToken: 'd-strava-access', refreshToken: 'd-strava-refresh', vault: oldVault },
    ];
    await seed(storage, seeded);
    await storage.users.insert({ id: 'usr_e' as UserId, created_at: '2026-01-01T00:00:00.000Z' });
    const before = await allRows(storage);
    const alreadyRotated = before.find((row) => row.provider === 'oura');

    const result = await rotateTokenKeys({ storage, vault: rotating, clock: () => new Date('2026-12-03T20:00:00.000Z'), pageSize: 2 });
    expect(result).toEqual({ accounts: 5, rotated: 4 });

    const after = await allRows(storage);
    expect(after).toHaveLength(5);
    for (const row of after) {
      const original = seeded.find((account) => account.userId === row.user_id && account.provider === row.provider) as Seeded;
      const owner = { userId: row.user_id, provider: row.provider };
      expect(rotating.keyIdOf(row.access_token_encrypted as string)).toBe(newerKey.id);
      expect(rotating.keyIdOf(row.refresh_token_encrypted as string)).toBe(newerKey.id);
      expect(rotating.decrypt(row.access_token_encrypted as string, owner)).toBe(original.accessToken);
      expect(rotating.decrypt(row.refresh_token_encrypted as string, owner)).toBe(original.refreshToken);
      expect(vaultOf(newerKey).decrypt(row.refresh_token_encrypted as string, owner)).toBe(original.refreshToken);
    }
    expect(after.find((row) => row.provider === 'oura')).toEqual(alreadyRotated);
    expect(after.filter((row) => row.updated_at === '2026-12-03T20:00:00.000Z')).toHaveLength(4);

    const second = await rotateTokenKeys({ storage, vault: rotating, clock: () => new Date('2026-12-04T20:00:00.000Z') });
    expect(second).toEqual({ accounts: 5, rotated: 0 });
    expect(await allRows(storage)).toEqual(after);
  });

  it('leaves rows without tokens alone', async () => {
    const storage = await openStorage();
    const [oldKey, newerKey] = [newKey(), newKey()];
    await seed(storage, [{ userId: 'usr_a', provider: 'strava', accessToken: 'x', refreshToken: 'y', vault: vaultOf(oldKey) }]);
    const [row] = await allRows(storage);
    await storage.providerAccounts.update(row!.user_id, row!.id, { access_token_encrypted: null, refresh_token_encrypted: null, status: 'revoked' });
    expect(await rotateTokenKeys({ storage, vault: vaultOf(newerKey, oldKey), clock: () => new Date() })).toEqual({ accounts: 1, rotated: 0 });
  });

  it('stops with unknown_key_id when the old key was not kept, and finishes when run again with it', async () => {
    const storage = await openStorage();
    const [oldKey, newerKey] = [newKey(), newKey()];
    await seed(storage, [{ userId: 'usr_a', provider: 'whoop', accessToken: 'x', refreshToken: 'y', vault: vaultOf(oldKey) }]);
    const error = await rotateTokenKeys({ storage, vault: vaultOf(newerKey), clock: () => new Date() }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenVaultError);
    expect((error as TokenVaultError).reason).toBe('unknown_key_id');
    expect(await rotateTokenKeys({ storage, vault: vaultOf(newerKey, oldKey), clock: () => new Date() })).toEqual({ accounts: 1, rotated: 1 });
  });

  it('for any mix of keys, every token survives rotation and a second rotation changes nothing (property)', async () => {
    const keys = [newKey(), newKey(), newKey()];
    const vaults = keys.map((key) => vaultOf(key));
    const active = vaultOf(keys[0]!, keys[1]!, keys[2]!);
    const accountArbitrary = fc.record({
      userId: fc.constantFrom('usr_1', 'usr_2', 'usr_3'),
      provider: fc.constantFrom(...CONNECT_PROVIDERS),
      accessToken: fc.string({ minLength: 1, maxLength: 30 }),
      refreshToken: fc.string({ minLength: 1, maxLength: 30 }),
      keyIndex: fc.integer({ min: 0, max: 2 }),
    });
    const storage = await openStorage();
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(accountArbitrary, { maxLength: 8, selector: (account) => `${account.userId}|${account.provider}` }), async (accounts) => {
        // Each run starts from an empty database (deleting a user cascades to its accounts).
        for (const user of await storage.users.list()) await storage.users.delete(user.id);
        await seed(storage, accounts.map((account) => ({ ...account, vault: vaults[account.keyIndex]! })));
        const result = await rotateTokenKeys({ storage, vault: active, clock: () => new Date('2026-12-03T20:00:00.000Z'), pageSize: 1 });
        expect(result).toEqual({ accounts: accounts.length, rotated: accounts.filter((account) => account.keyIndex !== 0).length });
        const rows = await allRows(storage);
        for (const row of rows) {
          const original = accounts.find((account) => account.userId === row.user_id && account.provider === row.provider)!;
          const owner = { userId: row.user_id, provider: row.provider };
          expect(active.keyIdOf(row.access_token_encrypted!)).toBe(keys[0]!.id);
          expect(active.decrypt(row.access_token_encrypted!, owner)).toBe(original.accessToken);
          expect(active.decrypt(row.refresh_token_encrypted!, owner)).toBe(original.refreshToken);
        }
        expect((await rotateTokenKeys({ storage, vault: active, clock: () => new Date() })).rotated).toBe(0);
        expect(await allRows(storage)).toEqual(rows);
      }),
      { numRuns: 40 },
    );
  });
});

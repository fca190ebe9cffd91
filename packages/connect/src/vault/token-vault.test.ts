import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONNECT_PROVIDERS } from '../connect-provider.js';
import { TokenVaultError, type TokenVaultFailure } from '../errors/token-vault-error.js';
import { parseEncryptionKey, tokenVaultKeyId, type TokenVaultKey } from './parse-encryption-key.js';
import { createTokenVault } from './token-vault.js';

function newKey(): TokenVaultKey {
  return parseEncryptionKey(randomBytes(32).toString('base64'));
}

function vaultOf(...keys: TokenVaultKey[]) {
  return createTokenVault({ keys, randomBytes: (length) => new Uint8Array(randomBytes(length)) });
}

function reasonOf(run: () => unknown): TokenVaultFailure | 'no error' {
  try {
    run();
  } catch (error) {
    if (error instanceof TokenVaultError) return error.reason;
    throw error;
  }
  return 'no error';
}

const owner = { userId: 'usr_1', provider: 'whoop' } as const;
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('createTokenVault', () => {
  it('round-trips a token and seals it as tkv1.<keyId>.<nonce>.<ciphertext>', () => {
    const key = newKey();
    const vault = vaultOf(key);
    const sealed = vault.encrypt('whoop-access-token', owner);
    expect(sealed).toMatch(new RegExp(`^tkv1\\.${key.id}\\.[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]+$`));
    expect(sealed).not.toContain('whoop-access-token');
    expect(vault.keyIdOf(sealed)).toBe(key.id);
    expect(vault.activeKeyId).toBe(key.id);
    expect(vault.decrypt(sealed, owner)).toBe('whoop-access-token');
  });

  it('uses a fresh nonce for every value: one token sealed twice gives two different values', () => {
    const vault = vaultOf(newKey());
    const first = vault.encrypt('same-token', owner);
    const second = vault.encrypt('same-token', owner);
    expect(first).not.toBe(second);
    expect(first.split('.')[2]).not.toBe(second.split('.')[2]);
    expect(vault.decrypt(first, owner)).toBe(vault.decrypt(second, owner));
  });

  it('takes the nonce from randomBytes', () => {
    const calls: number[] = [];
    const vault = createTokenVault({ keys: [newKey()], randomBytes: (length) => (calls.push(length), new Uint8Array(length).fill(7)) });
    const sealed = vault.encrypt('t', owner);
    expect(calls).toEqual([12]);
    expect(sealed.split('.')[2]).toBe(Buffer.alloc(12, 7).toString('base64url'));
  });

  it('any changed character of a sealed value is refused, never decrypted to something else', () => {
    const vault = vaultOf(newKey());
    const sealed = vault.encrypt('refresh-token-value', owner);
    for (let index = 0; index < sealed.length; index += 1) {
      const original = sealed[index] as string;
      const replacement = original === 'A' ? 'B' : original === '.' ? 'x' : 'A';
      const tampered = `${sealed.slice(0, index)}${replacement}${sealed.slice(index + 1)}`;
      expect(reasonOf(() => vault.decrypt(tampered, owner)), `position ${index}`).not.toBe('no error');
    }
  });

  it('tampering a random character to any other character is refused (property)', () => {
    const vault = vaultOf(newKey());
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 64 }), fc.nat(), fc.constantFrom(...`${B64URL}.`), (plaintext, position, replacement) => {
        const sealed = vault.encrypt(plaintext, owner);
        const index = position % sealed.length;
        fc.pre(sealed[index] !== replacement);
        const tampered = `${sealed.slice(0, index)}${replacement}${sealed.slice(index + 1)}`;
        expect(reasonOf(() => vault.decrypt(tampered, owner))).not.toBe('no error');
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips any text for any user and provider (property)', () => {
    const vault = vaultOf(newKey());
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.constantFrom(...'abcXYZ019_.:@-'), minLength: 1, maxLength: 40 }), fc.constantFrom(...CONNECT_PROVIDERS), (plaintext, userId, provider) => {
        expect(vault.decrypt(vault.encrypt(plaintext, { userId, provider }), { userId, provider })).toBe(plaintext);
      }),
    );
  });

  it('binds the user and the provider: a value decrypts only for its own owner (property)', () => {
    const vault = vaultOf(newKey());
    const ownerArbitrary = fc.record({ userId: fc.stringMatching(/^[A-Za-z0-9_]{1,12}$/), provider: fc.constantFrom(...CONNECT_PROVIDERS) });
    fc.assert(
      fc.property(fc.string({ maxLength: 64 }), ownerArbitrary, ownerArbitrary, (plaintext, sealedFor, readAs) => {
        fc.pre(sealedFor.userId !== readAs.userId || sealedFor.provider !== readAs.provider);
        const sealed = vault.encrypt(plaintext, sealedFor);
        expect(reasonOf(() => vault.decrypt(sealed, readAs))).toBe('decrypt_failed');
      }),
    );
  });

  it('a value sealed with a key the vault does not hold is unknown_key_id; older keys still decrypt', () => {
    const [oldKey, newerKey] = [newKey(), newKey()];
    const sealedOld = vaultOf(oldKey).encrypt('old-token', owner);
    expect(reasonOf(() => vaultOf(newerKey).decrypt(sealedOld, owner))).toBe('unknown_key_id');
    const rotated = vaultOf(newerKey, oldKey);
    expect(rotated.decrypt(sealedOld, owner)).toBe('old-token');
    expect(rotated.keyIdOf(rotated.encrypt('new-token', owner))).toBe(newerKey.id);
  });

  it('errors never contain the token, and malformed values are malformed_value', () => {
    const vault = vaultOf(newKey());
    const sealed = vault.encrypt('very-secret-token', owner);
    try {
      vault.decrypt(sealed, { userId: 'usr_2', provider: 'whoop' });
    } catch (error) {
      expect(JSON.stringify({ message: (error as Error).message, error })).not.toContain('very-secret-token');
    }
    for (const value of ['', 'plain-token', 'tkv1.a.b', 'tkv2.k000000000000.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA']) {
      expect(reasonOf(() => vault.decrypt(value, owner))).toBe('malformed_value');
    }
  });

  it('refuses to start without a key or with a bad one; never falls back to plain text', () => {
    expect(reasonOf(() => vaultOf())).toBe('missing_key');
    expect(reasonOf(() => vaultOf({ id: tokenVaultKeyId(new Uint8Array(16)), key: new Uint8Array(16) }))).toBe('bad_key');
    expect(reasonOf(() => vaultOf({ id: 'k000000000000', key: new Uint8Array(32) }))).toBe('bad_key');
  });

  it('derives stable, purpose-bound 32-byte subkeys from the active key', () => {
    const key = newKey();
    const subkey = vaultOf(key).deriveSubkey('oauth-state');
    expect(subkey).toHaveLength(32);
    expect(vaultOf(key).deriveSubkey('oauth-state')).toEqual(subkey);
    expect(vaultOf(key).deriveSubkey('webhooks')).not.toEqual(subkey);
    expect(vaultOf(newKey()).deriveSubkey('oauth-state')).not.toEqual(subkey);
    expect(Buffer.from(subkey).equals(Buffer.from(key.key))).toBe(false);
  });
});

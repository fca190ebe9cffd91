import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TokenVaultError } from '../errors/token-vault-error.js';
import { encryptionKeysFromEnv, parseEncryptionKey, tokenVaultKeyId } from './parse-encryption-key.js';

function reasonOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof TokenVaultError) return error.reason;
    throw error;
  }
  return undefined;
}

describe('parseEncryptionKey', () => {
  it('parses base64 and base64url of 32 bytes, with a stable id from the key', () => {
    const raw = randomBytes(32);
    const key = parseEncryptionKey(raw.toString('base64'));
    expect(Buffer.from(key.key).equals(raw)).toBe(true);
    expect(key.id).toMatch(/^k[0-9a-f]{12}$/);
    expect(parseEncryptionKey(` ${raw.toString('base64url')}\n`)).toEqual(key);
    expect(tokenVaultKeyId(new Uint8Array(32))).toBe('k66687aadf862');
  });

  it('a missing key is missing_key, a malformed one bad_key, and the message never holds the key', () => {
    expect(reasonOf(() => parseEncryptionKey(undefined))).toBe('missing_key');
    expect(reasonOf(() => parseEncryptionKey('  '))).toBe('missing_key');
    const short = randomBytes(16).toString('base64');
    expect(reasonOf(() => parseEncryptionKey(short))).toBe('bad_key');
    expect(reasonOf(() => parseEncryptionKey('not*base64!'))).toBe('bad_key');
    try {
      parseEncryptionKey(short);
    } catch (error) {
      expect((error as Error).message).not.toContain(short);
      expect((error as Error).message).toContain('TRAINKIT_ENCRYPTION_KEY');
    }
  });
});

describe('encryptionKeysFromEnv', () => {
  it('puts the active key first, then the previous keys, without duplicates', () => {
    const [active, old1, old2] = [randomBytes(32), randomBytes(32), randomBytes(32)].map((bytes) => bytes.toString('base64'));
    const keys = encryptionKeysFromEnv({
      TRAINKIT_ENCRYPTION_KEY: active,
      TRAINKIT_PREVIOUS_ENCRYPTION_KEYS: `${old1}, ${old2},${active},`,
    });
    expect(keys.map((key) => key.id)).toEqual([active, old1, old2].map((text) => parseEncryptionKey(text).id));
  });

  it('without TRAINKIT_ENCRYPTION_KEY it refuses (no plaintext fallback); a bad previous key names its position', () => {
    expect(reasonOf(() => encryptionKeysFromEnv({ TRAINKIT_PREVIOUS_ENCRYPTION_KEYS: randomBytes(32).toString('base64') }))).toBe('missing_key');
    try {
      encryptionKeysFromEnv({ TRAINKIT_ENCRYPTION_KEY: randomBytes(32).toString('base64'), TRAINKIT_PREVIOUS_ENCRYPTION_KEYS: 'abcd' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TokenVaultError);
      expect((error as TokenVaultError).message).toContain('TRAINKIT_PREVIOUS_ENCRYPTION_KEYS[0]');
    }
  });
});

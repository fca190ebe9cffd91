import { createHash } from 'node:crypto';
import { TokenVaultError } from '../errors/token-vault-error.js';

/**
 * One encryption key of the token vault: 32 bytes, and its id (`k` + the first 12 hex digits of the key's SHA-256),
 * which is written into every value sealed with it so the vault knows which key opens a stored token after a rotation.
 *
 * @example
 * ```ts
 * const key: TokenVaultKey = parseEncryptionKey(process.env.TRAINKIT_ENCRYPTION_KEY);
 * key.id; // e.g. 'k3b1f9c2a07d4'
 * ```
 */
export interface TokenVaultKey {
  readonly id: string;
  readonly key: Uint8Array;
}

const KEY_BYTES = 32;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const BASE64_URL = /^[A-Za-z0-9_-]+$/;

/**
 * The key id of a 32-byte key: `k` + the first 12 hex digits of its SHA-256.
 *
 * @example
 * ```ts
 * tokenVaultKeyId(new Uint8Array(32)); // 'k66687aadf862'
 * ```
 */
export function tokenVaultKeyId(key: Uint8Array): string {
  return `k${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

/**
 * Parses an encryption key given as base64 (or base64url) of exactly 32 bytes, e.g. from `openssl rand -base64 32`.
 *
 * @param base64 - The encoded key; `undefined` or blank means no key is configured.
 * @param name - What to call the key in error messages (default `TRAINKIT_ENCRYPTION_KEY`).
 * @throws {TokenVaultError} `missing_key` when no key is given (tokens are never stored in plain text instead),
 * `bad_key` when it is not base64 of 32 bytes. The message never contains the key.
 *
 * @example
 * ```ts
 * const key = parseEncryptionKey(process.env.TRAINKIT_ENCRYPTION_KEY);
 * ```
 */
export function parseEncryptionKey(base64: string | undefined, name = 'TRAINKIT_ENCRYPTION_KEY'): TokenVaultKey {
  const text = base64?.trim() ?? '';
  if (text === '') {
    throw new TokenVaultError(
      'missing_key',
      `${name} is not set: provider tokens are only stored encrypted; set it to base64 of 32 random bytes (openssl rand -base64 32)`,
    );
  }
  if (!BASE64.test(text) && !BASE64_URL.test(text)) {
    throw new TokenVaultError('bad_key', `${name} is not base64: expected base64 of 32 random bytes (openssl rand -base64 32)`);
  }
  const key = new Uint8Array(Buffer.from(text, BASE64.test(text) ? 'base64' : 'base64url'));
  if (key.length !== KEY_BYTES) {
    throw new TokenVaultError('bad_key', `${name} decodes to ${key.length} bytes, expected ${KEY_BYTES} (openssl rand -base64 32)`);
  }
  return { id: tokenVaultKeyId(key), key };
}

/**
 * Reads the vault keys from the environment: `TRAINKIT_ENCRYPTION_KEY` is the active key (first in the result), and
 * `TRAINKIT_PREVIOUS_ENCRYPTION_KEYS` (comma-separated, optional) are older keys kept to read values sealed before a
 * rotation. Duplicates are dropped.
 *
 * @throws {TokenVaultError} `missing_key` when `TRAINKIT_ENCRYPTION_KEY` is not set, `bad_key` when a key is malformed.
 *
 * @example
 * ```ts
 * const vault = createTokenVault({ keys: encryptionKeysFromEnv(process.env), randomBytes: runtime.randomBytes });
 * ```
 */
export function encryptionKeysFromEnv(env: Readonly<Record<string, string | undefined>>): TokenVaultKey[] {
  const keys = [parseEncryptionKey(env['TRAINKIT_ENCRYPTION_KEY'])];
  const previous = (env['TRAINKIT_PREVIOUS_ENCRYPTION_KEYS'] ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  previous.forEach((item, index) => {
    const key = parseEncryptionKey(item, `TRAINKIT_PREVIOUS_ENCRYPTION_KEYS[${index}]`);
    if (!keys.some((known) => known.id === key.id)) keys.push(key);
  });
  return keys;
}

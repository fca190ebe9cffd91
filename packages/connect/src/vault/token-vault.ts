import { createCipheriv, createDecipheriv, hkdfSync } from 'node:crypto';
import type { ConnectProvider } from '../connect-provider.js';
import { TokenVaultError } from '../errors/token-vault-error.js';
import { tokenVaultKeyId, type TokenVaultKey } from './parse-encryption-key.js';

export type { TokenVaultKey } from './parse-encryption-key.js';

/**
 * Whose token a value is: bound into every sealed value as associated data, so a value copied to another user's or
 * another provider's row does not decrypt.
 *
 * @example
 * ```ts
 * const owner: TokenOwner = { userId: 'usr_1', provider: 'whoop' };
 * ```
 */
export interface TokenOwner {
  readonly userId: string;
  readonly provider: ConnectProvider | string;
}

/**
 * Encrypts and decrypts provider tokens at rest. Values are sealed as `tkv1.<keyId>.<nonce>.<ciphertext+tag>`
 * (base64url): AES-256-GCM under the active key, a fresh 12-byte nonce per value, and `trainkit|<userId>|<provider>`
 * as associated data. `decrypt` opens values sealed with any key the vault holds (the active one and older ones kept
 * for rotation); `keyIdOf` tells which key sealed a value; `deriveSubkey` derives a purpose-bound key from the active
 * key (HKDF-SHA256), e.g. for signing OAuth `state`.
 *
 * @example
 * ```ts
 * const sealed = vault.encrypt(tokens.accessToken, { userId, provider: 'strava' });
 * const plain = vault.decrypt(sealed, { userId, provider: 'strava' });
 * ```
 */
export interface TokenVault {
  readonly activeKeyId: string;
  encrypt(plaintext: string, owner: TokenOwner): string;
  decrypt(sealed: string, owner: TokenOwner): string;
  keyIdOf(sealed: string): string;
  deriveSubkey(purpose: string): Uint8Array;
}

/**
 * Options of {@link createTokenVault}: the keys, the active one first (see `encryptionKeysFromEnv`), and where nonces
 * come from (`runtime.randomBytes`).
 *
 * @example
 * ```ts
 * const options: CreateTokenVaultOptions = { keys: [parseEncryptionKey(process.env.TRAINKIT_ENCRYPTION_KEY)], randomBytes: runtime.randomBytes };
 * ```
 */
export interface CreateTokenVaultOptions {
  readonly keys: readonly TokenVaultKey[];
  readonly randomBytes: (length: number) => Uint8Array;
}

const VERSION = 'tkv1';
const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const BASE64_URL = /^[A-Za-z0-9_-]*$/;

function associatedData(owner: TokenOwner): Buffer {
  return Buffer.from(`trainkit|${owner.userId}|${owner.provider}`, 'utf8');
}

/** Decodes canonical base64url only: a value whose spare bits were changed does not decode to the same bytes. */
function decodeCanonical(text: string): Buffer | undefined {
  if (!BASE64_URL.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}

interface SealedParts {
  readonly keyId: string;
  readonly nonce: Buffer;
  readonly body: Buffer;
}

function parseSealed(sealed: string): SealedParts {
  const parts = sealed.split('.');
  const malformed = (): TokenVaultError =>
    new TokenVaultError('malformed_value', 'Stored token is not a token-vault value (expected tkv1.<keyId>.<nonce>.<ciphertext>)');
  if (parts.length !== 4 || parts[0] !== VERSION) throw malformed();
  const [, keyId = '', nonceText = '', bodyText = ''] = parts;
  const nonce = decodeCanonical(nonceText);
  const body = decodeCanonical(bodyText);
  if (!/^k[0-9a-f]{12}$/.test(keyId) || nonce === undefined || nonce.length !== NONCE_BYTES || body === undefined || body.length < TAG_BYTES) {
    throw malformed();
  }
  return { keyId, nonce, body };
}

/**
 * Creates the token vault over the host's keys: the first key encrypts, every key decrypts.
 *
 * @throws {TokenVaultError} `missing_key` when no key is given (tokens are never stored in plain text), `bad_key` when a
 * key is not 32 bytes or its id does not match it. `decrypt` throws `unknown_key_id` (sealed with a key the vault was
 * not given), `decrypt_failed` (tampered, or sealed for another user or provider) or `malformed_value`.
 *
 * @example
 * ```ts
 * const vault = createTokenVault({ keys: encryptionKeysFromEnv(process.env), randomBytes: runtime.randomBytes });
 * const sealed = vault.encrypt('access-token', { userId: 'usr_1', provider: 'oura' });
 * vault.decrypt(sealed, { userId: 'usr_1', provider: 'oura' }); // 'access-token'
 * ```
 */
export function createTokenVault(options: CreateTokenVaultOptions): TokenVault {
  const [active] = options.keys;
  if (active === undefined) {
    throw new TokenVaultError('missing_key', 'No encryption key given: provider tokens are only stored encrypted (set TRAINKIT_ENCRYPTION_KEY)');
  }
  const keys = new Map<string, Buffer>();
  for (const { id, key } of options.keys) {
    if (key.length !== KEY_BYTES) throw new TokenVaultError('bad_key', `Encryption key ${id} is ${key.length} bytes, expected ${KEY_BYTES}`);
    if (id !== tokenVaultKeyId(key)) throw new TokenVaultError('bad_key', `Encryption key id ${id} does not match its key (use parseEncryptionKey)`);
    if (!keys.has(id)) keys.set(id, Buffer.from(key));
  }
  const activeKey = keys.get(active.id) as Buffer;

  return {
    activeKeyId: active.id,

    encrypt(plaintext, owner) {
      const nonce = Buffer.from(options.randomBytes(NONCE_BYTES));
      if (nonce.length !== NONCE_BYTES) throw new TokenVaultError('bad_key', `randomBytes returned ${nonce.length} bytes for a ${NONCE_BYTES}-byte nonce`);
      const cipher = createCipheriv(ALGORITHM, activeKey, nonce, { authTagLength: TAG_BYTES });
      cipher.setAAD(associatedData(owner));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `${VERSION}.${active.id}.${nonce.toString('base64url')}.${body.toString('base64url')}`;
    },

    decrypt(sealed, owner) {
      const { keyId, nonce, body } = parseSealed(sealed);
      const key = keys.get(keyId);
      if (key === undefined) {
        throw new TokenVaultError(
          'unknown_key_id',
          `Stored token was sealed with key ${keyId}, which is not configured (add it to TRAINKIT_PREVIOUS_ENCRYPTION_KEYS)`,
        );
      }
      try {
        const decipher = createDecipheriv(ALGORITHM, key, nonce, { authTagLength: TAG_BYTES });
        decipher.setAAD(associatedData(owner));
        decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
        return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch (error) {
        throw new TokenVaultError(
          'decrypt_failed',
          `Stored ${String(owner.provider)} token of user ${owner.userId} does not decrypt: tampered, or sealed for another user or provider`,
          { cause: error },
        );
      }
    },

    keyIdOf(sealed) {
      return parseSealed(sealed).keyId;
    },

    deriveSubkey(purpose) {
      return new Uint8Array(hkdfSync('sha256', activeKey, Buffer.alloc(0), Buffer.from(`trainkit:${purpose}`, 'utf8'), KEY_BYTES));
    },
  };
}

import { ConfigError } from '@trainkit/core';

/**
 * Why the token vault refused, stable: `missing_key` (no encryption key configured: never a plaintext fallback),
 * `bad_key` (not base64 of exactly 32 bytes), `unknown_key_id` (a stored value sealed with a key the vault was not
 * given), `decrypt_failed` (tampered value, or sealed for another user or provider), `malformed_value`.
 *
 * @example
 * ```ts
 * TOKEN_VAULT_FAILURES.includes('missing_key'); // true
 * ```
 */
export const TOKEN_VAULT_FAILURES = ['missing_key', 'bad_key', 'unknown_key_id', 'decrypt_failed', 'malformed_value'] as const;

/**
 * One of {@link TOKEN_VAULT_FAILURES}.
 *
 * @example
 * ```ts
 * const reason: TokenVaultFailure = 'unknown_key_id';
 * ```
 */
export type TokenVaultFailure = (typeof TOKEN_VAULT_FAILURES)[number];

/**
 * The token vault cannot encrypt or decrypt. A `ConfigError` (code `CONFIG_INVALID`) with a stable `reason`; the
 * message never contains a key or a token.
 *
 * @example
 * ```ts
 * try { parseEncryptionKey(process.env.TRAINKIT_ENCRYPTION_KEY); }
 * catch (error) { if (error instanceof TokenVaultError && error.reason === 'missing_key') console.error(error.message); }
 * ```
 */
export class TokenVaultError extends ConfigError {
  constructor(
    /** Stable reason, for callers that switch on it. */
    readonly reason: TokenVaultFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

import { ProviderError } from '@trainkit/core';

/**
 * Why an OAuth step failed, stable for callers that switch on it: `state_mismatch` (the callback's `state` is not
 * one this app issued for this user and provider, or was tampered with), `state_expired`, `missing_code`,
 * `provider_denied` (the callback carries `error=access_denied` or another OAuth error), `token_exchange_failed`,
 * `missing_refresh_token` (a token response without one), `refresh_failed`, `revocation_failed`, `not_connected`
 * (no account, or it was revoked), `missing_client_config` is a `ConfigError` instead.
 *
 * @example
 * ```ts
 * OAUTH_FAILURES.includes('state_mismatch'); // true
 * ```
 */
export const OAUTH_FAILURES = [
  'state_mismatch',
  'state_expired',
  'missing_code',
  'provider_denied',
  'token_exchange_failed',
  'missing_refresh_token',
  'refresh_failed',
  'revocation_failed',
  'not_connected',
] as const;

/**
 * One of {@link OAUTH_FAILURES}.
 *
 * @example
 * ```ts
 * const reason: OAuthFailure = 'missing_refresh_token';
 * ```
 */
export type OAuthFailure = (typeof OAUTH_FAILURES)[number];

/**
 * An OAuth step failed. A `ProviderError` (code `PROVIDER_FAILED`) with a stable `reason`. Its message and fields never
 * contain a token, a code or a client secret.
 *
 * @example
 * ```ts
 * try { await oauth.exchangeCode({ code, state }); }
 * catch (error) { if (error instanceof OAuthError && error.reason === 'state_mismatch') console.log('start again'); }
 * ```
 */
export class OAuthError extends ProviderError {
  constructor(
    provider: string,
    /** Stable reason, for callers that switch on it. */
    readonly reason: OAuthFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(provider, message, options);
  }
}

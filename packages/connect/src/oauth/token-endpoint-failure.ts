import * as oauth from 'oauth4webapi';
import type { ConnectProvider } from '../connect-provider.js';
import { OAuthError, type OAuthFailure } from '../errors/oauth-error.js';

/**
 * What went wrong at a token endpoint, kept as the `cause` of an `OAuthError`, without any token, code or secret: the
 * HTTP status when a response arrived, the OAuth error code (`invalid_grant`, ...) and the `oauth4webapi` error code
 * or `timeout` / `aborted` / `network_error` when none did.
 *
 * @example
 * ```ts
 * const cause: TokenEndpointFailureCause = { status: 400, error: 'invalid_grant', code: 'OAUTH_RESPONSE_BODY_ERROR' };
 * ```
 */
export interface TokenEndpointFailureCause {
  readonly status?: number;
  readonly error?: string;
  readonly code?: string;
}

/**
 * Wraps an error thrown by an `oauth4webapi` grant (or the fetch under it) into an `OAuthError` with `reason`, a
 * message naming only the HTTP status and error codes, and a {@link TokenEndpointFailureCause} as `cause`. The
 * library's own error is dropped on purpose: its `cause` may hold the token response body.
 *
 * @example
 * ```ts
 * try { await oauth.processRefreshTokenResponse(as, client, response); }
 * catch (error) { throw tokenEndpointFailure('whoop', 'refresh_failed', 'the token refresh failed', error); }
 * ```
 */
export function tokenEndpointFailure(provider: ConnectProvider, reason: OAuthFailure, what: string, error: unknown): OAuthError {
  const cause = describeTokenEndpointError(error);
  const parts = [cause.status !== undefined ? `HTTP ${cause.status}` : undefined, cause.error, cause.code].filter(
    (part): part is string => part !== undefined,
  );
  return new OAuthError(provider, reason, `${what}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`, { cause });
}

/**
 * True when an `OAuthError` says the grant itself is gone: the token endpoint refused the refresh token with
 * `invalid_grant` (HTTP 400 or 401), as after a revocation or a reused rotated refresh token.
 *
 * @example
 * ```ts
 * if (error instanceof OAuthError && oauthGrantIsGone(error)) console.log('reconnect the account');
 * ```
 */
export function oauthGrantIsGone(error: OAuthError): boolean {
  const cause = causeOf(error);
  return error.reason === 'refresh_failed' && cause !== undefined && (cause.status === 400 || cause.status === 401) && cause.error === 'invalid_grant';
}

/**
 * True when a refresh failed for a reason that may pass (no response: network error or timeout; or a 5xx), so the
 * account must not be treated as disconnected.
 *
 * @example
 * ```ts
 * if (error instanceof OAuthError && isTransientOAuthFailure(error)) console.log('try again later');
 * ```
 */
export function isTransientOAuthFailure(error: OAuthError): boolean {
  if (error.reason !== 'refresh_failed' && error.reason !== 'token_exchange_failed') return false;
  const cause = causeOf(error);
  if (cause === undefined) return false;
  if (cause.status !== undefined) return cause.status >= 500 || cause.status === 429;
  return cause.code === 'timeout' || cause.code === 'network_error' || cause.code === 'aborted';
}

function causeOf(error: OAuthError): TokenEndpointFailureCause | undefined {
  const cause: unknown = error.cause;
  return typeof cause === 'object' && cause !== null && !(cause instanceof Error) ? (cause as TokenEndpointFailureCause) : undefined;
}

function describeTokenEndpointError(error: unknown): TokenEndpointFailureCause {
  if (error instanceof oauth.ResponseBodyError) return { status: error.status, error: safeCode(error.error), code: error.code };
  if (error instanceof oauth.WWWAuthenticateChallengeError) return { status: error.status, code: error.code };
  if (error instanceof oauth.OperationProcessingError) {
    const status = error.cause instanceof Response ? error.cause.status : undefined;
    return { ...(status !== undefined ? { status } : {}), ...(error.code !== undefined ? { code: error.code } : {}) };
  }
  if (error instanceof oauth.UnsupportedOperationError) return { code: error.code ?? 'OAUTH_UNSUPPORTED_OPERATION' };
  if (error instanceof Error) return { code: error.name === 'TimeoutError' ? 'timeout' : error.name === 'AbortError' ? 'aborted' : 'network_error' };
  return { code: 'unknown_error' };
}

function safeCode(value: string): string {
  return /^[A-Za-z0-9_.-]{1,64}$/.test(value) ? value : 'oauth_error';
}

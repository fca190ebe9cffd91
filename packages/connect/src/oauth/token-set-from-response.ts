import type { ConnectProvider } from '../connect-provider.js';
import { OAuthError } from '../errors/oauth-error.js';
import type { TokenSet } from './token-set.js';

/**
 * Turns a parsed token-endpoint response into a {@link TokenSet}. `expiresAt` comes from `expires_at` (epoch
 * seconds, Strava) or else `now + expires_in`; `scopes` are the callback's `scope` parameter when given (Strava
 * reports granted scopes there), else the response's `scope`, split on commas and spaces, else `null`;
 * `externalUserId` is Strava's `athlete.id` when present. A response without a refresh token is an `OAuthError`
 * `missing_refresh_token` (an account that cannot be refreshed dies within hours); one without any expiry is
 * `failure`. Messages never contain a token.
 *
 * @example
 * ```ts
 * const tokens = tokenSetFromResponse('whoop', { access_token: 'a', refresh_token: 'r', expires_in: 3600, token_type: 'bearer' }, { now: new Date(), failure: 'refresh_failed' });
 * ```
 */
export function tokenSetFromResponse(
  provider: ConnectProvider,
  body: Readonly<Record<string, unknown>>,
  context: { readonly now: Date; readonly failure: 'token_exchange_failed' | 'refresh_failed'; readonly callbackScope?: string | null },
): TokenSet {
  const accessToken = body['access_token'];
  if (typeof accessToken !== 'string' || accessToken === '') {
    throw new OAuthError(provider, context.failure, 'the token response has no access_token');
  }
  const refreshToken = body['refresh_token'];
  if (typeof refreshToken !== 'string' || refreshToken === '') {
    throw new OAuthError(provider, 'missing_refresh_token', 'the token response has no refresh_token; the account could not be kept connected');
  }
  const expiresAt = expiryOf(body, context.now);
  if (expiresAt === null) {
    throw new OAuthError(provider, context.failure, 'the token response has neither expires_at nor expires_in');
  }
  const scopeText = context.callbackScope ?? (typeof body['scope'] === 'string' ? body['scope'] : null);
  const scopes = scopeText === null ? null : scopeText.split(/[\s,]+/).filter((scope) => scope !== '');
  return { accessToken, refreshToken, expiresAt, scopes, externalUserId: athleteIdOf(body) };
}

function expiryOf(body: Readonly<Record<string, unknown>>, now: Date): string | null {
  const expiresAt = numeric(body['expires_at']);
  if (expiresAt !== null && expiresAt > 0) return new Date(expiresAt * 1000).toISOString();
  const expiresIn = numeric(body['expires_in']);
  if (expiresIn !== null && expiresIn >= 0) return new Date(now.getTime() + expiresIn * 1000).toISOString();
  return null;
}

function numeric(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return null;
}

function athleteIdOf(body: Readonly<Record<string, unknown>>): string | null {
  const athlete = body['athlete'];
  if (typeof athlete !== 'object' || athlete === null) return null;
  const id = (athlete as Record<string, unknown>)['id'];
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  if (typeof id === 'string' && id !== '') return id;
  return null;
}

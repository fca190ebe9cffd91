import { describe, expect, it } from 'vitest';
import { OAuthError } from '../errors/oauth-error.js';
import { tokenSetFromResponse } from './token-set-from-response.js';

const now = new Date('2026-12-03T20:00:00.000Z');
const context = { now, failure: 'refresh_failed' as const };

function reasonOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(OAuthError);
    expect((error as Error).message).not.toContain('secret-');
    return (error as OAuthError).reason;
  }
  return 'accepted';
}

describe('tokenSetFromResponse', () => {
  it('prefers expires_at, else now + expires_in, and reads Strava athlete.id', () => {
    const strava = tokenSetFromResponse(
      'strava',
      { access_token: 'a', refresh_token: 'r', expires_at: 1_796_342_400, expires_in: 21_600, athlete: { id: 48151623 } },
      { ...context, callbackScope: 'read,activity:read_all' },
    );
    expect(strava).toEqual({
      accessToken: 'a',
      refreshToken: 'r',
      expiresAt: new Date(1_796_342_400_000).toISOString(),
      scopes: ['read', 'activity:read_all'],
      externalUserId: '48151623',
    });
    const whoop = tokenSetFromResponse('whoop', { access_token: 'a', refresh_token: 'r', expires_in: '3600', scope: 'offline read:sleep' }, context);
    expect(whoop).toMatchObject({ expiresAt: '2026-12-03T21:00:00.000Z', scopes: ['offline', 'read:sleep'], externalUserId: null });
    expect(tokenSetFromResponse('oura', { access_token: 'a', refresh_token: 'r', expires_in: 0 }, context).scopes).toBeNull();
  });

  it('refuses a response without a refresh token, an access token or any expiry', () => {
    expect(reasonOf(() => tokenSetFromResponse('whoop', { access_token: 'secret-a', expires_in: 3600 }, context))).toBe('missing_refresh_token');
    expect(reasonOf(() => tokenSetFromResponse('whoop', { access_token: 'secret-a', refresh_token: '', expires_in: 3600 }, context))).toBe(
      'missing_refresh_token',
    );
    expect(reasonOf(() => tokenSetFromResponse('oura', { refresh_token: 'secret-r', expires_in: 3600 }, context))).toBe('refresh_failed');
    expect(reasonOf(() => tokenSetFromResponse('garmin', { access_token: 'secret-a', refresh_token: 'secret-r' }, { now, failure: 'token_exchange_failed' }))).toBe(
      'token_exchange_failed',
    );
  });
});

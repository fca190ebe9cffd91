import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OAuthError } from '../errors/oauth-error.js';
import { constantTimeEqual, derivePkceVerifier, signOAuthState, verifyOAuthState } from './oauth-state.js';

const key = new Uint8Array(32).map((_, index) => index * 7 + 1);
const otherKey = new Uint8Array(32).map((_, index) => index * 11 + 3);
const now = new Date('2026-12-03T20:00:00.000Z');
const expiresAt = Math.floor(now.getTime() / 1000) + 900;
const claims = { userId: 'usr_1', provider: 'garmin' as const, expiresAt, nonce: 'bm9uY2Utbm9uY2U' };

function reasonOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(OAuthError);
    return (error as OAuthError).reason;
  }
  return 'accepted';
}

describe('OAuth state', () => {
  it('round-trips the claims of a state signed with the same key', () => {
    const state = signOAuthState(key, claims);
    expect(state).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(verifyOAuthState(key, state, { provider: 'garmin', now, expectedUserId: 'usr_1' })).toEqual(claims);
    expect(verifyOAuthState(key, state, { provider: 'garmin', now })).toEqual(claims);
  });

  it('refuses another key, another provider, another user, and a state past its expiry', () => {
    const state = signOAuthState(key, claims);
    expect(reasonOf(() => verifyOAuthState(otherKey, state, { provider: 'garmin', now }))).toBe('state_mismatch');
    expect(reasonOf(() => verifyOAuthState(key, state, { provider: 'whoop', now }))).toBe('state_mismatch');
    expect(reasonOf(() => verifyOAuthState(key, state, { provider: 'garmin', now, expectedUserId: 'usr_2' }))).toBe('state_mismatch');
    const later = new Date((expiresAt + 1) * 1000);
    expect(reasonOf(() => verifyOAuthState(key, state, { provider: 'garmin', now: later }))).toBe('state_expired');
    expect(reasonOf(() => verifyOAuthState(key, state, { provider: 'garmin', now: new Date(expiresAt * 1000) }))).toBe('accepted');
  });

  it('refuses malformed states and never echoes them in the message', () => {
    for (const state of ['', 'abc', 'a.b.c', '.', `${'x'.repeat(10)}.`, 'not base64!.AAAA']) {
      try {
        verifyOAuthState(key, state, { provider: 'strava', now });
        expect.unreachable();
      } catch (error) {
        expect((error as OAuthError).reason).toBe('state_mismatch');
        if (state.length > 3) expect((error as Error).message).not.toContain(state);
      }
    }
  });

  it('refuses a payload re-signed with the right key but carrying a bad shape', () => {
    const payload = Buffer.from(JSON.stringify({ u: 'usr_1', p: 'fitbit', e: expiresAt, n: 'n' })).toString('base64url');
    const forged = `${payload}.${signOAuthState(key, claims).split('.')[1]}`;
    expect(reasonOf(() => verifyOAuthState(key, forged, { provider: 'garmin', now }))).toBe('state_mismatch');
  });

  it('rejects any modification of a valid state (property)', () => {
    const state = signOAuthState(key, claims);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ ';
    const char = fc.oneof(fc.constantFrom(...alphabet.split('')), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }));
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), char }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), char: fc.constant('') }),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let modified = state;
        for (const { kind, at, char } of edits) {
          const index = at % (modified.length + (kind === 'insert' ? 1 : 0) || 1);
          if (kind === 'replace') modified = modified.slice(0, index) + char + modified.slice(index + 1);
          else if (kind === 'insert') modified = modified.slice(0, index) + char + modified.slice(index);
          else modified = modified.slice(0, index) + modified.slice(index + 1);
        }
        fc.pre(modified !== state);
        expect(reasonOf(() => verifyOAuthState(key, modified, { provider: 'garmin', now, expectedUserId: 'usr_1' }))).toBe('state_mismatch');
      }),
      { numRuns: 300 },
    );
  });

  it('derives a stable RFC 7636 verifier per state and key', () => {
    const state = signOAuthState(key, claims);
    const verifier = derivePkceVerifier(key, state);
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(derivePkceVerifier(key, state)).toBe(verifier);
    expect(derivePkceVerifier(otherKey, state)).not.toBe(verifier);
    expect(derivePkceVerifier(key, signOAuthState(key, { ...claims, nonce: 'other' }))).not.toBe(verifier);
  });

  it('compares strings in constant time, different lengths never equal', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
  });
});

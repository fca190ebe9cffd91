import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ConnectProviderSchema, type ConnectProvider } from '../connect-provider.js';
import { OAuthError } from '../errors/oauth-error.js';

const StatePayloadSchema = z
  .object({
    u: z.string().min(1),
    p: ConnectProviderSchema,
    e: z.number().int(),
    n: z.string().min(1),
  })
  .strict();

/**
 * What a signed OAuth `state` carries: the app's user id, the provider, when it expires (epoch seconds) and a nonce.
 *
 * @example
 * ```ts
 * const claims: OAuthStateClaims = { userId: 'usr_1', provider: 'whoop', expiresAt: 1764795600, nonce: 'q2VbF3nU0cWm1xYk' };
 * ```
 */
export interface OAuthStateClaims {
  readonly userId: string;
  readonly provider: ConnectProvider;
  readonly expiresAt: number;
  readonly nonce: string;
}

/**
 * Signs a stateless OAuth `state`: `base64url(JSON {u, p, e, n})` + `.` + `base64url(HMAC-SHA256(key, payload))`.
 * Nothing is stored between the authorization redirect and the callback: the callback's `state` proves which user
 * and provider started the flow, and until when.
 *
 * @example
 * ```ts
 * const state = signOAuthState(stateKey, { userId: 'usr_1', provider: 'garmin', expiresAt: 1764795600, nonce: 'q2VbF3nU0cWm1xYk' });
 * ```
 */
export function signOAuthState(key: Uint8Array, claims: OAuthStateClaims): string {
  const payload = Buffer.from(JSON.stringify({ u: claims.userId, p: claims.provider, e: claims.expiresAt, n: claims.nonce }), 'utf8').toString(
    'base64url',
  );
  return `${payload}.${hmacBase64Url(key, payload)}`;
}

/**
 * Verifies a `state` from an OAuth callback and returns its claims. The signature is compared in constant time over
 * the exact text (so no two spellings of one state both pass); a state that is malformed, tampered with, signed with
 * another key, issued for another provider or (when `expectedUserId` is given) for another user is an `OAuthError`
 * `state_mismatch`; one past its expiry is `state_expired`. The messages never contain the state itself.
 *
 * @example
 * ```ts
 * const { userId } = verifyOAuthState(stateKey, state, { provider: 'garmin', now: runtime.clock() });
 * ```
 */
export function verifyOAuthState(
  key: Uint8Array,
  state: string,
  expected: { readonly provider: ConnectProvider; readonly now: Date; readonly expectedUserId?: string },
): OAuthStateClaims {
  const mismatch = (why: string) => new OAuthError(expected.provider, 'state_mismatch', `the OAuth state ${why}; start the connection again`);
  const parts = state.split('.');
  if (parts.length !== 2) throw mismatch('is malformed');
  const [payload, signature] = parts as [string, string];
  if (!/^[A-Za-z0-9_-]+$/.test(payload) || !constantTimeEqual(signature, hmacBase64Url(key, payload))) throw mismatch('has a bad signature');
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw mismatch('is malformed');
  }
  const parsed = StatePayloadSchema.safeParse(decoded);
  if (!parsed.success) throw mismatch('is malformed');
  const claims: OAuthStateClaims = { userId: parsed.data.u, provider: parsed.data.p, expiresAt: parsed.data.e, nonce: parsed.data.n };
  if (claims.provider !== expected.provider) throw mismatch(`was issued for another provider (${claims.provider})`);
  if (expected.expectedUserId !== undefined && !constantTimeEqual(claims.userId, expected.expectedUserId)) throw mismatch('was issued for another user');
  if (Math.floor(expected.now.getTime() / 1000) > claims.expiresAt) {
    throw new OAuthError(expected.provider, 'state_expired', 'the OAuth state has expired; start the connection again');
  }
  return claims;
}

/**
 * The PKCE `code_verifier` of a flow, derived from its state: `base64url(HMAC-SHA256(key, 'pkce:' + state))` (43
 * characters of the unreserved alphabet RFC 7636 allows). The authorization URL sends its S256 challenge and the
 * code exchange recomputes it, so nothing is stored in between.
 *
 * @example
 * ```ts
 * const codeVerifier = derivePkceVerifier(stateKey, state);
 * ```
 */
export function derivePkceVerifier(key: Uint8Array, state: string): string {
  return hmacBase64Url(key, `pkce:${state}`);
}

/**
 * Compares two strings in constant time (for their length): `node:crypto`'s `timingSafeEqual` over equal-length
 * UTF-8 buffers; strings of different lengths are unequal without comparing bytes.
 *
 * @example
 * ```ts
 * constantTimeEqual('abc', 'abc'); // true
 * ```
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  if (left.length !== right.length) return false;
  return timingSafeEqual(left, right);
}

function hmacBase64Url(key: Uint8Array, text: string): string {
  return createHmac('sha256', key).update(text, 'utf8').digest('base64url');
}

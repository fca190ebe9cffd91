/**
 * Tokens of one connected account, in plain text: they only live in memory. `expiresAt` is an ISO-8601 UTC instant
 * (computed from `expires_in` and the injected clock when the provider sends no `expires_at`); `scopes` are the
 * granted scopes when the provider reports them; `externalUserId` is the provider's id of the athlete when the token
 * response names it (Strava `athlete.id`).
 *
 * @example
 * ```ts
 * const tokens: TokenSet = { accessToken: 'a', refreshToken: 'r', expiresAt: '2026-12-03T21:00:00.000Z', scopes: ['read'], externalUserId: '48151623' };
 * ```
 */
export interface TokenSet {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresAt: string;
  readonly scopes: readonly string[] | null;
  readonly externalUserId: string | null;
}

/**
 * Where the HTTP client gets the bearer token of a connected account. `current()` returns a token that is not about
 * to expire (refreshing first when needed); `refreshed(stale)` is called after a 401 with the token that was refused
 * and returns a fresh one: single-flight, and when another caller already refreshed it returns that token instead of
 * spending the refresh token a second time.
 *
 * @example
 * ```ts
 * const source: AccessTokenSource = { current: async () => token, refreshed: async () => token };
 * ```
 */
export interface AccessTokenSource {
  current(): Promise<string>;
  refreshed(staleToken: string): Promise<string>;
}

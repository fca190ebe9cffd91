/**
 * One request to a provider API. `path` is relative to the provider's API base URL (`/athlete/activities`) or an
 * absolute URL (a Garmin ping's `callbackURL`); `query` values that are `undefined` are left out.
 *
 * @example
 * ```ts
 * const request: ProviderRequest = { path: '/v2/activity/workout', query: { limit: 25, nextToken: undefined } };
 * ```
 */
export interface ProviderRequest {
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly method?: 'GET' | 'DELETE' | 'POST';
  readonly signal?: AbortSignal;
}

/**
 * A successful (2xx) provider response: the body as text exactly as received and parsed as JSON (`json` is
 * `undefined` for an empty body, e.g. 202 or 204).
 *
 * @example
 * ```ts
 * const { json, text } = await http.request({ path: '/athlete/activities' });
 * ```
 */
export interface ProviderResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly json: unknown;
}

/**
 * An authenticated client of one provider API for one account: retries, rate limits, token refresh and a request
 * budget built in; failures are `ProviderHttpError`s.
 *
 * @example
 * ```ts
 * const page = await http.request({ path: '/v2/usercollection/workout', query: { start_date: '2026-11-01' } });
 * ```
 */
export interface ProviderHttpClient {
  request(request: ProviderRequest): Promise<ProviderResponse>;
  /** Requests sent so far (retries included). */
  readonly requestCount: number;
}

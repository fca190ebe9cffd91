import { ProviderError } from '@trainkit/core';

/**
 * Why a provider request failed, stable for callers that switch on it:
 * `rate_limited` (429 or a spent window; see `retryAt`), `unauthorized` (401 even after a refresh), `forbidden` (403),
 * `not_found` (404), `client_error` (other 4xx), `server_error` (5xx after the bounded retries), `invalid_response`
 * (a body that is not the JSON the endpoint promises: truncated, an HTML error page), `timeout`, `network`,
 * `request_budget_exhausted` (the sync's request cap), `aborted` (the caller's signal).
 *
 * @example
 * ```ts
 * PROVIDER_HTTP_FAILURES.includes('rate_limited'); // true
 * ```
 */
export const PROVIDER_HTTP_FAILURES = [
  'rate_limited',
  'unauthorized',
  'forbidden',
  'not_found',
  'client_error',
  'server_error',
  'invalid_response',
  'timeout',
  'network',
  'request_budget_exhausted',
  'aborted',
] as const;

/**
 * One of {@link PROVIDER_HTTP_FAILURES}.
 *
 * @example
 * ```ts
 * const reason: ProviderHttpFailure = 'server_error';
 * ```
 */
export type ProviderHttpFailure = (typeof PROVIDER_HTTP_FAILURES)[number];

/**
 * A provider API request that failed after the client's retries. A `ProviderError` (code `PROVIDER_FAILED`) with a
 * stable `reason`, the HTTP status when there was one, when a rate limit lifts, and the response body as text (never
 * containing a token: request headers are not kept). The message names the method and path, never the query string.
 *
 * @example
 * ```ts
 * try { await http.request({ path: '/athlete/activities' }); }
 * catch (error) { if (error instanceof ProviderHttpError && error.reason === 'rate_limited') console.log(error.retryAt); }
 * ```
 */
export class ProviderHttpError extends ProviderError {
  constructor(
    provider: string,
    /** Stable reason, for callers that switch on it. */
    readonly reason: ProviderHttpFailure,
    message: string,
    readonly details: {
      /** HTTP status of the last response, when one arrived. */
      readonly status?: number;
      /** When the rate limit lifts (ISO-8601 UTC), for `rate_limited`. */
      readonly retryAt?: string;
      /** The last response body as text (first 64 KiB), for `invalid_response` and error statuses. */
      readonly bodyText?: string;
      /** Requests made for this call, retries included. */
      readonly attempts?: number;
    } = {},
    options?: { cause?: unknown },
  ) {
    super(provider, message, options);
  }
}

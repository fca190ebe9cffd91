/**
 * How a provider HTTP client retries and waits. `maxAttempts` bounds the requests of one call (retries and the
 * refresh after a 401 included); `baseDelayMs` / `maxDelayMs` shape the full-jitter backoff after a 5xx, a network
 * error, a timeout or a body that is not JSON; `maxWaitMs` is the longest rate-limit wait taken inside a call (a
 * longer one, or a spent Strava daily window, ends the call with a `rate_limited` error carrying `retryAt`);
 * `requestTimeoutMs` aborts one request (headers and body); `maxRequests` is the client's request budget over its
 * whole life (a sync), after which every call fails with `request_budget_exhausted`.
 *
 * @example
 * ```ts
 * const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, maxRequests: 200 };
 * ```
 */
export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxWaitMs: number;
  readonly requestTimeoutMs: number;
  readonly maxRequests: number;
}

/**
 * Overrides of {@link DEFAULT_RETRY_POLICY}; fields left out keep their defaults.
 *
 * @example
 * ```ts
 * const policy: RetryPolicyInput = { maxAttempts: 3, requestTimeoutMs: 10_000 };
 * ```
 */
export type RetryPolicyInput = Partial<RetryPolicy>;

/**
 * The default retry policy: 5 attempts per call, backoff from 500 ms up to 30 s, rate-limit waits up to 15 minutes
 * (one Strava window), 30 s per request, 5,000 requests per client.
 *
 * @example
 * ```ts
 * DEFAULT_RETRY_POLICY.maxAttempts; // 5
 * ```
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  maxAttempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxWaitMs: 900_000,
  requestTimeoutMs: 30_000,
  maxRequests: 5_000,
});

/**
 * Fills a {@link RetryPolicyInput} with the defaults and checks the values (whole, positive attempts and budget; no
 * negative delays), throwing a `RangeError` for a nonsensical policy.
 *
 * @example
 * ```ts
 * resolveRetryPolicy({ maxAttempts: 2 }).maxDelayMs; // 30000
 * ```
 */
export function resolveRetryPolicy(input: RetryPolicyInput = {}): RetryPolicy {
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...dropUndefined(input) };
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) throw new RangeError('retry policy: maxAttempts must be a whole number >= 1');
  if (!Number.isInteger(policy.maxRequests) || policy.maxRequests < 1) throw new RangeError('retry policy: maxRequests must be a whole number >= 1');
  for (const key of ['baseDelayMs', 'maxDelayMs', 'maxWaitMs'] as const) {
    if (!Number.isFinite(policy[key]) || policy[key] < 0) throw new RangeError(`retry policy: ${key} must be a finite number >= 0`);
  }
  if (!Number.isFinite(policy.requestTimeoutMs) || policy.requestTimeoutMs <= 0) throw new RangeError('retry policy: requestTimeoutMs must be > 0');
  return Object.freeze(policy);
}

function dropUndefined(input: RetryPolicyInput): RetryPolicyInput {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as RetryPolicyInput;
}

import type { ConnectProvider } from '../connect-provider.js';

/**
 * Where a rate-limit wait came from: a `Retry-After` header, an `X-RateLimit-Reset` header (WHOOP: seconds to
 * wait; Oura: epoch seconds), or Strava's usage headers (the 15-minute window ends at :00, :15, :30 or :45 UTC; the
 * daily window at 00:00 UTC).
 *
 * @example
 * ```ts
 * RATE_LIMIT_WAIT_SOURCES.includes('strava_daily'); // true
 * ```
 */
export const RATE_LIMIT_WAIT_SOURCES = ['retry_after', 'rate_limit_reset', 'strava_15min', 'strava_daily'] as const;

/**
 * How long to wait before the provider takes requests again. `daily` waits (Strava's spent daily window) are never
 * taken inside a run: the run stops with `retryAt`.
 *
 * @example
 * ```ts
 * const wait: RateLimitWait = { retryAt: new Date('2026-12-03T20:15:00Z'), waitMs: 120_000, source: 'strava_15min', daily: false };
 * ```
 */
export interface RateLimitWait {
  readonly retryAt: Date;
  readonly waitMs: number;
  readonly source: (typeof RATE_LIMIT_WAIT_SOURCES)[number];
  readonly daily: boolean;
}

const QUARTER_HOUR_MS = 15 * 60 * 1000;
const EPOCH_SECONDS_THRESHOLD = 1_000_000_000;

/**
 * Reads a provider response's rate-limit headers and says how long to wait, or `null` when they say nothing.
 *
 * For a 429: a spent Strava daily window first (retry at the next 00:00 UTC), then `Retry-After` (seconds or an HTTP
 * date), then `X-RateLimit-Reset` (WHOOP: seconds from now; Oura: epoch seconds; others: epoch seconds when the value
 * is that large, else seconds), then a spent Strava 15-minute window (retry at the next quarter hour). For any other
 * status only Strava's `X-RateLimit-Usage` / `X-RateLimit-Limit` (and the `X-ReadRateLimit-*` pair) count: a response
 * that used up a window means the next request must wait. Waits are never negative.
 *
 * @example
 * ```ts
 * const headers = new Headers({ 'x-ratelimit-limit': '200,2000', 'x-ratelimit-usage': '200,950' });
 * rateLimitWait({ provider: 'strava', status: 200, headers, now: new Date('2026-12-03T20:07:30Z') });
 * // { retryAt: 2026-12-03T20:15:00.000Z, waitMs: 450000, source: 'strava_15min', daily: false }
 * ```
 */
export function rateLimitWait(input: {
  readonly provider: ConnectProvider;
  readonly status: number;
  readonly headers: Headers;
  readonly now: Date;
}): RateLimitWait | null {
  const { provider, status, headers, now } = input;
  const strava = provider === 'strava' ? stravaWindows(headers) : { fifteenSpent: false, dailySpent: false };
  if (strava.dailySpent) return wait(now, nextUtcMidnight(now), 'strava_daily', true);
  if (status === 429) {
    const retryAfter = parseRetryAfter(headers.get('retry-after'), now);
    if (retryAfter) return wait(now, retryAfter, 'retry_after', false);
    const reset = parseRateLimitReset(provider, headers.get('x-ratelimit-reset'), now);
    if (reset) return wait(now, reset, 'rate_limit_reset', false);
  }
  if (strava.fifteenSpent) return wait(now, nextQuarterHour(now), 'strava_15min', false);
  return null;
}

/**
 * The start of the next Strava 15-minute window (:00, :15, :30 or :45 UTC) strictly after `now`.
 *
 * @example
 * ```ts
 * nextQuarterHour(new Date('2026-12-03T20:44:59Z')).toISOString(); // '2026-12-03T20:45:00.000Z'
 * ```
 */
export function nextQuarterHour(now: Date): Date {
  return new Date((Math.floor(now.getTime() / QUARTER_HOUR_MS) + 1) * QUARTER_HOUR_MS);
}

/**
 * The next 00:00 UTC strictly after `now` (when Strava's daily window resets).
 *
 * @example
 * ```ts
 * nextUtcMidnight(new Date('2026-12-03T20:44:59Z')).toISOString(); // '2026-12-04T00:00:00.000Z'
 * ```
 */
export function nextUtcMidnight(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}

function wait(now: Date, retryAt: Date, source: RateLimitWait['source'], daily: boolean): RateLimitWait {
  const waitMs = Math.max(0, retryAt.getTime() - now.getTime());
  return { retryAt: new Date(now.getTime() + waitMs), waitMs, source, daily };
}

function parseRetryAfter(value: string | null, now: Date): Date | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return new Date(now.getTime() + Math.ceil(Number(trimmed) * 1000));
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : new Date(date);
}

function parseRateLimitReset(provider: ConnectProvider, value: string | null, now: Date): Date | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  const seconds = Number(trimmed);
  const epoch = provider === 'oura' || (provider !== 'whoop' && seconds >= EPOCH_SECONDS_THRESHOLD);
  return epoch ? new Date(Math.ceil(seconds * 1000)) : new Date(now.getTime() + Math.ceil(seconds * 1000));
}

function stravaWindows(headers: Headers): { fifteenSpent: boolean; dailySpent: boolean } {
  let fifteenSpent = false;
  let dailySpent = false;
  for (const prefix of ['x-ratelimit', 'x-readratelimit']) {
    const limit = parsePair(headers.get(`${prefix}-limit`));
    const usage = parsePair(headers.get(`${prefix}-usage`));
    if (!limit || !usage) continue;
    if (limit[0] > 0 && usage[0] >= limit[0]) fifteenSpent = true;
    if (limit[1] > 0 && usage[1] >= limit[1]) dailySpent = true;
  }
  return { fifteenSpent, dailySpent };
}

function parsePair(value: string | null): [number, number] | null {
  if (value === null) return null;
  const parts = value.split(',').map((part) => Number(part.trim()));
  if (parts.length !== 2 || parts.some((part) => !Number.isFinite(part))) return null;
  return [parts[0] as number, parts[1] as number];
}

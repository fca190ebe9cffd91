import type { AccessTokenSource } from '../accounts/access-token-source.js';
import type { ConnectProvider } from '../connect-provider.js';
import { OAuthError } from '../errors/oauth-error.js';
import { isTransientOAuthFailure } from '../oauth/token-endpoint-failure.js';
import { ProviderHttpError, type ProviderHttpFailure } from '../errors/provider-http-error.js';
import type { ConnectRuntime } from '../runtime/connect-runtime.js';
import { backoffDelay } from './backoff-delay.js';
import type { ProviderHttpClient, ProviderRequest, ProviderResponse } from './provider-http-types.js';
import { rateLimitWait, type RateLimitWait } from './rate-limit-wait.js';
import { resolveRetryPolicy, type RetryPolicyInput } from './retry-policy.js';

export { DEFAULT_RETRY_POLICY, type RetryPolicy, type RetryPolicyInput } from './retry-policy.js';

/**
 * What {@link createProviderHttpClient} needs: the provider, its API base URL (already resolved from the config),
 * the injected runtime, where the account's bearer token comes from, and retry-policy overrides.
 *
 * @example
 * ```ts
 * const input: CreateProviderHttpClientInput = { provider: 'oura', apiUrl: 'https://api.ouraring.com', runtime, credentials };
 * ```
 */
export interface CreateProviderHttpClientInput {
  readonly provider: ConnectProvider;
  readonly apiUrl: string;
  readonly runtime: ConnectRuntime;
  readonly credentials: AccessTokenSource;
  readonly policy?: RetryPolicyInput;
}

/** Largest body kept on an error, in characters. */
const MAX_BODY_TEXT = 64 * 1024;

type SendOutcome =
  | { readonly kind: 'response'; readonly status: number; readonly headers: Headers; readonly text: string; readonly truncated: boolean }
  | { readonly kind: 'timeout'; readonly cause: unknown }
  | { readonly kind: 'aborted'; readonly cause: unknown }
  | { readonly kind: 'network'; readonly cause: unknown };

interface RetryableFailure {
  readonly reason: ProviderHttpFailure;
  readonly detail: string;
  readonly status?: number;
  readonly bodyText?: string;
  readonly retryAt?: string;
  readonly cause?: unknown;
}

/**
 * Creates an authenticated HTTP client of one provider API for one account, over the injected `fetch`, clock,
 * `sleep` and `random` of `runtime`. Every call is bounded: at most `policy.maxAttempts` requests (retries and the
 * refresh after a 401 included), and over the client's life at most `policy.maxRequests`.
 *
 * - **429**: waits as the provider's headers say (`Retry-After` seconds or HTTP date, WHOOP / Oura
 *   `X-RateLimit-Reset`, Strava's usage windows; see `rateLimitWait`), or backs off when they say nothing. A wait
 *   longer than `maxWaitMs`, or Strava's spent daily window, ends the call with a `rate_limited` error carrying
 *   `retryAt` instead of waiting. A 2xx whose Strava usage reaches a limit makes the next request wait (or fail) first.
 * - **5xx, network errors, timeouts (`requestTimeoutMs`), a 2xx body that is truncated or not JSON**: full-jitter
 *   exponential backoff, then `server_error` / `network` / `timeout` / `invalid_response` (with `bodyText`).
 * - **401**: asks `credentials.refreshed(staleToken)` once and retries; a second 401 is `unauthorized`.
 * - **403 / 404 / other 4xx**: `forbidden` / `not_found` / `client_error` at once, with `bodyText`.
 * - The caller's `signal` ends the call with `aborted` (also during a wait).
 *
 * Each request is logged as method + path (never the query string or headers); errors never contain the token.
 *
 * @example
 * ```ts
 * const http = createProviderHttpClient({ provider: 'strava', apiUrl: 'https://www.strava.com/api/v3', runtime, credentials });
 * const { json } = await http.request({ path: '/athlete/activities', query: { page: 1, per_page: 200 } });
 * ```
 */
export function createProviderHttpClient(input: CreateProviderHttpClientInput): ProviderHttpClient {
  const { provider, runtime, credentials } = input;
  const policy = resolveRetryPolicy(input.policy);
  const apiUrl = input.apiUrl.replace(/\/+$/, '');
  let requestCount = 0;
  /** A wait the next request must honour first (a Strava window spent by an earlier response). */
  let pending: RateLimitWait | null = null;

  function fail(reason: ProviderHttpFailure, label: string, detail: string, details: ProviderHttpError['details'], cause?: unknown): ProviderHttpError {
    return new ProviderHttpError(provider, reason, `${label} ${detail}`, details, cause === undefined ? undefined : { cause });
  }

  async function pause(milliseconds: number, signal: AbortSignal | undefined, label: string, attempts: number): Promise<void> {
    if (milliseconds <= 0) return;
    try {
      await runtime.sleep(milliseconds, signal);
    } catch (error) {
      if (signal?.aborted) throw fail('aborted', label, 'aborted by the caller while waiting', { attempts }, signal.reason);
      throw error;
    }
    if (signal?.aborted) throw fail('aborted', label, 'aborted by the caller while waiting', { attempts }, signal.reason);
  }

  async function honourPendingWait(signal: AbortSignal | undefined, label: string, attempts: number): Promise<void> {
    if (!pending) return;
    const remaining = pending.retryAt.getTime() - runtime.clock().getTime();
    if (remaining <= 0) {
      pending = null;
      return;
    }
    if (pending.daily || remaining > policy.maxWaitMs) {
      throw fail('rate_limited', label, `not sent: rate limit (${pending.source}) until ${pending.retryAt.toISOString()}`, {
        retryAt: pending.retryAt.toISOString(),
        attempts,
      });
    }
    runtime.logger({
      level: 'warn',
      message: `rate limit window spent: waiting ${remaining} ms`,
      provider,
      fields: { request: label, retryAt: pending.retryAt.toISOString(), source: pending.source },
    });
    await pause(remaining, signal, label, attempts);
    pending = null;
  }

  /**
   * Runs a credentials call (`current()` or `refreshed(stale)`). An `OAuthError` becomes a `ProviderHttpError`:
   * `network` when the refresh may pass (no response, 5xx), else `unauthorized` (the grant is gone, nothing stored).
   */
  async function token(get: () => Promise<string>, label: string, attempts: number): Promise<string> {
    try {
      return await get();
    } catch (error) {
      if (error instanceof OAuthError) {
        if (isTransientOAuthFailure(error)) {
          throw fail('network', label, `could not refresh the access token (${error.reason}); try again later`, { attempts }, error);
        }
        throw fail('unauthorized', label, `has no usable access token (${error.reason})`, { attempts }, error);
      }
      throw error;
    }
  }

  async function send(url: URL, method: string, token: string, callerSignal: AbortSignal | undefined): Promise<SendOutcome> {
    const timeout = AbortSignal.timeout(policy.requestTimeoutMs);
    // One signal for the caller's abort and the timeout; listeners are removed after the request, so a sync-wide
    // caller signal does not collect one listener per request.
    const controller = new AbortController();
    const onAbort = (): void => controller.abort(callerSignal?.aborted ? callerSignal.reason : timeout.reason);
    callerSignal?.addEventListener('abort', onAbort, { once: true });
    timeout.addEventListener('abort', onAbort, { once: true });
    const interrupted = (cause: unknown): SendOutcome => {
      if (callerSignal?.aborted) return { kind: 'aborted', cause: callerSignal.reason };
      if (timeout.aborted) return { kind: 'timeout', cause };
      return { kind: 'network', cause };
    };
    try {
      if (callerSignal?.aborted) return interrupted(callerSignal.reason);
      let response: Response;
      try {
        response = await runtime.fetch(url, {
          method,
          headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
          signal: controller.signal,
        });
      } catch (error) {
        return interrupted(error);
      }
      const body = await readBody(response);
      if (body.error !== undefined && (callerSignal?.aborted || timeout.aborted)) return interrupted(body.error);
      return { kind: 'response', status: response.status, headers: response.headers, text: body.text, truncated: body.error !== undefined };
    } finally {
      callerSignal?.removeEventListener('abort', onAbort);
      timeout.removeEventListener('abort', onAbort);
    }
  }

  async function request(req: ProviderRequest): Promise<ProviderResponse> {
    const method = req.method ?? 'GET';
    const url = buildUrl(apiUrl, req.path, req.query);
    const label = `${method} ${url.pathname}`;
    const { signal } = req;
    let attempts = 0;
    let refreshedToken: string | null = null;
    let refreshed = false;
    for (;;) {
      if (signal?.aborted) throw fail('aborted', label, 'aborted by the caller', { attempts }, signal.reason);
      await honourPendingWait(signal, label, attempts);
      if (requestCount >= policy.maxRequests) {
        throw fail('request_budget_exhausted', label, `not sent: the request budget of ${policy.maxRequests} is spent`, { attempts });
      }
      const bearer = refreshedToken ?? (await token(() => credentials.current(), label, attempts));
      attempts += 1;
      requestCount += 1;
      const outcome = await send(url, method, bearer, signal);
      runtime.logger({
        level: 'debug',
        message: label,
        provider,
        fields: { attempt: attempts, outcome: outcome.kind === 'response' ? outcome.status : outcome.kind },
      });

      let failure: RetryableFailure;
      let waitMs: number | null = null;
      if (outcome.kind === 'aborted') {
        throw fail('aborted', label, 'aborted by the caller', { attempts }, outcome.cause);
      } else if (outcome.kind === 'timeout') {
        failure = { reason: 'timeout', detail: `timed out after ${policy.requestTimeoutMs} ms`, cause: outcome.cause };
      } else if (outcome.kind === 'network') {
        failure = { reason: 'network', detail: `failed: ${describeCause(outcome.cause)}`, cause: outcome.cause };
      } else {
        const { status, headers, text } = outcome;
        const bodyText = text.slice(0, MAX_BODY_TEXT);
        if (status >= 200 && status < 300) {
          const parsed = outcome.truncated ? { ok: false as const } : parseJson(text);
          if (parsed.ok) {
            const wait = rateLimitWait({ provider, status, headers, now: runtime.clock() });
            if (wait) pending = wait;
            return { status, headers, text, json: parsed.value };
          }
          failure = {
            reason: 'invalid_response',
            detail: outcome.truncated ? `returned a truncated body (HTTP ${status})` : `returned a body that is not JSON (HTTP ${status})`,
            status,
            bodyText,
          };
        } else if (status === 401) {
          if (refreshed || attempts >= policy.maxAttempts) {
            throw fail('unauthorized', label, `refused the token (HTTP 401)${refreshed ? ' after a refresh' : ''}`, { status, bodyText, attempts });
          }
          refreshed = true;
          refreshedToken = await token(() => credentials.refreshed(bearer), label, attempts);
          continue;
        } else if (status === 429) {
          const wait = rateLimitWait({ provider, status, headers, now: runtime.clock() });
          const retryAt = wait?.retryAt.toISOString();
          if (wait && (wait.daily || wait.waitMs > policy.maxWaitMs)) {
            if (wait.daily) pending = wait;
            throw fail('rate_limited', label, `rate limited (HTTP 429, ${wait.source}) until ${retryAt}`, { status, retryAt, bodyText, attempts });
          }
          failure = { reason: 'rate_limited', detail: 'rate limited (HTTP 429)', status, bodyText, ...(retryAt ? { retryAt } : {}) };
          waitMs = wait ? wait.waitMs : null;
        } else if (status >= 500) {
          failure = { reason: 'server_error', detail: `failed with HTTP ${status}`, status, bodyText };
        } else if (status === 403 || status === 404 || (status >= 400 && status < 500)) {
          const reason: ProviderHttpFailure = status === 403 ? 'forbidden' : status === 404 ? 'not_found' : 'client_error';
          throw fail(reason, label, `failed with HTTP ${status}`, { status, bodyText, attempts });
        } else {
          throw fail('invalid_response', label, `returned an unexpected HTTP ${status}`, { status, bodyText, attempts });
        }
      }

      if (attempts >= policy.maxAttempts) {
        const { reason, detail, cause, ...details } = failure;
        throw fail(reason, label, `${detail}; gave up after ${attempts} attempts`, { ...details, attempts }, cause);
      }
      const delay = waitMs ?? backoffDelay(attempts, policy, runtime.random);
      runtime.logger({
        level: 'warn',
        message: `${label} will be retried in ${delay} ms`,
        provider,
        fields: { attempt: attempts, reason: failure.reason, status: failure.status ?? null },
      });
      await pause(delay, signal, label, attempts);
    }
  }

  return {
    request,
    get requestCount() {
      return requestCount;
    },
  };
}

/**
 * The request URL: an absolute `path` as given, else the API base URL + path; `query` values that are `undefined`
 * are left out.
 */
function buildUrl(apiUrl: string, path: string, query: ProviderRequest['query']): URL {
  const url = /^https?:\/\//i.test(path) ? new URL(path) : new URL(`${apiUrl}${path.startsWith('/') ? '' : '/'}${path}`);
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  return url;
}

/** Reads the whole body as text; when the stream breaks half-way, keeps what arrived and the error. */
async function readBody(response: Response): Promise<{ text: string; error?: unknown }> {
  if (response.body === null) return { text: '' };
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    return { text: text + decoder.decode() };
  } catch (error) {
    return { text: text + decoder.decode(), error: error ?? new Error('body stream failed') };
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
    return `${cause.message}${inner}`;
  }
  return 'network error';
}

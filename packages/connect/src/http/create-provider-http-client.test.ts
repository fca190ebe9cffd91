import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AccessTokenSource } from '../accounts/access-token-source.js';
import type { ConnectProvider } from '../connect-provider.js';
import { OAuthError } from '../errors/oauth-error.js';
import { ProviderHttpError } from '../errors/provider-http-error.js';
import { fakeConnectRuntime, type FakeConnectRuntime } from '../test-support/fake-connect-runtime.js';
import { startTestServer, type ReceivedRequest, type TestServer, type TestServerReply } from '../test-support/start-test-server.js';
import { createProviderHttpClient } from './create-provider-http-client.js';
import type { ProviderHttpClient } from './provider-http-types.js';
import type { RetryPolicyInput } from './retry-policy.js';

const TOKEN = 'tok-live-7f3a9c1e5b';
const FRESH_TOKEN = 'tok-fresh-2d8e4b6a0c';

let server: TestServer;
let handler: (request: ReceivedRequest) => TestServerReply | Promise<TestServerReply> = () => json({});

beforeAll(async () => {
  server = await startTestServer((request) => handler(request));
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  server.requests.length = 0;
});

function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), { ...init, headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string>) } });
}

/** Answers the requests in order with `replies`, then 500s. */
function sequence(...replies: Array<() => TestServerReply | Promise<TestServerReply>>): (request: ReceivedRequest) => Promise<TestServerReply> {
  let index = 0;
  return async () => {
    const reply = replies[index];
    index += 1;
    return reply ? reply() : new Response('no more replies', { status: 500 });
  };
}

function staticCredentials(token = TOKEN): AccessTokenSource & { refreshedWith: string[] } {
  const refreshedWith: string[] = [];
  return {
    refreshedWith,
    current: async () => token,
    refreshed: async (stale) => {
      refreshedWith.push(stale);
      return FRESH_TOKEN;
    },
  };
}

function client(
  runtime: FakeConnectRuntime,
  options: { provider?: ConnectProvider; policy?: RetryPolicyInput; credentials?: AccessTokenSource } = {},
): ProviderHttpClient {
  return createProviderHttpClient({
    provider: options.provider ?? 'whoop',
    apiUrl: `${server.url}/developer/`,
    runtime,
    credentials: options.credentials ?? staticCredentials(),
    ...(options.policy ? { policy: options.policy } : {}),
  });
}

async function failure(promise: Promise<unknown>): Promise<ProviderHttpError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ProviderHttpError);
    return error as ProviderHttpError;
  }
  throw new Error('expected the request to fail');
}

function expectNoToken(runtime: FakeConnectRuntime, ...errors: unknown[]): void {
  const text = JSON.stringify(runtime.logs) + errors.map((error) => (error instanceof Error ? `${error.message} ${JSON.stringify(error)}` : '')).join(' ');
  expect(text).not.toContain(TOKEN);
  expect(text).not.toContain(FRESH_TOKEN);
  expect(text).not.toContain('Bearer');
}

function brokenBody(prefix: string, extraHeaders: Record<string, string> = {}): Response {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(prefix));
    },
    async pull(controller) {
      // Let the headers and the first chunk reach the client before the connection breaks.
      await new Promise((resolve) => setTimeout(resolve, 30));
      controller.error(new Error('connection reset mid-body'));
    },
  });
  return new Response(stream, { status: 200, headers: { 'content-type': 'application/json', ...extraHeaders } });
}

describe('createProviderHttpClient', () => {
  it('sends the bearer token to apiUrl + path with the defined query values and parses the JSON', async () => {
    handler = () => json({ records: [{ id: 'w1' }], next_token: null });
    const runtime = fakeConnectRuntime();
    const http = client(runtime);
    const response = await http.request({ path: '/v2/activity/workout', query: { limit: 25, nextToken: undefined, start: '2026-11-01' } });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ records: [{ id: 'w1' }], next_token: null });
    expect(response.text).toBe('{"records":[{"id":"w1"}],"next_token":null}');
    const [sent] = server.requests;
    expect(sent?.method).toBe('GET');
    expect(sent?.url.pathname).toBe('/developer/v2/activity/workout');
    expect(Object.fromEntries(sent?.url.searchParams ?? [])).toEqual({ limit: '25', start: '2026-11-01' });
    expect(sent?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(http.requestCount).toBe(1);
    expect(runtime.slept).toEqual([]);
    expect(runtime.logs.map((entry) => entry.message)).toEqual(['GET /developer/v2/activity/workout']);
    expectNoToken(runtime);
  });

  it('uses an absolute path as the URL (a Garmin callbackURL) and returns json undefined for an empty body', async () => {
    handler = () => new Response(null, { status: 204 });
    const runtime = fakeConnectRuntime();
    const http = client(runtime, { provider: 'garmin' });
    const response = await http.request({ path: `${server.url}/wellness-api/rest/activities?uploadStartTimeInSeconds=1&token=abc`, method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(response.json).toBeUndefined();
    expect(server.requests[0]?.method).toBe('DELETE');
    expect(server.requests[0]?.url.search).toBe('?uploadStartTimeInSeconds=1&token=abc');
    expect(JSON.stringify(runtime.logs)).not.toContain('uploadStartTimeInSeconds');
  });

  it('waits as a 429 Retry-After says, then succeeds', async () => {
    handler = sequence(
      () => json({ message: 'Too Many Requests' }, { status: 429, headers: { 'retry-after': '7' } }),
      () => json({ data: [] }),
    );
    const runtime = fakeConnectRuntime();
    const http = client(runtime, { provider: 'oura' });
    const response = await http.request({ path: '/v2/usercollection/workout' });
    expect(response.json).toEqual({ data: [] });
    expect(runtime.slept).toEqual([7000]);
    expect(server.requests).toHaveLength(2);
  });

  it('waits for a WHOOP X-RateLimit-Reset (seconds) and an Oura X-RateLimit-Reset (epoch seconds)', async () => {
    handler = sequence(
      () => json({}, { status: 429, headers: { 'x-ratelimit-reset': '31' } }),
      () => json({ records: [] }),
    );
    const whoop = fakeConnectRuntime();
    await client(whoop, { provider: 'whoop' }).request({ path: '/v2/recovery' });
    expect(whoop.slept).toEqual([31_000]);

    const oura = fakeConnectRuntime();
    const resetAt = Math.floor(oura.clock().getTime() / 1000) + 120;
    handler = sequence(
      () => json({}, { status: 429, headers: { 'x-ratelimit-reset': String(resetAt) } }),
      () => json({ data: [] }),
    );
    await client(oura, { provider: 'oura' }).request({ path: '/v2/usercollection/sleep' });
    expect(oura.slept).toEqual([120_000]);
  });

  it('waits for the next quarter hour when the Strava 15-minute window is spent', async () => {
    const limits = { 'x-ratelimit-limit': '200,2000', 'x-ratelimit-usage': '200,820' };
    handler = sequence(
      () => json({ message: 'Rate Limit Exceeded' }, { status: 429, headers: limits }),
      () => json([{ id: 1 }], { headers: { 'x-ratelimit-limit': '200,2000', 'x-ratelimit-usage': '1,821' } }),
    );
    const runtime = fakeConnectRuntime({ start: '2026-12-03T20:07:30.000Z' });
    const http = client(runtime, { provider: 'strava' });
    const response = await http.request({ path: '/athlete/activities', query: { page: 1 } });
    expect(response.json).toEqual([{ id: 1 }]);
    expect(runtime.slept).toEqual([450_000]);
    expect(runtime.clock().toISOString()).toBe('2026-12-03T20:15:00.000Z');
  });

  it('after a 2xx that spent the Strava 15-minute window, waits before sending the next request', async () => {
    handler = sequence(
      () => json([{ id: 1 }], { headers: { 'x-ratelimit-limit': '100,1000', 'x-ratelimit-usage': '100,300' } }),
      () => json([{ id: 2 }], { headers: { 'x-ratelimit-limit': '100,1000', 'x-ratelimit-usage': '1,301' } }),
    );
    const runtime = fakeConnectRuntime({ start: '2026-12-03T20:44:00.000Z' });
    const http = client(runtime, { provider: 'strava' });
    await http.request({ path: '/athlete/activities', query: { page: 1 } });
    expect(runtime.slept).toEqual([]);
    await http.request({ path: '/athlete/activities', query: { page: 2 } });
    expect(runtime.slept).toEqual([60_000]);
    expect(server.requests).toHaveLength(2);
  });

  it('after a 2xx that spent the Strava daily window, refuses the next request until midnight without sending it', async () => {
    handler = () => json([{ id: 1 }], { headers: { 'x-ratelimit-limit': '200,2000', 'x-ratelimit-usage': '12,2000' } });
    const runtime = fakeConnectRuntime({ start: '2026-12-03T23:59:00.000Z' });
    const http = client(runtime, { provider: 'strava' });
    await http.request({ path: '/athlete/activities', query: { page: 1 } });
    const error = await failure(http.request({ path: '/athlete/activities', query: { page: 2 } }));
    expect(error.reason).toBe('rate_limited');
    expect(error.details).toMatchObject({ retryAt: '2026-12-04T00:00:00.000Z', attempts: 0 });
    expect(server.requests).toHaveLength(1);
    expect(runtime.slept).toEqual([]);
    runtime.advance(60_000);
    await http.request({ path: '/athlete/activities', query: { page: 2 } });
    expect(server.requests).toHaveLength(2);
  });

  it('refuses to wait for a Strava quarter hour longer than maxWaitMs', async () => {
    handler = () => json([], { headers: { 'x-ratelimit-limit': '100,1000', 'x-ratelimit-usage': '100,400' } });
    const runtime = fakeConnectRuntime({ start: '2026-12-03T20:00:10.000Z' });
    const http = client(runtime, { provider: 'strava', policy: { maxWaitMs: 60_000 } });
    await http.request({ path: '/athlete/activities' });
    const error = await failure(http.request({ path: '/athlete/activities' }));
    expect(error.reason).toBe('rate_limited');
    expect(error.details.retryAt).toBe('2026-12-03T20:15:00.000Z');
    expect(runtime.slept).toEqual([]);
  });

  it('stops with rate_limited and retryAt next midnight UTC when the Strava daily window is spent, without waiting', async () => {
    handler = () => json({ message: 'Rate Limit Exceeded' }, { status: 429, headers: { 'x-ratelimit-limit': '200,2000', 'x-ratelimit-usage': '37,2000' } });
    const runtime = fakeConnectRuntime({ start: '2026-12-03T20:07:30.000Z' });
    const http = client(runtime, { provider: 'strava' });
    const error = await failure(http.request({ path: '/athlete/activities' }));
    expect(error.reason).toBe('rate_limited');
    expect(error.details.retryAt).toBe('2026-12-04T00:00:00.000Z');
    expect(error.details.status).toBe(429);
    expect(runtime.slept).toEqual([]);
    expect(server.requests).toHaveLength(1);
    const again = await failure(http.request({ path: '/athlete/activities', query: { page: 2 } }));
    expect(again.reason).toBe('rate_limited');
    expect(again.details.retryAt).toBe('2026-12-04T00:00:00.000Z');
    expect(server.requests).toHaveLength(1);
    expectNoToken(runtime, error, again);
  });

  it('stops with rate_limited instead of waiting longer than maxWaitMs', async () => {
    handler = () => json({}, { status: 429, headers: { 'retry-after': '3600' } });
    const runtime = fakeConnectRuntime();
    const error = await failure(client(runtime, { provider: 'oura' }).request({ path: '/v2/usercollection/heartrate' }));
    expect(error.reason).toBe('rate_limited');
    expect(error.details.retryAt).toBe('2026-12-03T21:00:00.000Z');
    expect(runtime.slept).toEqual([]);
  });

  it('backs off after 5xx twice, then succeeds', async () => {
    handler = sequence(
      () => new Response('upstream down', { status: 503 }),
      () => new Response('bad gateway', { status: 502 }),
      () => json({ records: [] }),
    );
    const runtime = fakeConnectRuntime();
    const response = await client(runtime).request({ path: '/v2/cycle' });
    expect(response.json).toEqual({ records: [] });
    expect(runtime.slept).toEqual([250, 500]);
    expect(server.requests).toHaveLength(3);
  });

  it('gives up on endless 5xx with server_error after maxAttempts and a bounded total sleep', async () => {
    handler = () => new Response('<html>503</html>', { status: 503, headers: { 'content-type': 'text/html' } });
    const runtime = fakeConnectRuntime({ random: () => 0.999 });
    const error = await failure(client(runtime).request({ path: '/v2/cycle' }));
    expect(error.reason).toBe('server_error');
    expect(error.details).toMatchObject({ status: 503, attempts: 5, bodyText: '<html>503</html>' });
    expect(server.requests).toHaveLength(5);
    expect(runtime.slept).toHaveLength(4);
    expect(runtime.totalSleptMs()).toBeLessThanOrEqual(500 + 1000 + 2000 + 4000);
    expect(error.message).toBe('whoop: GET /developer/v2/cycle failed with HTTP 503; gave up after 5 attempts');
  });

  it('retries a truncated body (stream that breaks), then succeeds', async () => {
    handler = sequence(
      () => brokenBody('{"records":[{"id":"a"'),
      () => json({ records: [{ id: 'a' }] }),
    );
    const runtime = fakeConnectRuntime();
    const response = await client(runtime).request({ path: '/v2/activity/sleep' });
    expect(response.json).toEqual({ records: [{ id: 'a' }] });
    expect(server.requests).toHaveLength(2);
  });

  it('ends a body that keeps breaking with invalid_response and the partial bodyText', async () => {
    handler = () => brokenBody('{"records":[{"id":"a"');
    const runtime = fakeConnectRuntime();
    const error = await failure(client(runtime, { policy: { maxAttempts: 3 } }).request({ path: '/v2/activity/sleep' }));
    expect(error.reason).toBe('invalid_response');
    expect(error.details.bodyText).toBe('{"records":[{"id":"a"');
    expect(error.details.attempts).toBe(3);
    expect(server.requests).toHaveLength(3);
  });

  it('treats a Content-Length longer than the body as truncated', async () => {
    handler = () => brokenBody('{"data":[1,2', { 'content-length': '400' });
    const runtime = fakeConnectRuntime();
    const error = await failure(client(runtime, { provider: 'oura', policy: { maxAttempts: 2 } }).request({ path: '/v2/usercollection/sleep' }));
    expect(error.reason).toBe('invalid_response');
    expect(error.details.bodyText).toBe('{"data":[1,2');
    expect(server.requests).toHaveLength(2);
  });

  it('retries an HTML error page served with 200, then fails with invalid_response keeping the page', async () => {
    const page = '<!DOCTYPE html><html><body><h1>Service Unavailable</h1></body></html>';
    handler = () => new Response(page, { status: 200, headers: { 'content-type': 'text/html' } });
    const runtime = fakeConnectRuntime();
    const error = await failure(client(runtime, { policy: { maxAttempts: 2 } }).request({ path: '/v2/recovery' }));
    expect(error.reason).toBe('invalid_response');
    expect(error.details).toMatchObject({ status: 200, bodyText: page, attempts: 2 });
    expect(runtime.slept).toEqual([250]);
  });

  it('times out a slow response after requestTimeoutMs and retries it', async () => {
    handler = async () => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      return json({ late: true });
    };
    const runtime = fakeConnectRuntime();
    const started = Date.now();
    const error = await failure(client(runtime, { policy: { maxAttempts: 2, requestTimeoutMs: 80 } }).request({ path: '/v2/recovery' }));
    expect(error.reason).toBe('timeout');
    expect(error.details.attempts).toBe(2);
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(1400);
  });

  it('times out a body that stalls half-way', async () => {
    handler = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"records":'));
          },
          async pull(controller) {
            await new Promise((resolve) => setTimeout(resolve, 1500));
            controller.enqueue(new TextEncoder().encode('[]}'));
            controller.close();
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      );
    const runtime = fakeConnectRuntime();
    const error = await failure(client(runtime, { policy: { maxAttempts: 1, requestTimeoutMs: 100 } }).request({ path: '/v2/recovery' }));
    expect(error.reason).toBe('timeout');
  });

  it('retries a dropped connection and reports network after maxAttempts', async () => {
    handler = () => 'destroy';
    const runtime = fakeConnectRuntime();
    const error = await failure(client(runtime, { policy: { maxAttempts: 2 } }).request({ path: '/v2/recovery' }));
    expect(error.reason).toBe('network');
    expect(server.requests).toHaveLength(2);
  });

  it('on a 401 asks for one refresh with the stale token, then retries with the fresh one', async () => {
    handler = (request) =>
      request.headers.get('authorization') === `Bearer ${FRESH_TOKEN}` ? json({ user_id: 10129 }) : json({ message: 'expired' }, { status: 401 });
    const runtime = fakeConnectRuntime();
    const credentials = staticCredentials();
    const response = await client(runtime, { credentials }).request({ path: '/v2/user/profile/basic' });
    expect(response.json).toEqual({ user_id: 10129 });
    expect(credentials.refreshedWith).toEqual([TOKEN]);
    expect(server.requests.map((request) => request.headers.get('authorization'))).toEqual([`Bearer ${TOKEN}`, `Bearer ${FRESH_TOKEN}`]);
    expect(runtime.slept).toEqual([]);
    expectNoToken(runtime);
  });

  it('fails with unauthorized when the refreshed token is refused too', async () => {
    handler = () => json({ message: 'Authorization Error' }, { status: 401 });
    const runtime = fakeConnectRuntime();
    const credentials = staticCredentials();
    const error = await failure(client(runtime, { credentials, provider: 'strava' }).request({ path: '/athlete' }));
    expect(error.reason).toBe('unauthorized');
    expect(error.details).toMatchObject({ status: 401, attempts: 2 });
    expect(credentials.refreshedWith).toEqual([TOKEN]);
    expect(server.requests).toHaveLength(2);
    expectNoToken(runtime, error);
  });

  it('turns a refresh that fails with an OAuthError into unauthorized', async () => {
    handler = () => json({}, { status: 401 });
    const runtime = fakeConnectRuntime();
    const credentials: AccessTokenSource = {
      current: async () => TOKEN,
      refreshed: async () => {
        throw new OAuthError('whoop', 'refresh_failed', 'the token refresh failed (HTTP 400, invalid_grant)');
      },
    };
    const error = await failure(client(runtime, { credentials }).request({ path: '/v2/recovery' }));
    expect(error.reason).toBe('unauthorized');
    expect(error.cause).toBeInstanceOf(OAuthError);
    expect(server.requests).toHaveLength(1);
  });

  it('reports a refresh that may pass (network, 5xx) as network, and an account without tokens as unauthorized', async () => {
    handler = () => json({}, { status: 401 });
    const runtime = fakeConnectRuntime();
    const transient: AccessTokenSource = {
      current: async () => TOKEN,
      refreshed: async () => {
        throw new OAuthError('whoop', 'refresh_failed', 'the token refresh failed (HTTP 503)', { cause: { status: 503 } });
      },
    };
    const error = await failure(client(runtime, { credentials: transient }).request({ path: '/v2/recovery' }));
    expect(error.reason).toBe('network');
    expect(server.requests).toHaveLength(1);

    const disconnected: AccessTokenSource = {
      current: async () => {
        throw new OAuthError('whoop', 'not_connected', 'No whoop tokens stored for account acc_1: connect it again');
      },
      refreshed: async () => TOKEN,
    };
    const none = await failure(client(runtime, { credentials: disconnected }).request({ path: '/v2/recovery' }));
    expect(none.reason).toBe('unauthorized');
    expect(none.details.attempts).toBe(0);
    expect(server.requests).toHaveLength(1);
  });

  it('does not retry 403, 404 or other 4xx', async () => {
    const runtime = fakeConnectRuntime();
    const http = client(runtime, { provider: 'oura' });
    for (const [status, reason] of [
      [403, 'forbidden'],
      [404, 'not_found'],
      [426, 'client_error'],
    ] as const) {
      handler = () => json({ detail: `status ${status}` }, { status });
      const error = await failure(http.request({ path: '/v2/usercollection/daily_readiness' }));
      expect(error.reason).toBe(reason);
      expect(error.details).toMatchObject({ status, attempts: 1, bodyText: `{"detail":"status ${status}"}` });
    }
    expect(server.requests).toHaveLength(3);
    expect(runtime.slept).toEqual([]);
  });

  it('spends the request budget across calls and retries, then refuses to send', async () => {
    handler = sequence(
      () => json({ ok: 1 }),
      () => new Response('oops', { status: 500 }),
      () => json({ ok: 2 }),
      () => json({ ok: 3 }),
    );
    const runtime = fakeConnectRuntime();
    const http = client(runtime, { policy: { maxRequests: 3 } });
    await http.request({ path: '/v2/cycle' });
    await http.request({ path: '/v2/cycle' });
    expect(http.requestCount).toBe(3);
    const error = await failure(http.request({ path: '/v2/cycle' }));
    expect(error.reason).toBe('request_budget_exhausted');
    expect(server.requests).toHaveLength(3);
  });

  it('stops with aborted when the caller aborts: before sending, during a wait, during a slow response', async () => {
    const runtime = fakeConnectRuntime();
    const http = client(runtime);
    const before = new AbortController();
    before.abort();
    expect((await failure(http.request({ path: '/v2/cycle', signal: before.signal }))).reason).toBe('aborted');
    expect(server.requests).toHaveLength(0);

    const duringWait = new AbortController();
    handler = () => {
      duringWait.abort();
      return new Response('down', { status: 503 });
    };
    expect((await failure(http.request({ path: '/v2/cycle', signal: duringWait.signal }))).reason).toBe('aborted');
    expect(server.requests).toHaveLength(1);

    const duringFetch = new AbortController();
    handler = async () => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return json({});
    };
    setTimeout(() => duringFetch.abort(), 50);
    const error = await failure(http.request({ path: '/v2/cycle', signal: duringFetch.signal }));
    expect(error.reason).toBe('aborted');
    expect(server.requests).toHaveLength(2);
  });

  it('never sends more than maxAttempts requests per call and sleeps a bounded total (property)', async () => {
    const answer = fc.oneof(
      fc.constant<Reply>({ kind: 'ok' }),
      fc.integer({ min: 500, max: 504 }).map<Reply>((status) => ({ kind: 'status', status })),
      fc.integer({ min: 0, max: 2000 }).map<Reply>((seconds) => ({ kind: 'retry_after', seconds })),
      fc.constant<Reply>({ kind: 'bare_429' }),
      fc.constant<Reply>({ kind: 'html' }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(answer, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 6 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        async (answers, maxAttempts, jitter) => {
          server.requests.length = 0;
          let index = 0;
          handler = () => {
            const reply = answers[Math.min(index, answers.length - 1)] as Reply;
            index += 1;
            return render(reply);
          };
          const runtime = fakeConnectRuntime({ random: () => jitter });
          const policy = { maxAttempts, baseDelayMs: 500, maxDelayMs: 30_000, maxWaitMs: 900_000 };
          const http = client(runtime, { policy });
          const outcome = await http.request({ path: '/v2/cycle' }).then(
            () => 'ok',
            (error: unknown) => {
              expect(error).toBeInstanceOf(ProviderHttpError);
              return (error as ProviderHttpError).reason;
            },
          );
          expect(server.requests.length).toBeLessThanOrEqual(maxAttempts);
          expect(http.requestCount).toBe(server.requests.length);
          expect(runtime.slept.length).toBeLessThan(maxAttempts);
          expect(runtime.totalSleptMs()).toBeLessThanOrEqual((maxAttempts - 1) * Math.max(policy.maxDelayMs, policy.maxWaitMs));
          for (const wait of runtime.slept) expect(wait).toBeLessThanOrEqual(policy.maxWaitMs);
          const last = answers[Math.min(server.requests.length, answers.length) - 1];
          if (outcome === 'ok') expect(last?.kind).toBe('ok');
          else expect(last?.kind).not.toBe('ok');
        },
      ),
      { numRuns: 40 },
    );
  });
});

type Reply =
  | { kind: 'ok' }
  | { kind: 'status'; status: number }
  | { kind: 'retry_after'; seconds: number }
  | { kind: 'bare_429' }
  | { kind: 'html' };

function render(reply: Reply): Response {
  switch (reply.kind) {
    case 'ok':
      return json({ records: [] });
    case 'status':
      return new Response('server error', { status: reply.status });
    case 'retry_after':
      return json({}, { status: 429, headers: { 'retry-after': String(reply.seconds) } });
    case 'bare_429':
      return json({}, { status: 429 });
    case 'html':
      return new Response('<html>maintenance</html>', { status: 200, headers: { 'content-type': 'text/html' } });
  }
}

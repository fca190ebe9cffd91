/**
 * Test-only (not published): provider-shaped HTTP APIs of Strava, WHOOP, Oura and Garmin for {@link startTestServer},
 * with real pagination and programmable faults. One handler serves the four providers under distinct prefixes
 * ({@link FAKE_API_PREFIXES}); {@link fakeApiUrls} gives the `apiUrl` of each for `createProviderHttpClient` or a
 * `ProviderClientConfig`.
 *
 * Pagination is the providers' own: Strava `page` / `per_page` (ascending with `after`, descending otherwise; the last
 * page is short), WHOOP `limit` / `nextToken` → `next_token` (newest first, `start` inclusive, `end` exclusive),
 * Oura `start_date` / `end_date` (days, inclusive) or `start_datetime` / `end_datetime` with `next_token` (pages of
 * `ouraPageSize`), Garmin `uploadStartTimeInSeconds` / `uploadEndTimeInSeconds` windows of at most 86,400 s (a longer
 * one is a 400). With a `clock`, records appear only once their `availableAt` has passed, and Strava answers carry
 * `X-RateLimit-Limit` / `X-RateLimit-Usage` counted per 15-minute window and UTC day (429 once a limit is exceeded).
 */
import type { ConnectProvider } from '../connect-provider.js';
import type { FakeDataset, FakeRecord, FakeStravaActivity } from './fake-provider-dataset.js';
import type { ReceivedRequest, TestServerReply } from './start-test-server.js';

export { createFakeDataset, type FakeDataset, type FakeDatasetOptions, type FakeRecord, type FakeStravaActivity } from './fake-provider-dataset.js';

/**
 * Where each provider lives on the fake server (the path its real API base URL has after the host, roughly).
 *
 * @example
 * ```ts
 * FAKE_API_PREFIXES.strava; // '/strava/api/v3'
 * ```
 */
export const FAKE_API_PREFIXES: Readonly<Record<ConnectProvider, string>> = {
  strava: '/strava/api/v3',
  whoop: '/whoop/developer',
  oura: '/oura',
  garmin: '/garmin',
};

/**
 * The API base URL of each provider on a fake server started at `baseUrl`.
 *
 * @example
 * ```ts
 * const server = await startTestServer(api.handle);
 * const urls = fakeApiUrls(server.url);
 * createProviderHttpClient({ provider: 'whoop', apiUrl: urls.whoop, runtime, credentials });
 * ```
 */
export function fakeApiUrls(baseUrl: string): Record<ConnectProvider, string> {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    strava: `${base}${FAKE_API_PREFIXES.strava}`,
    whoop: `${base}${FAKE_API_PREFIXES.whoop}`,
    oura: `${base}${FAKE_API_PREFIXES.oura}`,
    garmin: `${base}${FAKE_API_PREFIXES.garmin}`,
  };
}

/**
 * A fault the fake API answers with instead of (or on top of) the normal answer:
 * - `rate_limit`: 429 with the provider's headers: Strava `X-RateLimit-Limit` / `-Usage` with the 15-minute
 *   (`window: 'short'`, default) or the daily window spent; WHOOP `X-RateLimit-Limit` / `-Remaining: 0` /
 *   `-Reset: <seconds>`; Oura `Retry-After` + `X-RateLimit-Reset: <epoch s>`; Garmin `Retry-After`
 *   (`retryAfterSeconds`, default 60);
 * - `server_error`: a 5xx (`status`, default 503), JSON or the Strava HTML error page (`html`);
 * - `html_page`: a 200 (or `status`) `text/html` error page where JSON was promised;
 * - `truncated`: the normal JSON cut in half, the response ending cleanly;
 * - `reset`: the normal JSON's first half, then the connection is cut (the body stream fails);
 * - `destroy`: the connection is cut without an answer;
 * - `unauthorized`: 401 as for an expired token (see also {@link FakeProviderApi.acceptTokens});
 * - `slow`: the normal answer after `delayMs` of real time;
 * - `transform`: the normal answer's JSON passed through `transform` (a renamed field, a changed shape).
 *
 * @example
 * ```ts
 * const fault: FakeFault = { kind: 'rate_limit', window: 'daily' };
 * ```
 */
export type FakeFault =
  | { readonly kind: 'rate_limit'; readonly retryAfterSeconds?: number; readonly window?: 'short' | 'daily' }
  | { readonly kind: 'server_error'; readonly status?: number; readonly html?: boolean }
  | { readonly kind: 'html_page'; readonly status?: number }
  | { readonly kind: 'truncated' }
  | { readonly kind: 'reset' }
  | { readonly kind: 'destroy' }
  | { readonly kind: 'unauthorized' }
  | { readonly kind: 'slow'; readonly delayMs: number }
  | { readonly kind: 'transform'; readonly transform: (json: unknown) => unknown };

/**
 * When a fault applies: to requests of `provider` whose provider-relative path matches `path` (a string is a
 * prefix; a RegExp is tested), and `method`; among those, to the `nth` (1-based, default 1) and the following
 * `times - 1` (default 1; `Infinity` for all later ones).
 *
 * @example
 * ```ts
 * api.inject({ provider: 'strava', path: '/athlete/activities', nth: 2, fault: { kind: 'html_page' } });
 * ```
 */
export interface FakeFaultRule {
  readonly provider?: ConnectProvider;
  readonly path?: string | RegExp;
  readonly method?: string;
  readonly nth?: number;
  readonly times?: number;
  readonly fault: FakeFault;
}

/**
 * A request the fake API answered: provider, method, provider-relative path, query, status, the fault applied, and
 * the bearer token it carried.
 *
 * @example
 * ```ts
 * const pages = api.served.filter((request) => request.path === '/athlete/activities' && request.status === 200);
 * ```
 */
export interface ServedRequest {
  readonly provider: ConnectProvider | null;
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  status: number;
  fault: FakeFault['kind'] | null;
  readonly token: string | null;
}

/**
 * Options of {@link createFakeProviderApi}: the data, the clock that decides which records are visible and the
 * Strava rate windows (default: everything visible, no windows counted), the bearer tokens accepted (default: any),
 * Oura's page size (default 2) and Strava's limits (default 100 per 15 minutes, 1,000 per day).
 *
 * @example
 * ```ts
 * const options: FakeProviderApiOptions = { dataset: createFakeDataset({ start: '2026-11-01', days: 10 }), clock: runtime.clock, tokens: ['token-1'] };
 * ```
 */
export interface FakeProviderApiOptions {
  readonly dataset: FakeDataset;
  readonly clock?: () => Date;
  readonly tokens?: readonly string[];
  readonly ouraPageSize?: number;
  readonly stravaLimits?: { readonly fifteenMinutes: number; readonly daily: number };
}

/**
 * A fake provider API: `handle` is the `startTestServer` handler; `inject` programs faults; `acceptTokens` replaces
 * the accepted bearer tokens (the old one "expires": 401 until the client refreshes); `served` logs every answer.
 *
 * @example
 * ```ts
 * const api = createFakeProviderApi({ dataset: createFakeDataset({ start: '2026-11-01', days: 5 }) });
 * const server = await startTestServer(api.handle);
 * api.inject({ provider: 'whoop', nth: 1, fault: { kind: 'server_error' } });
 * ```
 */
export interface FakeProviderApi {
  readonly dataset: FakeDataset;
  readonly served: ServedRequest[];
  readonly handle: (request: ReceivedRequest) => Promise<TestServerReply>;
  inject(rule: FakeFaultRule): void;
  clearFaults(): void;
  acceptTokens(tokens: readonly string[]): void;
  /** Answers served (optionally of one provider and path prefix / pattern), faults included. */
  count(filter?: { readonly provider?: ConnectProvider; readonly path?: string | RegExp; readonly status?: number }): number;
}

/**
 * A Garmin ping's `callbackURL` on the fake server: the pull endpoint of `summaryType` (`activities`,
 * `activityDetails`, `dailies`, `bodyComps`) for an upload window, with a pull token as Garmin adds one.
 *
 * @example
 * ```ts
 * const callbackUrl = fakeGarminCallbackUrl(server.url, 'dailies', 1_730_419_200, 1_730_505_600);
 * ```
 */
export function fakeGarminCallbackUrl(baseUrl: string, summaryType: string, startSeconds: number, endSeconds: number): string {
  return `${fakeApiUrls(baseUrl).garmin}/wellness-api/rest/${summaryType}?uploadStartTimeInSeconds=${startSeconds}&uploadEndTimeInSeconds=${endSeconds}&token=pull-${startSeconds}`;
}

/**
 * A `transform` fault's function that renames a field in every record of a page (Strava array, WHOOP `records`,
 * Oura `data`, Garmin array) or of a single object: how a provider renaming e.g. `start_date` looks.
 *
 * @example
 * ```ts
 * api.inject({ provider: 'strava', path: '/athlete/activities', fault: { kind: 'transform', transform: renameField('start_date', 'startDate') } });
 * ```
 */
export function renameField(from: string, to: string): (json: unknown) => unknown {
  const rename = (record: unknown): unknown => {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) return record;
    return Object.fromEntries(Object.entries(record).map(([key, value]) => [key === from ? to : key, value]));
  };
  return (json) => {
    if (Array.isArray(json)) return json.map(rename);
    if (json !== null && typeof json === 'object') {
      const body = json as Record<string, unknown>;
      if (Array.isArray(body.records)) return { ...body, records: body.records.map(rename) };
      if (Array.isArray(body.data)) return { ...body, data: body.data.map(rename) };
    }
    return rename(json);
  };
}

const STRAVA_ERROR_PAGE =
  '<!DOCTYPE html>\n<html lang="en"><head><title>Strava | Service Unavailable</title></head>\n<body><h1>We\'ll be right back.</h1><p>Strava is temporarily unavailable.</p></body></html>\n';
const QUARTER_HOUR = 15 * 60 * 1000;

interface Answer {
  readonly status: number;
  readonly body: unknown;
}

/**
 * Creates a fake provider API over `options.dataset`; see the module documentation for the pagination it serves.
 *
 * @example
 * ```ts
 * const runtime = fakeConnectRuntime();
 * const api = createFakeProviderApi({ dataset: createFakeDataset({ start: '2026-11-01', days: 30 }), clock: runtime.clock, stravaLimits: { fifteenMinutes: 10, daily: 40 } });
 * const server = await startTestServer(api.handle);
 * ```
 */
export function createFakeProviderApi(options: FakeProviderApiOptions): FakeProviderApi {
  const { dataset } = options;
  const ouraPageSize = options.ouraPageSize ?? 2;
  const stravaLimits = options.stravaLimits ?? { fifteenMinutes: 100, daily: 1000 };
  let accepted: ReadonlySet<string> | null = options.tokens === undefined ? null : new Set(options.tokens);
  const rules: { rule: FakeFaultRule; seen: number }[] = [];
  const served: ServedRequest[] = [];
  const stravaUsage = new Map<string, number>();
  const now = () => options.clock?.() ?? new Date(8_640_000_000_000_000);
  const visible = <T extends FakeRecord>(records: readonly T[]) => records.filter((record) => record.availableAt <= now().getTime());

  function providerOf(pathname: string): { provider: ConnectProvider; path: string } | null {
    for (const [provider, prefix] of Object.entries(FAKE_API_PREFIXES) as [ConnectProvider, string][]) {
      if (pathname === prefix || pathname.startsWith(`${prefix}/`)) return { provider, path: pathname.slice(prefix.length) || '/' };
    }
    return null;
  }

  function matches(rule: FakeFaultRule, entry: ServedRequest): boolean {
    if (rule.provider !== undefined && rule.provider !== entry.provider) return false;
    if (rule.method !== undefined && rule.method.toUpperCase() !== entry.method) return false;
    if (rule.path instanceof RegExp) return rule.path.test(entry.path);
    return rule.path === undefined || entry.path.startsWith(rule.path);
  }

  function faultFor(entry: ServedRequest): FakeFault | null {
    let chosen: FakeFault | null = null;
    for (const slot of rules) {
      if (!matches(slot.rule, entry)) continue;
      slot.seen += 1;
      const first = slot.rule.nth ?? 1;
      const times = slot.rule.times ?? 1;
      if (chosen === null && slot.seen >= first && slot.seen < first + times) chosen = slot.rule.fault;
    }
    return chosen;
  }

  /** Counts a Strava request in its 15-minute window and UTC day; returns the usage after it. */
  function countStrava(): [number, number] {
    const at = now().getTime();
    const quarter = `q${Math.floor(at / QUARTER_HOUR)}`;
    const dayKey = `d${new Date(at).toISOString().slice(0, 10)}`;
    stravaUsage.set(quarter, (stravaUsage.get(quarter) ?? 0) + 1);
    stravaUsage.set(dayKey, (stravaUsage.get(dayKey) ?? 0) + 1);
    return [stravaUsage.get(quarter) ?? 0, stravaUsage.get(dayKey) ?? 0];
  }

  async function handle(request: ReceivedRequest): Promise<TestServerReply> {
    const located = providerOf(request.url.pathname);
    const authorization = request.headers.get('authorization');
    const token = authorization !== null && /^Bearer\s+/i.test(authorization) ? authorization.replace(/^Bearer\s+/i, '') : null;
    const entry: ServedRequest = {
      provider: located?.provider ?? null,
      method: request.method,
      path: located?.path ?? request.url.pathname,
      query: Object.fromEntries(request.url.searchParams.entries()),
      status: 0,
      fault: null,
      token,
    };
    served.push(entry);
    const headers = new Headers({ 'content-type': 'application/json; charset=utf-8' });
    let usage: [number, number] | null = null;
    if (located?.provider === 'strava' && options.clock !== undefined) {
      usage = countStrava();
      headers.set('x-ratelimit-limit', `${stravaLimits.fifteenMinutes},${stravaLimits.daily}`);
      headers.set('x-ratelimit-usage', `${usage[0]},${usage[1]}`);
    }
    const reply = (status: number, body: string | ReadableStream<Uint8Array>, replyHeaders: Headers = headers): Response => {
      entry.status = status;
      return new Response(body, { status, headers: replyHeaders });
    };
    if (located === null) return reply(404, JSON.stringify({ message: 'no such fake provider' }));
    if (token === null || (accepted !== null && !accepted.has(token))) return reply(401, JSON.stringify(unauthorizedBody(located.provider)));
    const fault = faultFor(entry);
    entry.fault = fault?.kind ?? null;
    if (fault !== null) {
      const early = await applyEarlyFault(fault, located.provider, headers, reply);
      if (early !== null) return early;
    }
    if (usage !== null && (usage[0] > stravaLimits.fifteenMinutes || usage[1] > stravaLimits.daily)) {
      return reply(429, JSON.stringify({ message: 'Rate Limit Exceeded', errors: [{ resource: 'Application', field: 'rate limit', code: 'exceeded' }] }));
    }
    const answer = route(located.provider, located.path, request.url.searchParams);
    let json = answer.body;
    if (fault?.kind === 'transform' && answer.status === 200) json = fault.transform(json);
    const text = JSON.stringify(json);
    if (fault?.kind === 'truncated' && answer.status === 200) return reply(200, text.slice(0, Math.floor(text.length / 2)));
    if (fault?.kind === 'reset' && answer.status === 200) {
      const half = new TextEncoder().encode(text.slice(0, Math.floor(text.length / 2)));
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(half);
        },
        async pull(controller) {
          // Let the first half reach the client before the connection is cut.
          await new Promise((resolve) => setTimeout(resolve, 25));
          controller.error(new Error('connection reset by the fake API'));
        },
      });
      return reply(200, stream);
    }
    return reply(answer.status, text);
  }

  async function applyEarlyFault(
    fault: FakeFault,
    provider: ConnectProvider,
    headers: Headers,
    reply: (status: number, body: string, replyHeaders?: Headers) => Response,
  ): Promise<TestServerReply | null> {
    switch (fault.kind) {
      case 'rate_limit':
        return reply(429, JSON.stringify({ message: 'Rate Limit Exceeded' }), rateLimitHeaders(provider, fault, headers));
      case 'server_error': {
        const status = fault.status ?? 503;
        if (fault.html) return reply(status, STRAVA_ERROR_PAGE, new Headers({ 'content-type': 'text/html; charset=utf-8' }));
        return reply(status, JSON.stringify({ message: 'Internal Server Error' }));
      }
      case 'html_page':
        return reply(fault.status ?? 200, STRAVA_ERROR_PAGE, new Headers({ 'content-type': 'text/html; charset=utf-8' }));
      case 'destroy':
        return 'destroy';
      case 'unauthorized':
        return reply(401, JSON.stringify(unauthorizedBody(provider)));
      case 'slow':
        await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
        return null;
      default:
        return null;
    }
  }

  function rateLimitHeaders(provider: ConnectProvider, fault: Extract<FakeFault, { kind: 'rate_limit' }>, base: Headers): Headers {
    const headers = new Headers(base);
    const seconds = fault.retryAfterSeconds ?? 60;
    if (provider === 'strava') {
      const [short, daily] = [stravaLimits.fifteenMinutes, stravaLimits.daily];
      const current = (base.get('x-ratelimit-usage') ?? '1,1').split(',').map(Number);
      headers.set('x-ratelimit-limit', `${short},${daily}`);
      headers.set('x-ratelimit-usage', fault.window === 'daily' ? `${current[0] ?? 1},${daily + 1}` : `${short + 1},${current[1] ?? 1}`);
    } else if (provider === 'whoop') {
      headers.set('x-ratelimit-limit', '100, 100;window=60, 10000;window=86400');
      headers.set('x-ratelimit-remaining', '0');
      headers.set('x-ratelimit-reset', String(seconds));
    } else if (provider === 'oura') {
      headers.set('retry-after', String(seconds));
      headers.set('x-ratelimit-limit', '5000');
      headers.set('x-ratelimit-window', '300');
      headers.set('x-ratelimit-reset', String(Math.ceil(now().getTime() / 1000) + seconds));
    } else {
      headers.set('retry-after', String(seconds));
    }
    return headers;
  }

  function route(provider: ConnectProvider, path: string, query: URLSearchParams): Answer {
    switch (provider) {
      case 'strava':
        return stravaRoute(path, query);
      case 'whoop':
        return whoopRoute(path, query);
      case 'oura':
        return ouraRoute(path, query);
      case 'garmin':
        return garminRoute(path, query);
    }
  }

  function stravaRoute(path: string, query: URLSearchParams): Answer {
    const notFound: Answer = { status: 404, body: { message: 'Record Not Found', errors: [{ resource: 'Activity', field: 'id', code: 'not found' }] } };
    if (path === '/athlete/activities') {
      const after = numberParam(query, 'after');
      const before = numberParam(query, 'before');
      const page = numberParam(query, 'page') ?? 1;
      const perPage = numberParam(query, 'per_page') ?? 30;
      if (perPage < 1 || perPage > 200 || page < 1) return { status: 400, body: { message: 'Bad Request', errors: [{ resource: 'Application', field: 'per_page', code: 'invalid' }] } };
      const selected = visible(dataset.strava.activities)
        .filter((activity) => (after === undefined || activity.at / 1000 > after) && (before === undefined || activity.at / 1000 < before))
        .sort((a, b) => (after === undefined ? b.at - a.at : a.at - b.at));
      return { status: 200, body: selected.slice((page - 1) * perPage, page * perPage).map((activity) => activity.data) };
    }
    const detail = /^\/activities\/(\d+)$/.exec(path);
    if (detail) {
      const activity = findStrava(detail[1]);
      return activity === undefined ? notFound : { status: 200, body: activity.detail };
    }
    const streams = /^\/activities\/(\d+)\/streams$/.exec(path);
    if (streams) {
      const activity = findStrava(streams[1]);
      if (activity === undefined || activity.streams === null) return notFound;
      const keys = (query.get('keys') ?? Object.keys(activity.streams).join(',')).split(',');
      const chosen = Object.entries(activity.streams).filter(([type]) => keys.includes(type));
      if (query.get('key_by_type') === 'true') return { status: 200, body: Object.fromEntries(chosen) };
      return { status: 200, body: chosen.map(([type, stream]) => ({ type, ...(stream as Record<string, unknown>) })) };
    }
    return notFound;
  }

  function findStrava(id: string | undefined): FakeStravaActivity | undefined {
    return visible(dataset.strava.activities).find((activity) => activity.id === id);
  }

  function whoopRoute(path: string, query: URLSearchParams): Answer {
    const notFound: Answer = { status: 404, body: { error: 'Not Found' } };
    const collections: Record<string, FakeRecord[]> = {
      '/v2/activity/workout': dataset.whoop.workouts,
      '/v2/recovery': dataset.whoop.recovery,
      '/v2/activity/sleep': dataset.whoop.sleep,
      '/v2/cycle': dataset.whoop.cycles,
    };
    const collection = collections[path];
    if (collection !== undefined) {
      const limit = numberParam(query, 'limit') ?? 10;
      if (limit < 1 || limit > 25) return { status: 400, body: { error: 'limit must be between 1 and 25' } };
      const start = dateParam(query, 'start');
      const end = dateParam(query, 'end');
      const ordered = visible(collection)
        .filter((record) => (start === undefined || record.at >= start) && (end === undefined || record.at < end))
        .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
      const after = decodeToken(query.get('nextToken'));
      if (after === undefined) return { status: 400, body: { error: 'nextToken is not a token this API issued' } };
      const rest = after === null ? ordered : ordered.filter((record) => record.at < after.at || (record.at === after.at && record.id < after.id));
      const page = rest.slice(0, limit);
      const last = page[page.length - 1];
      return { status: 200, body: { records: page.map((record) => record.data), next_token: rest.length > limit && last !== undefined ? encodeToken(last) : null } };
    }
    const byId = /^\/v2\/(activity\/workout|activity\/sleep|cycle)\/([^/]+)$/.exec(path);
    if (byId) {
      const records = byId[1] === 'activity/workout' ? dataset.whoop.workouts : byId[1] === 'activity/sleep' ? dataset.whoop.sleep : dataset.whoop.cycles;
      const record = visible(records).find((candidate) => candidate.id === byId[2]);
      return record === undefined ? notFound : { status: 200, body: record.data };
    }
    const ofCycle = /^\/v2\/cycle\/(\d+)\/(recovery|sleep)$/.exec(path);
    if (ofCycle) {
      const records = ofCycle[2] === 'recovery' ? dataset.whoop.recovery : dataset.whoop.sleep;
      const record = visible(records).find((candidate) => String(candidate.data.cycle_id) === ofCycle[1]);
      return record === undefined ? notFound : { status: 200, body: record.data };
    }
    return notFound;
  }

  function ouraRoute(path: string, query: URLSearchParams): Answer {
    const notFound: Answer = { status: 404, body: { detail: 'Not Found' } };
    const collection = /^\/v2\/usercollection\/([a-z_]+)$/.exec(path)?.[1];
    if (collection === 'personal_info') return { status: 200, body: dataset.oura.personal_info };
    const days: Record<string, FakeRecord[]> = {
      workout: dataset.oura.workout,
      daily_readiness: dataset.oura.daily_readiness,
      sleep: dataset.oura.sleep,
      daily_activity: dataset.oura.daily_activity,
    };
    if (collection !== undefined && (days[collection] !== undefined || collection === 'heartrate')) {
      let selected: FakeRecord[];
      if (collection === 'heartrate') {
        const start = dateParam(query, 'start_datetime');
        const end = dateParam(query, 'end_datetime');
        selected = visible(dataset.oura.heartrate).filter((record) => (start === undefined || record.at >= start) && (end === undefined || record.at <= end));
      } else {
        const startDay = query.get('start_date') ?? undefined;
        const endDay = query.get('end_date') ?? undefined;
        selected = visible(days[collection] ?? []).filter((record) => {
          const recordDay = String(record.data.day);
          return (startDay === undefined || recordDay >= startDay) && (endDay === undefined || recordDay <= endDay);
        });
      }
      const ordered = selected.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
      const after = decodeToken(query.get('next_token'));
      if (after === undefined) return { status: 400, body: { detail: 'next_token is not a token this API issued' } };
      const rest = after === null ? ordered : ordered.filter((record) => record.at > after.at || (record.at === after.at && record.id > after.id));
      const page = rest.slice(0, ouraPageSize);
      const last = page[page.length - 1];
      return { status: 200, body: { data: page.map((record) => record.data), next_token: rest.length > ouraPageSize && last !== undefined ? encodeToken(last) : null } };
    }
    const document = /^\/v2\/usercollection\/([a-z_]+)\/([^/]+)$/.exec(path);
    if (document) {
      const record = visible(days[document[1] ?? ''] ?? []).find((candidate) => candidate.id === document[2]);
      return record === undefined ? notFound : { status: 200, body: record.data };
    }
    return notFound;
  }

  function garminRoute(path: string, query: URLSearchParams): Answer {
    const summaries: Record<string, FakeRecord[]> = {
      '/wellness-api/rest/activities': dataset.garmin.activities,
      '/wellness-api/rest/activityDetails': dataset.garmin.activityDetails,
      '/wellness-api/rest/dailies': dataset.garmin.dailies,
      '/wellness-api/rest/bodyComps': dataset.garmin.bodyComps,
    };
    const records = summaries[path];
    if (records === undefined) return { status: 404, body: { errorMessage: 'Not Found' } };
    const start = numberParam(query, 'uploadStartTimeInSeconds');
    const end = numberParam(query, 'uploadEndTimeInSeconds');
    if (start === undefined || end === undefined || end < start) return { status: 400, body: { errorMessage: 'uploadStartTimeInSeconds and uploadEndTimeInSeconds are required' } };
    if (end - start > 86_400) return { status: 400, body: { errorMessage: 'InvalidPullTokenException: the time range must not exceed 86400 seconds' } };
    const selected = visible(records)
      .filter((record) => record.at >= start * 1000 && record.at < end * 1000)
      .sort((a, b) => a.at - b.at);
    return { status: 200, body: selected.map((record) => record.data) };
  }

  return {
    dataset,
    served,
    handle,
    inject: (rule) => {
      rules.push({ rule, seen: 0 });
    },
    clearFaults: () => {
      rules.length = 0;
    },
    acceptTokens: (tokens) => {
      accepted = new Set(tokens);
    },
    count: (filter = {}) =>
      served.filter(
        (entry) =>
          (filter.provider === undefined || entry.provider === filter.provider) &&
          (filter.status === undefined || entry.status === filter.status) &&
          (filter.path === undefined || (filter.path instanceof RegExp ? filter.path.test(entry.path) : entry.path.startsWith(filter.path))),
      ).length,
  };
}

function unauthorizedBody(provider: ConnectProvider): unknown {
  if (provider === 'strava') return { message: 'Authorization Error', errors: [{ resource: 'Athlete', field: 'access_token', code: 'invalid' }] };
  return { error: 'unauthorized', message: 'the access token expired or is invalid' };
}

function numberParam(query: URLSearchParams, name: string): number | undefined {
  const value = query.get(name);
  if (value === null || value === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

function dateParam(query: URLSearchParams, name: string): number | undefined {
  const value = query.get(name);
  if (value === null || value === '') return undefined;
  const parsed = Date.parse(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** A page token: the ordering key of the last record served, base64url (opaque to the client). */
function encodeToken(record: FakeRecord): string {
  return Buffer.from(`${record.at}|${record.id}`, 'utf8').toString('base64url');
}

/** The key a token names; `null` without a token, `undefined` for a token this API did not issue. */
function decodeToken(token: string | null): { at: number; id: string } | null | undefined {
  if (token === null || token === '') return null;
  const [at, ...id] = Buffer.from(token, 'base64url').toString('utf8').split('|');
  const instant = Number(at);
  return at !== undefined && at !== '' && Number.isFinite(instant) && id.length > 0 ? { at: instant, id: id.join('|') } : undefined;
}

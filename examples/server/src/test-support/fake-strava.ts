import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The Strava athlete of the fake. */
export const FAKE_STRAVA_ATHLETE_ID = 48151623;
/** The authorization code the fake's token endpoint accepts. */
export const FAKE_STRAVA_CODE = 'the-code';
const FIXTURES = new URL('../../../../packages/providers/src/strava/fixtures/', import.meta.url);
const FIRST_ACTIVITY_ID = 12_000_000_000;

/** Options of {@link startFakeStrava}. */
export interface FakeStravaOptions {
  /** Activities the athlete has, one per day back from `newestStart`, ids from 12000000000 up (default 0). */
  readonly activities?: number;
  /** Start of the newest activity (default 2024-06-19T06:00:00Z). */
  readonly newestStart?: string;
  /** Milliseconds every answer of the activities list waits (a slow provider). */
  readonly pageDelayMs?: number;
}

/** A Strava API on 127.0.0.1 for tests and benchmarks of the server: OAuth, the activities list, details and streams. */
export interface FakeStrava {
  readonly url: string;
  /** The `TRAINKIT_STRAVA_*` environment of a server using this fake (client, secret, API and OAuth URLs). */
  readonly env: Readonly<Record<string, string>>;
  /** Ids of the athlete's activities, newest first. */
  readonly activityIds: readonly number[];
  /** Paths served so far, in order. */
  readonly served: readonly string[];
  /** Adds an activity (e.g. before sending its webhook) and returns its id. */
  addActivity(start: string): number;
  /** A Strava webhook body announcing `activityId` as created. */
  webhookCreate(activityId: number): string;
  close(): Promise<void>;
}

/**
 * Starts a fake Strava over the provider fixtures: `POST /oauth/token` (code and refresh grants), `POST
 * /oauth/deauthorize`, `GET /api/v3/athlete`, `GET /api/v3/athlete/activities` (`page`, `per_page`), `GET
 * /api/v3/activities/{id}` and `/streams`. Every activity is the detailed fixture with its own id and start.
 *
 * @example
 * ```ts
 * const strava = await startFakeStrava({ activities: 30, pageDelayMs: 200 });
 * spawn('node', [...], { env: { ...process.env, ...strava.env } });
 * ```
 */
export async function startFakeStrava(options: FakeStravaOptions = {}): Promise<FakeStrava> {
  const detail = JSON.parse(readFileSync(new URL('detailed-activity.json', FIXTURES), 'utf8')) as Record<string, unknown>;
  const streams = readFileSync(new URL('streams-key-by-type.json', FIXTURES), 'utf8');
  const newest = Date.parse(options.newestStart ?? '2024-06-19T06:00:00Z');
  const starts = new Map<number, number>();
  for (let index = 0; index < (options.activities ?? 0); index += 1) starts.set(FIRST_ACTIVITY_ID + index, newest - index * 86_400_000);
  const served: string[] = [];

  const activity = (id: number) => {
    const start = new Date(starts.get(id)!);
    const local = new Date(start.getTime() - 7 * 3_600_000);
    return { ...detail, id, external_id: `fake_${id}`, upload_id: id, upload_id_str: String(id), start_date: start.toISOString().replace('.000', ''), start_date_local: local.toISOString().replace('.000', '') };
  };
  const newestFirst = () => [...starts.keys()].sort((a, b) => starts.get(b)! - starts.get(a)!);

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    served.push(url.pathname);
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    const form = new URLSearchParams(await readBody(request));
    if (request.method === 'POST' && url.pathname === '/oauth/token') {
      const grant = form.get('grant_type');
      if (grant === 'authorization_code' && form.get('code') !== FAKE_STRAVA_CODE) return send(400, { message: 'Bad Request' });
      return send(200, {
        token_type: 'Bearer', access_token: `access_${randomBytes(8).toString('hex')}`, refresh_token: `refresh_${randomBytes(8).toString('hex')}`,
        expires_at: Math.floor(Date.now() / 1000) + 21_600, athlete: { id: FAKE_STRAVA_ATHLETE_ID },
      });
    }
    if (request.method === 'POST' && url.pathname === '/oauth/deauthorize') return send(200, {});
    if (url.pathname === '/api/v3/athlete') return send(200, { id: FAKE_STRAVA_ATHLETE_ID });
    if (url.pathname === '/api/v3/athlete/activities') {
      if (options.pageDelayMs) await new Promise((resolve) => setTimeout(resolve, options.pageDelayMs));
      const page = Number(url.searchParams.get('page') ?? 1);
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const after = Number(url.searchParams.get('after') ?? 0) * 1000;
      const listed = newestFirst().filter((id) => starts.get(id)! > after).slice((page - 1) * perPage, page * perPage);
      return send(200, listed.map((id) => ({ ...activity(id), resource_state: 2 })));
    }
    const match = /^\/api\/v3\/activities\/(\d+)(\/streams)?$/.exec(url.pathname);
    const id = Number(match?.[1]);
    if (match !== null && starts.has(id)) return send(200, match[2] === undefined ? activity(id) : streams);
    return send(404, { message: 'Record Not Found', errors: [] });
  }

  const server = createServer((request, response) => {
    answer(request, response).catch(() => {
      response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    env: {
      TRAINKIT_STRAVA_CLIENT_ID: '12345',
      TRAINKIT_STRAVA_CLIENT_SECRET: 'fake-strava-client-secret',
      TRAINKIT_STRAVA_API_URL: `${url}/api/v3`,
      TRAINKIT_STRAVA_OAUTH_URL: `${url}/oauth`,
    },
    get activityIds() {
      return newestFirst();
    },
    served,
    addActivity(start) {
      const id = FIRST_ACTIVITY_ID + starts.size;
      starts.set(id, Date.parse(start));
      return id;
    },
    webhookCreate(activityId) {
      return JSON.stringify({ aspect_type: 'create', event_time: Math.floor(Date.now() / 1000), object_id: activityId, object_type: 'activity', owner_id: FAKE_STRAVA_ATHLETE_ID, subscription_id: 120475, updates: {} });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

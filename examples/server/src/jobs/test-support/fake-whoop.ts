import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { whoopV2Workout } from '../../../../../packages/providers/src/test-support/whoop-v2-workout.js';

/** The authorization code the fake's token endpoint accepts. */
export const FAKE_WHOOP_CODE = 'the-whoop-code';
const WHOOP_USER_ID = 10129;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Options of {@link startFakeWhoop}. */
export interface FakeWhoopOptions {
  /** Pages of `GET /v2/activity/workout` (chained by `next_token`). */
  readonly pages: number;
  /** Workouts on each page: one a day, back from yesterday, so none overlaps another. */
  readonly workoutsPerPage: number;
  /** Milliseconds every workouts page waits before it is answered (a slow provider). */
  readonly pageDelayMs: number;
}

/** A WHOOP API on 127.0.0.1 for the server's restart test: OAuth, the athlete's identity and paged workouts. */
export interface FakeWhoop {
  /** The `TRAINKIT_WHOOP_*` environment of a server using this fake (client, secret, API and OAuth URLs). */
  readonly env: Readonly<Record<string, string>>;
  /** Every workouts page body, in page order, as served. */
  readonly pageBodies: readonly unknown[];
  /** The ids of every workout on every page. */
  readonly workoutIds: readonly string[];
  /** The page number of every workouts request received, in order (a held request counts when it arrives). */
  readonly pageRequests: readonly number[];
  /** Holds requests of `page` unanswered until {@link FakeWhoop.release}: a sync stuck mid-way. */
  hold(page: number): void;
  /** Resolves once a request of `page` has arrived. */
  requested(page: number): Promise<void>;
  /** Answers the held requests (when their client is still there) and holds no more. */
  release(): void;
  close(): Promise<void>;
}

/**
 * Starts a fake WHOOP v2 API: `POST /oauth/token` (the code grant of {@link FAKE_WHOOP_CODE} and refresh grants),
 * `GET /developer/v2/user/profile/basic`, `GET /developer/v2/activity/workout` in `pages` pages of distinct scored
 * workouts (`nextToken` → `next_token`), each answered after `pageDelayMs`, and empty recovery, sleep and cycle
 * collections. The data ignores the requested range: every workout is within the last `pages × workoutsPerPage` days.
 *
 * @example
 * ```ts
 * const whoop = await startFakeWhoop({ pages: 5, workoutsPerPage: 4, pageDelayMs: 300 });
 * spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: { ...process.env, ...whoop.env } });
 * ```
 */
export async function startFakeWhoop(options: FakeWhoopOptions): Promise<FakeWhoop> {
  const yesterday = Math.floor(Date.now() / DAY_MS) * DAY_MS - DAY_MS;
  const pageBodies = Array.from({ length: options.pages }, (_, page) => ({
    records: Array.from({ length: options.workoutsPerPage }, (_, slot) => workout(page * options.workoutsPerPage + slot, yesterday)),
    ...(page + 1 < options.pages ? { next_token: `page-${page + 2}` } : {}),
  }));
  const pageRequests: number[] = [];
  let waiters: { page: number; resolve: () => void }[] = [];
  let heldPage: number | undefined;
  let held: (() => void)[] = [];
  const release = () => {
    heldPage = undefined;
    for (const resolve of held) resolve();
    held = [];
  };

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(request);
    const send = (status: number, json: unknown) => {
      if (response.destroyed) return;
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(json));
    };
    if (request.method === 'POST' && url.pathname === '/oauth/token') {
      const form = new URLSearchParams(body);
      if (form.get('grant_type') === 'authorization_code' && form.get('code') !== FAKE_WHOOP_CODE) return send(400, { error: 'invalid_grant' });
      return send(200, {
        access_token: `access_${randomBytes(8).toString('hex')}`, refresh_token: `refresh_${randomBytes(8).toString('hex')}`,
        expires_in: 3600, scope: 'offline read:workout read:recovery read:sleep read:cycles read:profile', token_type: 'bearer',
      });
    }
    if (!/^Bearer access_/.test(request.headers.authorization ?? '')) return send(401, { message: 'Authorization was not valid' });
    switch (url.pathname) {
      case '/developer/v2/user/profile/basic':
        return send(200, { user_id: WHOOP_USER_ID, email: 'athlete@example.com', first_name: 'Jane', last_name: 'Doe' });
      case '/developer/v2/activity/workout': {
        const token = url.searchParams.get('nextToken');
        const page = token === null ? 1 : Number(/^page-(\d+)$/.exec(token)?.[1] ?? Number.NaN);
        if (!(page >= 1 && page <= options.pages)) return send(400, { message: `unknown nextToken ${token}` });
        pageRequests.push(page);
        for (const waiter of waiters.filter((entry) => entry.page === page)) waiter.resolve();
        waiters = waiters.filter((entry) => entry.page !== page);
        if (page === heldPage) await new Promise<void>((resolve) => held.push(resolve));
        await new Promise((resolve) => setTimeout(resolve, options.pageDelayMs));
        return send(200, pageBodies[page - 1]);
      }
      case '/developer/v2/recovery':
      case '/developer/v2/activity/sleep':
      case '/developer/v2/cycle':
        return send(200, { records: [] });
      default:
        return send(404, { message: 'Not Found' });
    }
  }

  const server = createServer((request, response) => {
    answer(request, response).catch(() => response.destroy());
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    env: {
      TRAINKIT_WHOOP_CLIENT_ID: 'fake-whoop-client',
      TRAINKIT_WHOOP_CLIENT_SECRET: 'fake-whoop-secret',
      TRAINKIT_WHOOP_API_URL: `${url}/developer`,
      TRAINKIT_WHOOP_OAUTH_URL: `${url}/oauth`,
    },
    pageBodies,
    workoutIds: pageBodies.flatMap((page) => page.records.map((record) => record.id)),
    pageRequests,
    hold(page) {
      heldPage = page;
    },
    requested(page) {
      if (pageRequests.includes(page)) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ page, resolve }));
    },
    release,
    async close() {
      release();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A scored WHOOP v2 workout, one a day at 06:00 UTC going back from `yesterday`, running and cycling in turn. */
function workout(index: number, yesterday: number): { id: string } & Record<string, unknown> {
  const start = yesterday - index * DAY_MS + 6 * 60 * 60 * 1000;
  const id = `a0000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
  return whoopV2Workout({ id, userId: WHOOP_USER_ID, start, end: start + 3600 * 1000, index });
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

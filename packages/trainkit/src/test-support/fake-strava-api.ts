import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'providers', 'src', 'strava', 'fixtures');
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as unknown;

/** The Strava athlete the fake server's tokens belong to (the fixtures' athlete). */
export const FAKE_STRAVA_ATHLETE_ID = 48151623;

/** A loopback server that answers like Strava's OAuth and API endpoints, over the `@trainkit/providers` fixtures. */
export interface FakeStravaApi {
  /** Base URL of the server (`http://127.0.0.1:<port>`). */
  readonly url: string;
  /** `TRAINKIT_STRAVA_API_URL` for it. */
  readonly apiUrl: string;
  /** `TRAINKIT_STRAVA_OAUTH_URL` for it. */
  readonly oauthUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Every access and refresh token the server handed out, in order. */
  readonly issuedTokens: string[];
  /** Every request the server received: method and path (no query). */
  readonly requests: string[];
  /** Tokens revoked through `/oauth/deauthorize`. */
  readonly revoked: string[];
  /** Expire every access token issued so far: the API answers 401 to them (a refresh is needed). */
  expireAccessTokens(): void;
  close(): Promise<void>;
}

/**
 * Starts a fake Strava on 127.0.0.1: `POST /oauth/token` (authorization_code with code `good-code`, and
 * refresh_token grants that rotate the refresh token and refuse a spent one), `POST /oauth/deauthorize`, and under
 * `/api/v3` the athlete's activities (the fixture page, then an empty page), the detailed activity and streams.
 * Tokens are random and recorded in `issuedTokens` so tests can look for them where they must not be.
 */
export async function startFakeStravaApi(): Promise<FakeStravaApi> {
  const clientId = '4242';
  const clientSecret = `client-secret-${randomBytes(12).toString('hex')}`;
  const issuedTokens: string[] = [];
  const requests: string[] = [];
  const revoked: string[] = [];
  const validAccess = new Set<string>();
  const validRefresh = new Set<string>();
  const activities = fixture('athlete-activities-page.json') as { id: number | string }[];
  const detailed = fixture('detailed-activity.json');
  const streams = fixture('streams-key-by-type.json');

  function issue(): Record<string, unknown> {
    const accessToken = `stravaAccess${randomBytes(16).toString('hex')}`;
    const refreshToken = `stravaRefresh${randomBytes(16).toString('hex')}`;
    issuedTokens.push(accessToken, refreshToken);
    validAccess.add(accessToken);
    validRefresh.add(refreshToken);
    const expiresAt = Math.floor(Date.now() / 1000) + 6 * 3600;
    return {
      token_type: 'Bearer',
      access_token: accessToken,
      refresh_token: refreshToken,
      expires_at: expiresAt,
      expires_in: 6 * 3600,
      athlete: { id: FAKE_STRAVA_ATHLETE_ID, username: 'ada' },
    };
  }

  function reply(outgoing: ServerResponse, status: number, body: unknown): void {
    outgoing.writeHead(status, { 'content-type': 'application/json', 'x-ratelimit-limit': '200,2000', 'x-ratelimit-usage': '1,1' });
    outgoing.end(JSON.stringify(body));
  }

  async function serve(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    requests.push(`${incoming.method ?? 'GET'} ${url.pathname}`);
    if (url.pathname === '/oauth/token' && incoming.method === 'POST') {
      if (body.get('client_id') !== clientId || body.get('client_secret') !== clientSecret) {
        reply(outgoing, 401, { message: 'Bad Request', errors: [{ resource: 'Application', field: 'client_secret', code: 'invalid' }] });
        return;
      }
      const grant = body.get('grant_type');
      if (grant === 'authorization_code' && body.get('code') === 'good-code') return reply(outgoing, 200, issue());
      const refreshToken = body.get('refresh_token') ?? '';
      if (grant === 'refresh_token' && validRefresh.delete(refreshToken)) return reply(outgoing, 200, issue());
      return reply(outgoing, 400, { error: 'invalid_grant', message: 'Bad Request' });
    }
    if (url.pathname === '/oauth/deauthorize' && incoming.method === 'POST') {
      const token = body.get('access_token') ?? url.searchParams.get('access_token') ?? '';
      revoked.push(token);
      validAccess.delete(token);
      return reply(outgoing, 200, { access_token: '[revoked]' });
    }
    if (!url.pathname.startsWith('/api/v3/')) return reply(outgoing, 404, { message: 'Record Not Found' });
    const bearer = /^Bearer (.+)$/.exec(incoming.headers.authorization ?? '')?.[1] ?? '';
    if (!validAccess.has(bearer)) {
      return reply(outgoing, 401, { message: 'Authorization Error', errors: [{ resource: 'Athlete', field: 'access_token', code: 'invalid' }] });
    }
    const path = url.pathname.slice('/api/v3'.length);
    if (path === '/athlete') return reply(outgoing, 200, { id: FAKE_STRAVA_ATHLETE_ID, username: 'ada' });
    if (path === '/athlete/activities') return reply(outgoing, 200, Number(url.searchParams.get('page') ?? '1') <= 1 ? activities : []);
    const streamMatch = /^\/activities\/(\d+)\/streams$/.exec(path);
    if (streamMatch) return reply(outgoing, 200, streams);
    const activityMatch = /^\/activities\/(\d+)$/.exec(path);
    if (activityMatch) {
      const summary = activities.find((activity) => String(activity.id) === activityMatch[1]);
      return reply(outgoing, 200, summary === undefined ? detailed : { ...(detailed as object), ...summary, resource_state: 3 });
    }
    return reply(outgoing, 404, { message: 'Record Not Found' });
  }

  const sockets = new Set<Socket>();
  const server = createServer((incoming, outgoing) => {
    serve(incoming, outgoing).catch((error: unknown) => {
      outgoing.writeHead(500, { 'content-type': 'text/plain' });
      outgoing.end(`fake strava failed: ${String(error)}`);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    apiUrl: `${url}/api/v3`,
    oauthUrl: `${url}/oauth`,
    clientId,
    clientSecret,
    issuedTokens,
    requests,
    revoked,
    expireAccessTokens: () => validAccess.clear(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

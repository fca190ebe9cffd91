import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_TOKENS_TABLE, hashToken } from './api-tokens.js';
import { randomBytes } from 'node:crypto';
import { createTrainkit } from 'trainkit';
import { createServerApp } from './create-server-app.js';
import { ADMIN_TOKEN, bearer, createTestServer, json, stravaActivitiesPage } from './test-server.js';

type TestServer = Awaited<ReturnType<typeof createTestServer>>;
let server: TestServer;

beforeAll(async () => {
  server = await createTestServer();
});
afterAll(async () => {
  await server.storage.close();
});

async function createUser(id: string): Promise<string> {
  const created = await server.app.request('/users', json('POST', { id, timeZone: 'Europe/Berlin' }, ADMIN_TOKEN));
  expect(created.status).toBe(201);
  const issued = await server.app.request(`/users/${id}/tokens`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  expect(issued.status).toBe(201);
  const body = (await issued.json()) as { token: string; userId: string };
  expect(body.userId).toBe(id);
  return body.token;
}

async function expectProblem(response: Response, status: number, code?: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String), code: expect.any(String) });
  if (code !== undefined) expect(body.code).toBe(code);
  expect(JSON.stringify(body)).not.toMatch(/stack|\bat .*\.ts:\d+/);
  return body;
}

/** Every route that needs a user token, with a request that would otherwise be valid. */
const PROTECTED: readonly [method: string, path: string, body?: unknown][] = [
  ['GET', '/me'],
  ['PATCH', '/me', { displayName: 'X' }],
  ['POST', '/me/logs', { kind: 'cardio', entry: { activity: 'running', durationSeconds: 600 } }],
  ['GET', '/me/logs'],
  ['GET', '/me/activities'],
  ['POST', '/me/activities/some-id/unmerge'],
  ['GET', '/me/runs'],
  ['GET', '/me/fatigue'],
  ['GET', '/me/goals'],
  ['GET', '/me/goals/squat/history'],
  ['GET', '/me/plan?from=2024-06-01&to=2024-06-30'],
  ['GET', '/me/pmc?from=2024-06-01&to=2024-06-30'],
  ['POST', '/me/connections/strava'],
  ['POST', '/me/imports', 'not a file'],
  ['POST', '/me/ingest/strava/activities', []],
  ['DELETE', '/me/token'],
];

describe('admin flow and tokens', () => {
  it('creates a user and issues a token that authenticates as that user; only the hash is stored', async () => {
    const token = await createUser('admin_flow_user');
    expect(token).toMatch(/^tk_[A-Za-z0-9_-]{43}$/);
    const me = await server.app.request('/me', bearer(token));
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: 'admin_flow_user' });

    const rows = await server.storage.kysely.withTables<{ server_api_tokens: { token_hash: string; user_id: string } }>()
      .selectFrom(API_TOKENS_TABLE).selectAll().where('user_id', '=', 'admin_flow_user').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).toBe(hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('refuses admin routes without the admin token, a user token included', async () => {
    const token = await createUser('not_an_admin');
    await expectProblem(await server.app.request('/users', json('POST', { id: 'x1' })), 401, 'UNAUTHORIZED');
    await expectProblem(await server.app.request('/users', json('POST', { id: 'x1' }, token)), 401, 'UNAUTHORIZED');
    await expectProblem(await server.app.request('/users', json('POST', { id: 'x1' }, `${ADMIN_TOKEN}x`)), 401, 'UNAUTHORIZED');
    await expectProblem(await server.app.request('/users/not_an_admin/tokens', { method: 'POST', ...bearer(token) }), 401);
    expect(await server.trainkit.users.find('x1')).toBeUndefined();
  });

  it('revokes a token on sign-out and every token of a user by admin; revoked tokens are 401 at once', async () => {
    const first = await createUser('revoking_user');
    const issued = await server.app.request('/users/revoking_user/tokens', { method: 'POST', ...bearer(ADMIN_TOKEN) });
    const second = ((await issued.json()) as { token: string }).token;
    const third = ((await (await server.app.request('/users/revoking_user/tokens', { method: 'POST', ...bearer(ADMIN_TOKEN) })).json()) as { token: string }).token;

    expect(await (await server.app.request('/me/token', { method: 'DELETE', ...bearer(first) })).json()).toEqual({ revoked: true });
    await expectProblem(await server.app.request('/me', bearer(first)), 401, 'UNAUTHORIZED');
    expect((await server.app.request('/me', bearer(second))).status).toBe(200);

    await expectProblem(await server.app.request('/users/revoking_user/tokens', { method: 'DELETE', ...bearer(second) }), 401, 'UNAUTHORIZED');
    await expectProblem(await server.app.request('/users/nobody_here/tokens', { method: 'DELETE', ...bearer(ADMIN_TOKEN) }), 404, 'NOT_FOUND');
    const revoked = await server.app.request('/users/revoking_user/tokens', { method: 'DELETE', ...bearer(ADMIN_TOKEN) });
    expect(await revoked.json()).toEqual({ userId: 'revoking_user', revoked: 2 });
    for (const token of [second, third]) await expectProblem(await server.app.request('/me', bearer(token)), 401, 'UNAUTHORIZED');
  });

  it('answers 404 for a token of an unknown user and 409 for a user created twice', async () => {
    await expectProblem(await server.app.request('/users/nobody_here/tokens', { method: 'POST', ...bearer(ADMIN_TOKEN) }), 404, 'NOT_FOUND');
    await createUser('twice');
    await expectProblem(await server.app.request('/users', json('POST', { id: 'twice' }, ADMIN_TOKEN)), 409, 'CONFLICT');
  });

  it.each(PROTECTED)('%s %s needs a valid user token (401 problem)', async (method, path, body) => {
    const init = body === undefined ? { method } : json(method, body);
    await expectProblem(await server.app.request(path, init), 401, 'UNAUTHORIZED');
    const bad = body === undefined ? { method, ...bearer('tk_not-a-token') } : json(method, body, 'tk_not-a-token');
    await expectProblem(await server.app.request(path, bad), 401, 'UNAUTHORIZED');
    const adminAsUser = body === undefined ? { method, ...bearer(ADMIN_TOKEN) } : json(method, body, ADMIN_TOKEN);
    await expectProblem(await server.app.request(path, adminAsUser), 401, 'UNAUTHORIZED');
  });

  it('serves health, readiness and the OpenAPI document without a token', async () => {
    expect((await server.app.request('/health')).status).toBe(200);
    expect((await server.app.request('/ready')).status).toBe(200);
    const document = (await (await server.app.request('/openapi.json')).json()) as {
      openapi: string; paths: Record<string, Record<string, unknown>>; components: { securitySchemes: Record<string, unknown> };
    };
    expect(document.openapi).toBe('3.1.0');
    expect(document.components.securitySchemes.bearerAuth).toEqual({ type: 'http', scheme: 'bearer' });
    const listed = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    expect(listed.sort()).toEqual([
      'GET /health', 'GET /me', 'GET /me/activities', 'GET /me/logs', 'GET /me/fatigue', 'GET /me/goals', 'GET /me/goals/{goalKey}/history',
      'GET /me/plan', 'GET /me/runs', 'GET /ready', 'PATCH /me', 'POST /me/activities/{activityId}/unmerge', 'POST /me/logs',
      'POST /users', 'POST /users/{userId}/tokens', 'POST /me/connections/{provider}', 'GET /oauth/{provider}/callback',
      'GET /webhooks/{provider}', 'POST /webhooks/{provider}',
      'POST /me/imports', 'POST /me/ingest/{provider}/{resource}',
      'GET /me/pmc', 'DELETE /me/token', 'DELETE /users/{userId}/tokens',
    ].sort());
  });
});

describe('bad input', () => {
  let token: string;
  beforeAll(async () => {
    token = await createUser('bad_input_user');
  });

  it('answers malformed JSON, unknown fields and missing bodies with a 400 problem and stores nothing', async () => {
    const count = async () => (await server.trainkit.ingest.listActivities({ userId: 'bad_input_user' })).length;
    const before = await count();
    await expectProblem(await server.app.request('/me/logs', json('POST', '{"kind": "cardio", ', token)), 400);
    const unknownOuter = await expectProblem(
      await server.app.request('/me/logs', json('POST', { kind: 'cardio', entry: { activity: 'running', durationSeconds: 600 }, extra: 1 }, token)),
      400, 'VALIDATION_FAILED',
    );
    expect(unknownOuter.errors).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'unrecognized_keys' })]));
    const unknownInner = await expectProblem(
      await server.app.request('/me/logs', json('POST', { kind: 'cardio', entry: { activity: 'running', durationSeconds: 600, bogus: true } }, token)),
      400, 'VALIDATION_FAILED',
    );
    expect(unknownInner.errors).toBeDefined();
    await expectProblem(await server.app.request('/me/logs', json('POST', { kind: 'cardio', entry: { activity: 'running', durationSeconds: 600, userId: 'someone_else' } }, token)), 400);
    await expectProblem(await server.app.request('/me/logs', { method: 'POST', ...bearer(token) }), 400);
    await expectProblem(await server.app.request('/me', json('PATCH', { displayName: 'A', isAdmin: true }, token)), 400, 'VALIDATION_FAILED');
    await expectProblem(await server.app.request('/users', json('POST', { id: 'u_extra', role: 'admin' }, ADMIN_TOKEN)), 400, 'VALIDATION_FAILED');
    expect(await count()).toBe(before);
    expect(await server.trainkit.users.find('u_extra')).toBeUndefined();
    expect((await server.trainkit.users.get('bad_input_user')).displayName ?? null).toBeNull();
  });

  it('answers a body over the limit with 413 and an unknown route with 404, as problems', async () => {
    const huge = { kind: 'cardio', entry: { activity: 'running', durationSeconds: 600, notes: 'x'.repeat(70 * 1024) } };
    await expectProblem(await server.app.request('/me/logs', json('POST', huge, token)), 413, 'PAYLOAD_TOO_LARGE');
    await expectProblem(await server.app.request('/nope'), 404);
  });

  it('maps a library validation error (bad date) to a 400 problem with its issues', async () => {
    const body = await expectProblem(await server.app.request('/me/fatigue?at=not-a-date', bearer(token)), 400, 'VALIDATION_FAILED');
    expect(Array.isArray(body.errors)).toBe(true);
  });
});

describe('a user sees only their own data', () => {
  interface Athlete {
    readonly id: string;
    readonly token: string;
    readonly activityIds: string[];
    readonly goalKey: string;
  }
  const athletes: Athlete[] = [];

  beforeAll(async () => {
    for (const id of ['athlete_a', 'athlete_b']) {
      const token = await createUser(id);
      const logged = await server.app.request('/me/logs', json('POST', {
        kind: 'cardio', entry: { activity: 'running', start: '2024-06-10T06:30:00Z', durationSeconds: 2700, distanceM: 10_000 },
      }, token));
      expect(logged.status).toBe(201);
      const strength = await server.app.request('/me/logs', json('POST', {
        kind: 'strength', entry: { start: '2024-06-11T18:00:00Z', durationSeconds: 3600, sets: [{ movement: 'back_squat', reps: 5, loadKg: 100 }] },
      }, token));
      expect(strength.status).toBe(201);
      await server.trainkit.ingest.ingestPayload({ userId: id, provider: 'strava', resource: 'activities', payload: stravaActivitiesPage() });
      const cycle = await server.trainkit.goals.createCycle({ userId: id, name: 'Season', startDate: '2024-01-01', endDate: '2024-12-29' });
      const goalKey = `squat_${id}`;
      await server.trainkit.goals.create({
        userId: id, goalKey, title: 'Squat 140 kg', goalType: 'strength', horizon: 'macro', macroCycleId: cycle.id,
        target: { type: 'one_rep_max', movement_id: 'back_squat', load_kg: 140 },
      });
      const listed = (await (await server.app.request('/me/activities', bearer(token))).json()) as { activity: { id: string } }[];
      expect(listed.length).toBeGreaterThanOrEqual(3);
      athletes.push({ id, token, activityIds: listed.map((entry) => entry.activity.id), goalKey });
    }
  });

  const ID_ROUTES = [
    (id: string, goalKey: string) => ({ method: 'POST', path: `/me/activities/${encodeURIComponent(id)}/unmerge`, key: goalKey }),
    (_id: string, goalKey: string) => ({ method: 'GET', path: `/me/goals/${encodeURIComponent(goalKey)}/history`, key: _id }),
  ];

  it('every route with an id of the other user answers 404, and list routes never show the other user\'s rows (property)', async () => {
    const before = await Promise.all(athletes.map((athlete) => server.trainkit.ingest.listActivities({ userId: athlete.id })));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(0, 1), fc.nat(), fc.constantFrom(...ID_ROUTES), async (attackerIndex, pick, route) => {
        const attacker = athletes[attackerIndex]!;
        const victim = athletes[1 - attackerIndex]!;
        const activityId = victim.activityIds[pick % victim.activityIds.length]!;
        const request = route(activityId, victim.goalKey);
        await expectProblem(await server.app.request(request.path, { method: request.method, ...bearer(attacker.token) }), 404, 'NOT_FOUND');
        for (const path of ['/me', '/me/logs', '/me/activities', '/me/runs', '/me/goals', '/me/plan?from=2024-06-01&to=2024-06-30', '/me/fatigue?at=2024-06-20']) {
          const response = await server.app.request(path, bearer(attacker.token));
          expect(response.status).toBe(200);
          const text = await response.text();
          expect(text).not.toContain(victim.id);
          expect(text).not.toContain(victim.goalKey);
          for (const id of victim.activityIds) expect(text).not.toContain(id);
        }
      }),
      { numRuns: 25 },
    );
    const after = await Promise.all(athletes.map((athlete) => server.trainkit.ingest.listActivities({ userId: athlete.id })));
    expect(after).toEqual(before);
  });

  it('each user reads their own manual logs and goal history', async () => {
    for (const athlete of athletes) {
      const logs = (await (await server.app.request('/me/logs?from=2024-06-01&to=2024-06-30', bearer(athlete.token))).json()) as { id: string; user_id: string; source: string }[];
      expect(logs).toHaveLength(2);
      expect(logs.every((row) => row.user_id === athlete.id && row.source === 'manual' && athlete.activityIds.includes(row.id))).toBe(true);
      const history = await server.app.request(`/me/goals/${athlete.goalKey}/history`, bearer(athlete.token));
      expect(history.status).toBe(200);
      expect(await history.json()).toMatchObject({ goalKey: athlete.goalKey });
    }
  });
});

describe('provider connections', () => {
  it('without connect config, connect, callback and webhook routes answer 501 naming what to set', async () => {
    const token = await createUser('no_connect_user');
    const started = await expectProblem(await server.app.request('/me/connections/strava', { method: 'POST', ...bearer(token) }), 501, 'CONNECTIONS_NOT_CONFIGURED');
    expect(started.detail).toMatch(/TRAINKIT_ENCRYPTION_KEY.*TRAINKIT_STRAVA_CLIENT_ID.*TRAINKIT_STRAVA_CLIENT_SECRET/);
    await expectProblem(await server.app.request('/oauth/strava/callback?code=c&state=s'), 501);
    await expectProblem(await server.app.request('/webhooks/strava', json('POST', { object_type: 'activity' })), 501);
    await expectProblem(await server.app.request('/webhooks/strava?hub.mode=subscribe'), 501);
    await expectProblem(await server.app.request('/me/connections/myspace', { method: 'POST', ...bearer(token) }), 400, 'VALIDATION_FAILED');
  });

  it('with connect config: the authorization URL carries a state; a forged state is a 400; webhooks reach the library\'s handlers', async () => {
    const trainkit = createTrainkit({
      storage: server.storage,
      connect: {
        providers: { strava: { clientId: 'client-1', clientSecret: 'secret-1', redirectUri: 'http://127.0.0.1:3000/oauth/strava/callback' } },
        encryptionKey: randomBytes(32).toString('base64'),
      },
    });
    const app = createServerApp({ trainkit, storage: server.storage, adminToken: ADMIN_TOKEN });
    const token = await createUser('connect_user');
    const started = await app.request('/me/connections/strava', { method: 'POST', ...bearer(token) });
    expect(started.status).toBe(200);
    const { url, state } = (await started.json()) as { url: string; state: string };
    expect(new URL(url).searchParams.get('state')).toBe(state);
    expect(url).not.toContain('secret-1');
    await expectProblem(await app.request('/me/connections/whoop', { method: 'POST', ...bearer(token) }), 501, 'CONNECTIONS_NOT_CONFIGURED');
    const forged = await expectProblem(await app.request(`/oauth/strava/callback?code=c&state=${encodeURIComponent(`${state}x`)}`), 400);
    expect(forged.reason).toBe('state_mismatch');
    const webhook = await app.request('/webhooks/strava', json('POST', '{not json'));
    expect(webhook.status).toBeGreaterThanOrEqual(400);
    expect(webhook.status).toBeLessThan(500);
    expect(webhook.headers.get('content-type')).toContain('application/problem+json');
    const handshake = await app.request('/webhooks/strava?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=abc');
    expect(handshake.status).toBeGreaterThanOrEqual(400);
    expect(await handshake.text()).not.toContain('abc');
  });
});

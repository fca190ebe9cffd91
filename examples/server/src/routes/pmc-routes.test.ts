import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, bearer, createTestServer, json } from '../test-server.js';

type TestServer = Awaited<ReturnType<typeof createTestServer>>;
let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await createTestServer();
  expect((await server.app.request('/users', json('POST', { id: 'pmc_user', timeZone: 'Europe/Berlin' }, ADMIN_TOKEN))).status).toBe(201);
  const issued = await server.app.request('/users/pmc_user/tokens', { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  token = ((await issued.json()) as { token: string }).token;
  for (const [start, minutes] of [['2024-06-03T06:00:00Z', 45], ['2024-06-05T17:00:00Z', 60], ['2024-06-08T08:00:00Z', 90]] as const) {
    const logged = await server.app.request('/me/logs', json('POST', { kind: 'cardio', entry: { activity: 'running', start, durationSeconds: minutes * 60, distanceM: minutes * 180 } }, token));
    expect(logged.status).toBe(201);
  }
});
afterAll(async () => {
  await server.storage.close();
});

describe('GET /me/pmc', () => {
  it('answers the series of trainkit.fatigue.pmc for the token\'s user', async () => {
    const response = await server.app.request('/me/pmc?from=2024-06-01&to=2024-06-12', bearer(token));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { points: { date: string; ctl: number; load: number }[] };
    const expected = await server.trainkit.fatigue.pmc({ userId: 'pmc_user', from: '2024-06-01', to: '2024-06-12' });
    expect(body).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(body.points).toHaveLength(12);
    expect(body.points.filter((point) => point.load > 0).map((point) => point.date)).toEqual(['2024-06-03', '2024-06-05', '2024-06-08']);
  });

  it('answers bad days, reversed and too long ranges, missing and unknown parameters with 400 problems', async () => {
    for (const query of ['from=2024-13-01&to=2024-06-12', 'from=2024-06-01&to=soon', 'from=2024-06-12&to=2024-06-01', 'from=2020-01-01&to=2024-01-01', 'from=2024-06-01', 'from=2024-06-01&to=2024-06-02&x=1']) {
      const response = await server.app.request(`/me/pmc?${query}`, bearer(token));
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      const body = (await response.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ status: 400, code: expect.any(String), detail: expect.any(String) });
      expect(JSON.stringify(body)).not.toMatch(/stack|\bat .*\.ts:\d+/);
    }
  });

  it('needs a bearer token and is in the OpenAPI document', async () => {
    expect((await server.app.request('/me/pmc?from=2024-06-01&to=2024-06-12')).status).toBe(401);
    const document = (await (await server.app.request('/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(document.paths['/me/pmc']).toBeDefined();
  });
});

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeDataset, createFakeProviderApi, fakeApiUrls, renameField, type FakeProviderApi } from './fake-provider-api.js';
import { startTestServer, type TestServer } from './start-test-server.js';

let api: FakeProviderApi;
let server: TestServer;
let urls: ReturnType<typeof fakeApiUrls>;
beforeAll(async () => {
  api = createFakeProviderApi({ dataset: createFakeDataset({ start: '2026-11-01', days: 9 }), ouraPageSize: 4 });
  server = await startTestServer(api.handle);
  urls = fakeApiUrls(server.url);
});
afterAll(async () => {
  await server.close();
});

async function get(url: string, token = 'any'): Promise<{ status: number; json: unknown; headers: Headers }> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const text = await response.text();
  return { status: response.status, json: text === '' ? undefined : (JSON.parse(text) as unknown), headers: response.headers };
}

describe('fake provider API pagination', () => {
  it('strava: page / per_page visit every activity once, in order, ending with a short page', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10 }), async (perPage) => {
        const ids: number[] = [];
        let lastLength = perPage;
        for (let page = 1; lastLength === perPage && page <= 20; page += 1) {
          const { json } = await get(`${urls.strava}/athlete/activities?after=0&page=${page}&per_page=${perPage}`);
          const items = json as { id: number }[];
          lastLength = items.length;
          ids.push(...items.map((item) => item.id));
        }
        expect(lastLength).toBeLessThan(perPage);
        expect(ids).toEqual(api.dataset.strava.activities.map((activity) => Number(activity.id)));
      }),
      { numRuns: 5 },
    );
  });

  it('whoop and oura: next_token pages visit every record once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 25 }), async (limit) => {
        const seen: string[] = [];
        let token: string | null = null;
        for (let guard = 0; guard < 50; guard += 1) {
          const query: string = token === null ? '' : `&nextToken=${token}`;
          const { json } = await get(`${urls.whoop}/v2/activity/workout?limit=${limit}${query}`);
          const page = json as { records: { id: string }[]; next_token: string | null };
          seen.push(...page.records.map((record) => record.id));
          token = page.next_token;
          if (token === null) break;
        }
        expect(seen.sort()).toEqual(api.dataset.whoop.workouts.map((workout) => workout.id).sort());
      }),
      { numRuns: 5 },
    );
    const days: string[] = [];
    let token: string | null = null;
    do {
      const suffix: string = token === null ? '' : `&next_token=${token}`;
      const { json } = await get(`${urls.oura}/v2/usercollection/daily_readiness?start_date=2026-11-02&end_date=2026-11-08${suffix}`);
      const page = json as { data: { day: string }[]; next_token: string | null };
      days.push(...page.data.map((item) => item.day));
      token = page.next_token;
    } while (token !== null);
    expect(days).toEqual(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08']);
    expect((await get(`${urls.whoop}/v2/activity/workout?nextToken=forged`)).status).toBe(400);
  });

  it('garmin: pull windows of at most 24 h', async () => {
    const start = Date.parse('2026-11-01T00:00:00Z') / 1000;
    const { status, json } = await get(`${urls.garmin}/wellness-api/rest/dailies?uploadStartTimeInSeconds=${start + 86_400}&uploadEndTimeInSeconds=${start + 86_400 * 2}`);
    expect(status).toBe(200);
    expect(json).toHaveLength(1);
    expect((await get(`${urls.garmin}/wellness-api/rest/dailies?uploadStartTimeInSeconds=${start}&uploadEndTimeInSeconds=${start + 86_401}`)).status).toBe(400);
  });
});

describe('fake provider API faults', () => {
  it('applies a fault to the nth matching request only, and renames fields on request', async () => {
    api.inject({ provider: 'oura', path: '/v2/usercollection/workout', nth: 2, fault: { kind: 'rate_limit', retryAfterSeconds: 7 } });
    api.inject({ provider: 'oura', path: '/v2/usercollection/sleep', fault: { kind: 'transform', transform: renameField('day', 'date') } });
    const workout = `${urls.oura}/v2/usercollection/workout`;
    expect((await get(workout)).status).toBe(200);
    const limited = await get(workout);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect((await get(workout)).status).toBe(200);
    const sleep = (await get(`${urls.oura}/v2/usercollection/sleep`)).json as { data: Record<string, unknown>[] };
    expect(sleep.data[0]).toHaveProperty('date');
    expect(sleep.data[0]).not.toHaveProperty('day');
    api.clearFaults();
  });

  it('refuses tokens it does not accept', async () => {
    api.acceptTokens(['good']);
    expect((await get(`${urls.strava}/activities/12000000000`, 'bad')).status).toBe(401);
    expect((await get(`${urls.strava}/activities/12000000000`, 'good')).status).toBe(200);
  });
});

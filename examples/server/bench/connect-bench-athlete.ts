import { FAKE_STRAVA_CODE } from '../src/test-support/fake-strava.js';

/** The athlete of a benchmark run: created by the admin, given a token, with Strava connected. */
export interface BenchAthlete {
  readonly userId: string;
  /** Headers carrying the athlete's bearer token. */
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Creates the user (admin token), issues its API token, and connects Strava as a browser would: the authorization
 * URL's state comes back to the server's OAuth callback with the code the fake Strava accepts.
 *
 * @example
 * ```ts
 * const athlete = await connectBenchAthlete(server.base, 'admin-token');
 * await fetch(`${server.base}/me/activities`, { headers: athlete.headers });
 * ```
 */
export async function connectBenchAthlete(base: string, adminToken: string, userId = 'bench_athlete'): Promise<BenchAthlete> {
  const admin = { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' };
  await expectOk(fetch(`${base}/users`, { method: 'POST', headers: admin, body: JSON.stringify({ id: userId, timeZone: 'Europe/Berlin' }) }), 'create the user');
  const { token } = (await expectOk(fetch(`${base}/users/${userId}/tokens`, { method: 'POST', headers: admin }), 'issue a token')) as { token: string };
  const headers = { authorization: `Bearer ${token}` };
  const { state } = (await expectOk(fetch(`${base}/me/connections/strava`, { method: 'POST', headers }), 'start the Strava connection')) as { state: string };
  await expectOk(fetch(`${base}/oauth/strava/callback?code=${FAKE_STRAVA_CODE}&scope=read,activity:read_all&state=${encodeURIComponent(state)}`), 'complete the Strava OAuth');
  return { userId, headers };
}

/** The JSON body of a 2xx answer; otherwise an error naming the step and the answer. */
export async function expectOk(answer: Promise<Response>, step: string): Promise<unknown> {
  const response = await answer;
  const text = await response.text();
  if (!response.ok) throw new Error(`could not ${step}: ${response.status} ${text}`);
  return text === '' ? undefined : JSON.parse(text);
}

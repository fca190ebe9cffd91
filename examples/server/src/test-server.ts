import { readFileSync } from 'node:fs';
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { createTrainkit, seedCatalog, type Trainkit } from 'trainkit';
import { createServerApp } from './create-server-app.js';

/** The admin token of test apps. */
export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/** A Strava activities page from the providers' fixtures (4 activities). */
export function stravaActivitiesPage(): string {
  return readFileSync(new URL('../../../packages/providers/src/strava/fixtures/athlete-activities-page.json', import.meta.url), 'utf8');
}

/** A server app over a fresh in-memory SQLite storage with the catalog seeded. */
export async function createTestServer(): Promise<{ storage: KyselyStorage; trainkit: Trainkit; app: ReturnType<typeof createServerApp> }> {
  const storage = await createSqliteStorage({ path: ':memory:', migrate: true });
  await seedCatalog(storage);
  const trainkit = createTrainkit({ storage, clock: () => new Date('2024-06-20T12:00:00Z') });
  const app = createServerApp({ trainkit, storage, adminToken: ADMIN_TOKEN, limits: { maxJsonBytes: 64 * 1024 } });
  return { storage, trainkit, app };
}

/** JSON request init with an optional bearer token. */
export function json(method: string, body: unknown, token?: string): RequestInit {
  return {
    method,
    headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

/** Headers with a bearer token. */
export function bearer(token: string): RequestInit {
  return { headers: { authorization: `Bearer ${token}` } };
}

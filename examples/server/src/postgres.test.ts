/**
 * The server on PostgreSQL (a fresh database on the test server): `openStorage` picks PostgreSQL for a
 * `postgres://` URL, the token table is created there (twice: `ifNotExists`), and the admin flow, a token, a log
 * and its read-back work as on SQLite, with only the token's hash stored. Skipped with TRAINKIT_SKIP_POSTGRES=1.
 */
import { createTestDatabase, type TestDatabase } from '@trainkit/storage-kysely/testing';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { createTrainkit, seedCatalog } from 'trainkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { API_TOKENS_TABLE, ensureApiTokensTable, hashToken } from './api-tokens.js';
import { createServerApp } from './create-server-app.js';
import { openStorage } from './open-storage.js';
import { ADMIN_TOKEN, bearer, json } from './test-server.js';

const adminUrl = inject('postgresUrl');

describe.skipIf(!adminUrl)('the server on PostgreSQL', () => {
  let database: TestDatabase;
  let storage: KyselyStorage;

  beforeAll(async () => {
    database = await createTestDatabase(adminUrl!, 'tk_server');
    storage = await openStorage({ databaseUrl: database.url, sqlitePath: 'unused.db' });
    await seedCatalog(storage);
  });
  afterAll(async () => {
    await storage?.close();
    await database?.drop();
  });

  it('creates a user and a token, logs a session and reads it back; the token table holds only the hash', async () => {
    expect(storage.location).toMatch(/^PostgreSQL at postgres:\/\//);
    await ensureApiTokensTable(storage);
    await ensureApiTokensTable(storage);
    const app = createServerApp({ trainkit: createTrainkit({ storage }), storage, adminToken: ADMIN_TOKEN });
    expect((await app.request('/ready')).status).toBe(200);
    expect((await app.request('/users', json('POST', { id: 'pg_athlete' }, ADMIN_TOKEN))).status).toBe(201);
    const issued = await app.request('/users/pg_athlete/tokens', { method: 'POST', ...bearer(ADMIN_TOKEN) });
    const { token } = (await issued.json()) as { token: string };
    const logged = await app.request('/me/logs', json('POST', {
      kind: 'cardio', entry: { activity: 'running', start: '2024-06-10T06:30:00Z', durationSeconds: 2700, distanceM: 10_000 },
    }, token));
    expect(logged.status).toBe(201);
    const logs = (await (await app.request('/me/logs', bearer(token))).json()) as { distance_m: number }[];
    expect(logs).toMatchObject([{ distance_m: 10_000 }]);
    const rows = await storage.kysely.withTables<{ server_api_tokens: { token_hash: string; user_id: string } }>()
      .selectFrom(API_TOKENS_TABLE).selectAll().execute();
    expect(rows).toEqual([expect.objectContaining({ token_hash: hashToken(token), user_id: 'pg_athlete' })]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });
});

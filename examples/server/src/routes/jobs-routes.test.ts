/**
 * The job routes on SQLite with the in-process queue and the facade's handlers: a refresh, a replay and a sync are
 * queued (202 with the job id), worked in the process, and their state is visible to their user only (another
 * user's job id and unknown ids are 404); a sync without configured connections fails with its error.
 */
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { createTrainkit, seedCatalog } from 'trainkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerApp } from '../create-server-app.js';
import { createInProcessQueue } from '../jobs/in-process-queue.js';
import { workJobs } from '../jobs/job-handlers.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { createKeyedMutex } from '../jobs/keyed-mutex.js';
import { ADMIN_TOKEN, bearer, json } from '../test-server.js';

describe('job routes (SQLite, in-process queue)', () => {
  let storage: KyselyStorage;
  let queue: JobQueue;
  let app: ReturnType<typeof createServerApp>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    storage = await createSqliteStorage({ path: ':memory:', migrate: true });
    await seedCatalog(storage);
    const trainkit = createTrainkit({ storage, clock: () => new Date('2024-06-20T12:00:00Z') });
    queue = await createInProcessQueue({ storage, retryLimit: 0 });
    await workJobs(queue, { trainkit, userLock: createKeyedMutex() });
    app = createServerApp({ trainkit, storage, adminToken: ADMIN_TOKEN, jobs: queue });
    for (const id of ['jobs_alice', 'jobs_bob']) {
      expect((await app.request('/users', json('POST', { id }, ADMIN_TOKEN))).status).toBe(201);
      const issued = await app.request(`/users/${id}/tokens`, { method: 'POST', ...bearer(ADMIN_TOKEN) });
      tokens[id] = ((await issued.json()) as { token: string }).token;
    }
    const logged = await app.request('/me/logs', json('POST', {
      kind: 'cardio', entry: { activity: 'running', start: '2024-06-10T06:30:00Z', durationSeconds: 2700, distanceM: 10_000 },
    }, tokens.jobs_alice));
    expect(logged.status).toBe(201);
  });
  afterAll(async () => {
    await queue?.stop();
    await storage?.close();
  });

  async function settled(jobId: string, token: string): Promise<{ state: string; output?: unknown; error?: string }> {
    for (let attempt = 0; attempt < 500; attempt += 1) {
      const response = await app.request(`/me/jobs/${jobId}`, bearer(token));
      expect(response.status).toBe(200);
      const job = (await response.json()) as { state: string; output?: unknown; error?: string };
      if (job.state === 'completed' || job.state === 'failed') return job;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`job ${jobId} did not finish`);
  }

  it('queues a fatigue refresh, works it, and shows the completed job with its output to its user only', async () => {
    const response = await app.request('/me/fatigue/refresh', { method: 'POST', ...bearer(tokens.jobs_alice!) });
    expect(response.status).toBe(202);
    const { jobId } = (await response.json()) as { jobId: string };
    const job = await settled(jobId, tokens.jobs_alice!);
    expect(job).toMatchObject({ state: 'completed', output: expect.any(Object) });
    expect(job).not.toHaveProperty('data');
    const rows = await storage.kysely.withTables<{ user_fatigue_state: { user_id: string } }>()
      .selectFrom('user_fatigue_state').select('user_id').where('user_id', '=', 'jobs_alice').execute();
    expect(rows.length).toBeGreaterThan(0);

    const foreign = await app.request(`/me/jobs/${jobId}`, bearer(tokens.jobs_bob!));
    expect(foreign.status).toBe(404);
    expect(foreign.headers.get('content-type')).toContain('application/problem+json');
    expect((await app.request('/me/jobs/00000000-0000-4000-8000-000000000000', bearer(tokens.jobs_alice!))).status).toBe(404);
    expect((await app.request('/me/jobs/not-a-job', bearer(tokens.jobs_alice!))).status).toBe(404);
  });

  it('queues a replay (optionally of one provider) and completes it', async () => {
    for (const path of ['/me/replay', '/me/replay?provider=strava']) {
      const response = await app.request(path, { method: 'POST', ...bearer(tokens.jobs_alice!) });
      expect(response.status).toBe(202);
      const { jobId } = (await response.json()) as { jobId: string };
      expect(await settled(jobId, tokens.jobs_alice!)).toMatchObject({ state: 'completed', output: { runs: expect.any(Array) } });
    }
    expect((await app.request('/me/replay?provider=myspace', { method: 'POST', ...bearer(tokens.jobs_alice!) })).status).toBe(400);
  });

  it('queues a sync; without configured connections the job fails with the reason', async () => {
    const response = await app.request('/me/sync/strava?since=2024-06-01', { method: 'POST', ...bearer(tokens.jobs_bob!) });
    expect(response.status).toBe(202);
    const { jobId } = (await response.json()) as { jobId: string };
    const job = await settled(jobId, tokens.jobs_bob!);
    expect(job.state).toBe('failed');
    expect(job.error).toMatch(/connect/i);
    expect((await app.request('/me/sync/myspace', { method: 'POST', ...bearer(tokens.jobs_bob!) })).status).toBe(400);
  });

  it('needs a bearer token and is described in the OpenAPI document', async () => {
    expect((await app.request('/me/fatigue/refresh', { method: 'POST' })).status).toBe(401);
    expect((await app.request('/me/jobs/00000000-0000-4000-8000-000000000000')).status).toBe(401);
    const document = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/me/sync/{provider}', '/me/replay', '/me/fatigue/refresh', '/me/jobs/{jobId}']));
  });
});

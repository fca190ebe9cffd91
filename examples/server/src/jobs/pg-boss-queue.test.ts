/**
 * The job queue on PostgreSQL (skipped with TRAINKIT_SKIP_POSTGRES=1), each test on a fresh database:
 * - two `main.ts` worker processes (TRAINKIT_ROLE=worker) share one pg-boss queue: every queued fatigue refresh and
 *   replay completes exactly once (no retries), and the refreshes' effect is there for every user;
 * - two counting worker processes: N jobs each take effect exactly once; a worker SIGKILLed while its handler sleeps
 *   leaves the job `active`, pg-boss expires it and the other worker completes it; nothing lost or duplicated;
 * - the advisory-lock user lock keeps two refreshes of one user apart across connections (as across processes).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@trainkit/storage-kysely/testing';
import pg from 'pg';
import { createTrainkit, seedCatalog } from 'trainkit';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openStorage } from '../open-storage.js';
import type { JobQueue, JobState } from './job-queue.js';
import { createPgBossQueue } from './pg-boss-queue.js';
import { createPostgresUserLock } from './postgres-user-lock.js';

const adminUrl = inject('postgresUrl');
const serverDir = fileURLToPath(new URL('../..', import.meta.url));

describe.skipIf(!adminUrl)('the job queue on PostgreSQL', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  });

  async function database(): Promise<TestDatabase> {
    const created = await createTestDatabase(adminUrl!, 'tk_jobs');
    cleanups.push(() => created.drop());
    return created;
  }

  function spawnWorker(script: string, env: Record<string, string>): Promise<ChildProcess> {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', script], {
      cwd: serverDir,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cleanups.push(async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await new Promise((resolve) => child.once('exit', resolve));
      }
    });
    let output = '';
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`worker did not start:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (/ready|working jobs/.test(output)) {
          clearTimeout(timer);
          resolve(child);
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`worker exited (${code}):\n${output}`));
      });
    });
  }

  async function settled(queue: JobQueue, id: string, timeoutMs = 60_000): Promise<JobState> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const job = await queue.get(id);
      if (job !== undefined && (job.state === 'completed' || job.state === 'failed')) return job;
      if (Date.now() > deadline) throw new Error(`job ${id} did not finish: ${JSON.stringify(job)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('two main.ts workers (TRAINKIT_ROLE=worker) work every queued job exactly once', async () => {
    const db = await database();
    const storage = await openStorage({ databaseUrl: db.url, sqlitePath: 'unused.db' });
    cleanups.push(() => storage.close());
    await seedCatalog(storage);
    const trainkit = createTrainkit({ storage });
    const users = ['pg_jobs_a', 'pg_jobs_b', 'pg_jobs_c', 'pg_jobs_d'];
    for (const [index, id] of users.entries()) {
      await trainkit.users.create({ id });
    // Recent sessions: a refresh computes the daily state from the day before the first one up to now.
      await trainkit.log.cardio({ userId: id, activity: 'running', start: new Date(Date.now() - (index + 1) * 86_400_000).toISOString(), durationSeconds: 2700, distanceM: 10_000 });
    }
    // The enqueueing side (a server with TRAINKIT_ROLE=server): a queue without workers.
    const queue = await createPgBossQueue({ connectionString: db.url });
    cleanups.push(() => queue.stop());
    const env = { DATABASE_URL: db.url, TRAINKIT_ROLE: 'worker', TRAINKIT_JOB_POLL_SECONDS: '0.5', TRAINKIT_JOB_CONCURRENCY: '1' };
    // The test migrated and seeded the database, so the two workers can start together.
    await Promise.all([spawnWorker('src/main.ts', env), spawnWorker('src/main.ts', env)]);

    const ids: string[] = [];
    for (let round = 0; round < 3; round += 1) {
      for (const userId of users) {
        ids.push(await queue.enqueue('fatigue-refresh', { userId }));
        ids.push(await queue.enqueue('replay', { userId }));
      }
    }
    const states = await Promise.all(ids.map((id) => settled(queue, id)));
    expect(states.filter((job) => job.state !== 'completed')).toEqual([]);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    cleanups.push(() => client.end());
    const jobs = await client.query<{ id: string; retry_count: number; state: string }>(
      'SELECT id, retry_count, state FROM pgboss.job WHERE id = ANY($1::uuid[])', [ids],
    );
    expect(jobs.rows).toHaveLength(ids.length);
    expect(jobs.rows.every((row) => row.state === 'completed' && row.retry_count === 0)).toBe(true);
    const refreshed = await client.query<{ user_id: string }>('SELECT DISTINCT user_id FROM user_fatigue_state ORDER BY user_id');
    expect(refreshed.rows.map((row) => row.user_id)).toEqual(users);
  }, 120_000);

  it('a worker SIGKILLed mid-job: the other worker retries the job; N jobs take effect once each, none lost', async () => {
    const db = await database();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    cleanups.push(() => client.end());
    await client.query('CREATE TABLE job_attempts (job_id uuid NOT NULL, pid integer NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp())');
    await client.query('CREATE TABLE job_effects (job_id uuid PRIMARY KEY, pid integer NOT NULL)');
    const queue = await createPgBossQueue({ connectionString: db.url, retryLimit: 3, retryDelaySeconds: 0, expireInSeconds: 2 });
    cleanups.push(() => queue.stop());
    const env = { DATABASE_URL: db.url };
    const workers = [await spawnWorker('src/jobs/test-support/counting-worker.ts', env), await spawnWorker('src/jobs/test-support/counting-worker.ts', env)];

    const slow = await queue.enqueue('replay', { userId: 'slow' });
    let holder: number | undefined;
    for (let waited = 0; waited < 300 && holder === undefined; waited += 1) {
      const started = await client.query<{ pid: number }>('SELECT pid FROM job_attempts WHERE job_id = $1', [slow]);
      holder = started.rows[0]?.pid;
      if (holder === undefined) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(holder).toBeDefined();
    const victim = workers.find((worker) => worker.pid === holder)!;
    const survivor = workers.find((worker) => worker !== victim)!;
    expect((await queue.get(slow))?.state).toBe('active');
    victim.kill('SIGKILL');
    await new Promise((resolve) => victim.once('exit', resolve));

    const quick: string[] = [];
    for (let index = 0; index < 20; index += 1) quick.push(await queue.enqueue('replay', { userId: `quick_${index}` }));
    const all = [slow, ...quick];
    const states = await Promise.all(all.map((id) => settled(queue, id)));
    expect(states.map((job) => job.state)).toEqual(all.map(() => 'completed'));

    const effects = await client.query<{ job_id: string; pid: number }>('SELECT job_id, pid FROM job_effects');
    expect(effects.rows.map((row) => row.job_id).sort()).toEqual([...all].sort());
    expect(effects.rows.every((row) => row.pid === survivor.pid)).toBe(true);
    const slowAttempts = await client.query<{ pid: number }>('SELECT pid FROM job_attempts WHERE job_id = $1 ORDER BY at', [slow]);
    expect(slowAttempts.rows.map((row) => row.pid)).toEqual([victim.pid, survivor.pid]);
    const quickAttempts = await client.query<{ n: string }>('SELECT count(*) AS n FROM job_attempts WHERE job_id = ANY($1::uuid[])', [quick]);
    expect(Number(quickAttempts.rows[0]!.n)).toBe(quick.length);
  }, 120_000);

  it('drains a backlog without sleeping out the polling interval between jobs, and wakes its idle workers on send', async () => {
    const db = await database();
    // A 60 s poll: without the wake-ups, the first job would wait up to a minute and each further one a minute more.
    const slow = { connectionString: db.url, pollingIntervalSeconds: 60, concurrency: 1 };
    const worker = await createPgBossQueue(slow);
    const sender = await createPgBossQueue(slow); // another process's queue: it has no workers here to wake
    cleanups.push(() => worker.stop(), () => sender.stop());
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    const worked: string[] = [];
    let firstStarted!: () => void;
    const started = new Promise<void>((resolve) => (firstStarted = resolve));
    await worker.work('replay', async ({ userId }) => {
      worked.push(userId);
      if (userId === 'first') {
        firstStarted();
        await firstHeld;
      }
      return userId;
    });
    // The worker polled once at start and now sleeps for 60 s: a send from its own process wakes it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const first = await worker.enqueue('replay', { userId: 'first' });
    await started;
    // A backlog queued elsewhere while the only slot is busy: after the held job the slot must fetch again at once.
    const backlog: string[] = [];
    for (let index = 0; index < 5; index += 1) backlog.push(await sender.enqueue('replay', { userId: `backlog_${index}` }));
    releaseFirst();
    const states = await Promise.all([first, ...backlog].map((id) => settled(worker, id, 20_000)));
    expect(states.map((job) => job.state)).toEqual(Array(6).fill('completed'));
    expect(worked).toEqual(['first', 'backlog_0', 'backlog_1', 'backlog_2', 'backlog_3', 'backlog_4']);
  }, 60_000);

  it('the advisory-lock user lock keeps two refreshes of one user apart, and lets two users run together', async () => {
    const db = await database();
    const first = createPostgresUserLock(db.url);
    const second = createPostgresUserLock(db.url);
    cleanups.push(() => first.close(), () => second.close());
    const events: string[] = [];
    const work = (name: string) => async () => {
      events.push(`${name} start`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      events.push(`${name} end`);
    };
    await Promise.all([first('fatigue:u1', work('a')), second('fatigue:u1', work('b'))]);
    expect([events.slice(0, 2), events.slice(2)].map((pair) => pair[0]!.split(' ')[0] === pair[1]!.split(' ')[0])).toEqual([true, true]);
    events.length = 0;
    await Promise.all([first('fatigue:u1', work('a')), second('fatigue:u2', work('b'))]);
    expect(events.slice(0, 2).sort()).toEqual(['a start', 'b start']);
    await expect(first('fatigue:u1', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(second('fatigue:u1', async () => 'free again')).resolves.toBe('free again');
  });
});

/**
 * The in-process queue (SQLite): FIFO start order, bounded concurrency, retries up to the limit with the error of
 * each attempt visible, `failed` after the limit, singleton keys, jobs waiting for their worker, and stop; and, kept
 * in `server_jobs`, what survives a restart: waiting and finished jobs, FIFO order, a job left `active` by a process
 * that died (it runs again, or fails once its attempts are spent), singleton keys, and the retention of finished jobs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInProcessQueue, type InProcessQueueOptions } from './in-process-queue.js';
import type { JobQueue, JobState } from './job-queue.js';

async function settled(queue: JobQueue, id: string, timeoutMs = 5000): Promise<JobState> {
  return waitForState(queue, id, ['completed', 'failed'], timeoutMs);
}

async function waitForState(queue: JobQueue, id: string, states: readonly string[], timeoutMs = 5000): Promise<JobState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await queue.get(id);
    if (job !== undefined && states.includes(job.state)) return job;
    if (Date.now() > deadline) throw new Error(`job ${id} did not reach ${states.join('/')}: ${JSON.stringify(job)}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('createInProcessQueue', () => {
  let storage: KyselyStorage;
  const open = (options: Omit<InProcessQueueOptions, 'storage'> = {}) => createInProcessQueue({ storage, ...options });
  beforeEach(async () => {
    storage = await createSqliteStorage({ path: ':memory:', migrate: false });
  });
  afterEach(async () => {
    await storage.close();
  });

  it('starts jobs in FIFO order, one at a time with concurrency 1, and keeps their output', async () => {
    const queue = await open({ concurrency: 1 });
    const order: string[] = [];
    const ids = [];
    for (let index = 0; index < 10; index += 1) ids.push(await queue.enqueue('fatigue-refresh', { userId: `u${index}` }));
    expect((await queue.get(ids[0]!))?.state).toBe('created');
    let active = 0;
    await queue.work('fatigue-refresh', async ({ userId }) => {
      active += 1;
      expect(active).toBe(1);
      order.push(userId);
      await new Promise((resolve) => setTimeout(resolve, 1));
      active -= 1;
      return { refreshed: userId };
    });
    const states = await Promise.all(ids.map((id) => settled(queue, id)));
    expect(order).toEqual(Array.from({ length: 10 }, (_, index) => `u${index}`));
    expect(states.map((state) => state.output)).toEqual(order.map((userId) => ({ refreshed: userId })));
    expect(states[3]).toMatchObject({ id: ids[3], name: 'fatigue-refresh', state: 'completed', data: { userId: 'u3' } });
    await queue.stop();
  });

  it('never runs more than `concurrency` jobs at once', async () => {
    const queue = await open({ concurrency: 3 });
    let active = 0;
    let peak = 0;
    await queue.work('replay', async () => {
      active += 1;
      peak = Math.max(peak, active);
      await new Promise((resolve) => setTimeout(resolve, 3));
      active -= 1;
    });
    const ids = await Promise.all(Array.from({ length: 12 }, (_, index) => queue.enqueue('replay', { userId: `u${index}` })));
    await Promise.all(ids.map((id) => settled(queue, id)));
    expect(peak).toBe(3);
    await queue.stop();
  });

  it('retries a failing job up to the limit, shows `retry` with the error in between, and completes when an attempt succeeds', async () => {
    const queue = await open({ retryLimit: 2, retryDelayMs: 30 });
    let attempts = 0;
    await queue.work('replay', async () => {
      attempts += 1;
      if (attempts < 3) throw new Error(`attempt ${attempts} broke`);
      return 'done';
    });
    const id = await queue.enqueue('replay', { userId: 'u1' });
    expect(await waitForState(queue, id, ['retry'])).toMatchObject({ state: 'retry', error: 'attempt 1 broke' });
    const job = await settled(queue, id);
    expect(job).toMatchObject({ state: 'completed', output: 'done' });
    expect(job.error).toBeUndefined();
    expect(attempts).toBe(3);
    await queue.stop();
  });

  it('fails a job after 1 + retryLimit attempts, with the last error, and keeps working other jobs', async () => {
    const queue = await open({ retryLimit: 1, retryDelayMs: 0 });
    let attempts = 0;
    await queue.work('sync', async ({ provider }) => {
      if (provider === 'strava') {
        attempts += 1;
        throw new Error(`strava down ${attempts}`);
      }
      return provider;
    });
    const failing = await queue.enqueue('sync', { userId: 'u1', provider: 'strava' });
    const fine = await queue.enqueue('sync', { userId: 'u1', provider: 'oura' });
    expect(await settled(queue, failing)).toMatchObject({ state: 'failed', error: 'strava down 2' });
    expect(await settled(queue, fine)).toMatchObject({ state: 'completed', output: 'oura' });
    expect(attempts).toBe(2);
    await queue.stop();
  });

  it('answers a singleton key with the waiting job, and a new job once it finished', async () => {
    const queue = await open();
    const first = await queue.enqueue('fatigue-refresh', { userId: 'u1' }, { singletonKey: 'u1' });
    expect(await queue.enqueue('fatigue-refresh', { userId: 'u1' }, { singletonKey: 'u1' })).toBe(first);
    expect(await queue.enqueue('fatigue-refresh', { userId: 'u2' }, { singletonKey: 'u2' })).not.toBe(first);
    await queue.work('fatigue-refresh', async () => undefined);
    await settled(queue, first);
    expect(await queue.enqueue('fatigue-refresh', { userId: 'u1' }, { singletonKey: 'u1' })).not.toBe(first);
    await queue.stop();
  });

  it('gives concurrent enqueues of one singleton key one job', async () => {
    const queue = await open();
    const ids = await Promise.all(Array.from({ length: 5 }, () => queue.enqueue('fatigue-refresh', { userId: 'u1' }, { singletonKey: 'u1' })));
    expect(new Set(ids).size).toBe(1);
    await queue.stop();
  });

  it('returns undefined for an unknown id; stop waits for running jobs and refuses new ones', async () => {
    const queue = await open();
    expect(await queue.get('nope')).toBeUndefined();
    let finished = false;
    await queue.work('replay', async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      finished = true;
    });
    const id = await queue.enqueue('replay', { userId: 'u1' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await queue.stop();
    expect(finished).toBe(true);
    expect((await queue.get(id))?.state).toBe('completed');
    await expect(queue.enqueue('replay', { userId: 'u1' })).rejects.toThrow(/stopped/);
  });
});

describe('createInProcessQueue across restarts (jobs kept in server_jobs)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trainkit-queue-restart-'));
  const opened: KyselyStorage[] = [];
  let file = 0;
  let path: string;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => {
    path = join(dir, `queue-${++file}.db`);
  });
  afterEach(async () => {
    for (const storage of opened.splice(0)) await storage.close().catch(() => undefined);
  });

  /** A new "process": its own connection to the database file, and a queue over it. */
  async function start(options: Omit<InProcessQueueOptions, 'storage'> = {}): Promise<{ queue: JobQueue; storage: KyselyStorage }> {
    const storage = await createSqliteStorage({ path, migrate: false });
    opened.push(storage);
    return { queue: await createInProcessQueue({ storage, ...options }), storage };
  }

  /** Starts a job whose handler never returns, as in a process killed mid-job, and closes that process's database. */
  async function crashMidJob(options: Omit<InProcessQueueOptions, 'storage'>, enqueue: (queue: JobQueue) => Promise<string>): Promise<string> {
    // Concurrency 1: once the job runs, this queue touches the database no more.
    const first = await start({ concurrency: 1, ...options });
    let began = 0;
    await first.queue.work('replay', () => {
      began += 1;
      return new Promise<never>(() => undefined);
    });
    const id = await enqueue(first.queue);
    await waitForState(first.queue, id, ['active']);
    expect(began).toBe(1);
    // No stop: the process is gone, its job left `active` in the table.
    await first.storage.close();
    return id;
  }

  it('keeps waiting and finished jobs, and FIFO order, across a new queue on the same database', async () => {
    const first = await start({ concurrency: 1 });
    await first.queue.work('fatigue-refresh', async ({ userId }) => ({ refreshed: userId }));
    const done = await first.queue.enqueue('fatigue-refresh', { userId: 'early' });
    expect(await settled(first.queue, done)).toMatchObject({ state: 'completed', output: { refreshed: 'early' } });
    const waiting = [];
    for (let index = 0; index < 3; index += 1) waiting.push(await first.queue.enqueue('replay', { userId: `u${index}` }));
    await first.queue.stop();
    await first.storage.close();

    const second = await start({ concurrency: 1 });
    expect(await second.queue.get(done)).toMatchObject({ state: 'completed', output: { refreshed: 'early' }, data: { userId: 'early' } });
    expect(await second.queue.get(waiting[0]!)).toMatchObject({ state: 'created', data: { userId: 'u0' } });
    for (let index = 3; index < 5; index += 1) waiting.push(await second.queue.enqueue('replay', { userId: `u${index}` }));
    const order: string[] = [];
    await second.queue.work('replay', async ({ userId }) => {
      order.push(userId);
    });
    await Promise.all(waiting.map((id) => settled(second.queue, id)));
    expect(order).toEqual(['u0', 'u1', 'u2', 'u3', 'u4']);
    await second.queue.stop();
  });

  it('runs a job left `active` by a process that died again, once, when the new queue starts', async () => {
    const id = await crashMidJob({ retryLimit: 2 }, (queue) => queue.enqueue('replay', { userId: 'u1', provider: 'whoop' }));
    const second = await start({ retryLimit: 2 });
    expect(await second.queue.get(id)).toMatchObject({ state: 'retry', error: expect.stringMatching(/^interrupted: the server stopped while this job ran \(attempt 1 of 3\)/) });
    const runs: unknown[] = [];
    await second.queue.work('replay', async (data) => {
      runs.push(data);
      return 'replayed';
    });
    const job = await settled(second.queue, id);
    expect(job).toMatchObject({ state: 'completed', output: 'replayed' });
    expect(job.error).toBeUndefined();
    expect(runs).toEqual([{ userId: 'u1', provider: 'whoop' }]);
    await second.queue.stop();
  });

  it('fails an interrupted job that has no attempt left instead of running it again', async () => {
    const id = await crashMidJob({ retryLimit: 0 }, (queue) => queue.enqueue('replay', { userId: 'u1' }));
    const second = await start({ retryLimit: 0 });
    let runs = 0;
    await second.queue.work('replay', async () => {
      runs += 1;
    });
    expect(await second.queue.get(id)).toMatchObject({ state: 'failed', error: 'interrupted: the server stopped while this job ran (attempt 1 of 1)' });
    const other = await second.queue.enqueue('replay', { userId: 'u2' });
    await settled(second.queue, other);
    expect(runs).toBe(1);
    await second.queue.stop();
  });

  it('keeps singleton keys across a restart: a waiting or interrupted job still holds its key', async () => {
    const first = await start();
    const waiting = await first.queue.enqueue('fatigue-refresh', { userId: 'u1' }, { singletonKey: 'u1' });
    await first.queue.stop();
    await first.storage.close();
    const interrupted = await crashMidJob({}, (queue) => queue.enqueue('replay', { userId: 'u2' }, { singletonKey: 'u2' }));

    const last = await start();
    expect(await last.queue.enqueue('fatigue-refresh', { userId: 'u1' }, { singletonKey: 'u1' })).toBe(waiting);
    expect(await last.queue.enqueue('replay', { userId: 'u2' }, { singletonKey: 'u2' })).toBe(interrupted);
    await last.queue.work('fatigue-refresh', async () => undefined);
    await last.queue.work('replay', async () => undefined);
    await settled(last.queue, waiting);
    await settled(last.queue, interrupted);
    expect(await last.queue.enqueue('replay', { userId: 'u2' }, { singletonKey: 'u2' })).not.toBe(interrupted);
    await last.queue.stop();
  });

  it('deletes completed and failed jobs older than the retention at start, and keeps newer and waiting ones', async () => {
    let now = Date.parse('2024-06-01T12:00:00Z');
    const clock = () => new Date(now);
    const first = await start({ clock, retryLimit: 0 });
    await first.queue.work('replay', async ({ userId }) => {
      if (userId === 'broken') throw new Error('broken');
    });
    const oldCompleted = await first.queue.enqueue('replay', { userId: 'old' });
    const oldFailed = await first.queue.enqueue('replay', { userId: 'broken' });
    const neverWorked = await first.queue.enqueue('sync', { userId: 'u1', provider: 'whoop' });
    await settled(first.queue, oldCompleted);
    await settled(first.queue, oldFailed);
    now += 3 * 86_400_000;
    const recent = await first.queue.enqueue('replay', { userId: 'recent' });
    await settled(first.queue, recent);
    await first.queue.stop();
    await first.storage.close();

    now += 5 * 86_400_000;
    const second = await start({ clock, retentionDays: 7 });
    expect(await second.queue.get(oldCompleted)).toBeUndefined();
    expect(await second.queue.get(oldFailed)).toBeUndefined();
    expect(await second.queue.get(recent)).toMatchObject({ state: 'completed' });
    expect(await second.queue.get(neverWorked)).toMatchObject({ state: 'created' });
    await second.queue.stop();
  });
});

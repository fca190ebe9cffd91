/**
 * The in-process queue (SQLite): FIFO start order, bounded concurrency, retries up to the limit with the error of
 * each attempt visible, `failed` after the limit, singleton keys, jobs waiting for their worker, and stop.
 */
import { describe, expect, it } from 'vitest';
import { createInProcessQueue } from './in-process-queue.js';
import type { JobQueue, JobState } from './job-queue.js';

async function settled(queue: JobQueue, id: string, timeoutMs = 5000): Promise<JobState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await queue.get(id);
    if (job !== undefined && (job.state === 'completed' || job.state === 'failed')) return job;
    if (Date.now() > deadline) throw new Error(`job ${id} did not finish: ${JSON.stringify(job)}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('createInProcessQueue', () => {
  it('starts jobs in FIFO order, one at a time with concurrency 1, and keeps their output', async () => {
    const queue = createInProcessQueue({ concurrency: 1 });
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
    const queue = createInProcessQueue({ concurrency: 3 });
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
    const queue = createInProcessQueue({ retryLimit: 2, retryDelayMs: 30 });
    let attempts = 0;
    await queue.work('replay', async () => {
      attempts += 1;
      if (attempts < 3) throw new Error(`attempt ${attempts} broke`);
      return 'done';
    });
    const id = await queue.enqueue('replay', { userId: 'u1' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await queue.get(id)).toMatchObject({ state: 'retry', error: 'attempt 1 broke' });
    const job = await settled(queue, id);
    expect(job).toMatchObject({ state: 'completed', output: 'done' });
    expect(job.error).toBeUndefined();
    expect(attempts).toBe(3);
    await queue.stop();
  });

  it('fails a job after 1 + retryLimit attempts, with the last error, and keeps working other jobs', async () => {
    const queue = createInProcessQueue({ retryLimit: 1, retryDelayMs: 0 });
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
    const queue = createInProcessQueue();
    const first = await queue.enqueue('fatigue-refresh', { userId: 'u1' }, { singletonKey: 'u1' });
    expect(await queue.enqueue('fatigue-refresh', { userId: 'u1' }, { singletonKey: 'u1' })).toBe(first);
    expect(await queue.enqueue('fatigue-refresh', { userId: 'u2' }, { singletonKey: 'u2' })).not.toBe(first);
    await queue.work('fatigue-refresh', async () => undefined);
    await settled(queue, first);
    expect(await queue.enqueue('fatigue-refresh', { userId: 'u1' }, { singletonKey: 'u1' })).not.toBe(first);
    await queue.stop();
  });

  it('returns undefined for an unknown id; stop waits for running jobs and refuses new ones', async () => {
    const queue = createInProcessQueue();
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

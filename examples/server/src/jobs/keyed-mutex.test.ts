/**
 * The per-user lock of fatigue refreshes in one process: random interleavings of refresh jobs of two users, run by
 * the in-process queue with several slots, never overlap for one user, run in enqueue order per user, and do
 * overlap across users (the lock is per user, not global).
 */
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createInProcessQueue } from './in-process-queue.js';
import { createKeyedMutex } from './keyed-mutex.js';

describe('createKeyedMutex', () => {
  it('property: refreshes of one user never interleave, whatever the request order and timing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ user: fc.constantFrom('alice', 'bob'), steps: fc.integer({ min: 1, max: 4 }), delay: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 16 }),
        fc.integer({ min: 1, max: 4 }),
        async (requests, concurrency) => {
          const lock = createKeyedMutex();
          const storage = await createSqliteStorage({ path: ':memory:', migrate: false });
          const queue = await createInProcessQueue({ storage, concurrency, retryLimit: 0 });
          const active = new Map<string, number>();
          const log: string[] = [];
          let violations = 0;
          const delays = new Map<string, { steps: number; delay: number }>();
          await queue.work('fatigue-refresh', async ({ userId }, job) =>
            lock(userId, async () => {
              const { steps, delay } = delays.get(job.id)!;
              active.set(userId, (active.get(userId) ?? 0) + 1);
              if (active.get(userId)! > 1) violations += 1;
              log.push(`${userId}:${job.id}`);
              // Several awaits in the "refresh": other jobs get every chance to run in between.
              for (let step = 0; step < steps; step += 1) await new Promise((resolve) => setTimeout(resolve, delay));
              active.set(userId, active.get(userId)! - 1);
            }),
          );
          const ids: { id: string; user: string }[] = [];
          for (const request of requests) {
            const id = await queue.enqueue('fatigue-refresh', { userId: request.user });
            delays.set(id, request);
            ids.push({ id, user: request.user });
          }
          for (let waited = 0; waited < 2000 && log.length < requests.length; waited += 1) await new Promise((resolve) => setTimeout(resolve, 2));
          await queue.stop();
          expect(violations).toBe(0);
          for (const user of ['alice', 'bob']) {
            expect(log.filter((entry) => entry.startsWith(`${user}:`))).toEqual(ids.filter((entry) => entry.user === user).map((entry) => `${user}:${entry.id}`));
          }
          for (const { id } of ids) expect((await queue.get(id))?.state).toBe('completed');
          await storage.close();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('runs different keys concurrently and releases the lock when the work throws', async () => {
    const lock = createKeyedMutex();
    const events: string[] = [];
    const slow = (name: string) => async () => {
      events.push(`${name} start`);
      await new Promise((resolve) => setTimeout(resolve, 10));
      events.push(`${name} end`);
    };
    await Promise.all([lock('a', slow('a')), lock('b', slow('b'))]);
    expect(events.slice(0, 2).sort()).toEqual(['a start', 'b start']);
    await expect(lock('a', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(lock('a', async () => 7)).resolves.toBe(7);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openSyncWorld } from '../test-support/sync-test-world.js';

const PROVIDERS = ['strava', 'whoop', 'oura', 'garmin'] as const;
const INTERRUPTIONS = ['abort', 'throw', 'hang'] as const;

/**
 * Invariant: a sync interrupted at any request (the caller's abort signal fired, the network failing from then on,
 * or the process killed: a request that never returns, leaving its run `running`), then resumed by later syncs,
 * ends with exactly the canonical tables and raw lake of one uninterrupted sync: nothing lost, nothing duplicated.
 */
describe.each(PROVIDERS)('%s: a sync interrupted at a random request and resumed', (provider) => {
  it('ends with the database of an uninterrupted sync', async () => {
    const baseline = await openSyncWorld({ pageSize: 2 });
    const uninterrupted = await baseline.sync({ provider });
    expect(uninterrupted.stopped).toBeNull();
    const expected = await baseline.snapshot();
    const total = baseline.fetchCalls();
    await baseline.close();
    expect(total).toBeGreaterThan(3);

    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: total }), fc.constantFrom(...INTERRUPTIONS), async (at, interruption) => {
        const w = await openSyncWorld({ pageSize: 2 });
        try {
          const controller = new AbortController();
          let reached: () => void = () => undefined;
          const hung = new Promise<void>((resolve) => {
            reached = resolve;
          });
          w.setFetchHook((call) => {
            if (call < at) return;
            if (interruption === 'throw') return 'throw';
            if (call !== at) return;
            if (interruption === 'abort') {
              controller.abort();
              return;
            }
            reached();
            return 'hang';
          });
          if (interruption === 'hang') {
            // The killed process: its sync never settles; its run stays `running`.
            void w.sync({ provider });
            await hung;
            w.restart();
          } else {
            const first = await w.sync({ provider, signal: controller.signal });
            expect(first.run.status).toBe('partial');
            expect(first.stopped?.reason).toBe(interruption === 'abort' ? 'aborted' : 'error');
          }
          w.setFetchHook(null);
          let resumed = await w.sync({ provider });
          for (let attempt = 0; resumed.stopped !== null && attempt < 3; attempt += 1) resumed = await w.sync({ provider });
          expect(resumed.stopped).toBeNull();
          expect(await w.snapshot()).toEqual(expected);
          const runs = await w.storage.ingestionRuns.list(w.userId);
          expect(runs.filter((run) => run.status === 'running')).toEqual([]);
          expect(runs.filter((run) => run.status === 'cancelled').length).toBe(interruption === 'hang' ? 1 : 0);
        } finally {
          await w.close();
        }
      }),
      { numRuns: 6 },
    );
  }, 240_000);
});

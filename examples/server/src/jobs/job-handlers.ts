import type { Trainkit } from 'trainkit';
import type { JobHandler, JobName, JobQueue } from './job-queue.js';
import type { UserLock } from './keyed-mutex.js';

/** How many stored webhook deliveries one `webhook-delivery` job processes at most. */
const WEBHOOK_DRAIN_LIMIT = 50;

/** Options of {@link createJobHandlers}. */
export interface JobHandlersOptions {
  readonly trainkit: Trainkit;
  /** Keeps two fatigue refreshes of one user from interleaving: `createKeyedMutex()` or `createPostgresUserLock(url)`. */
  readonly userLock: UserLock;
}

/**
 * The handler of every job, calling the facade: `sync` (`trainkit.connections.sync`), `webhook-delivery`
 * (`trainkit.connections.processWebhook`: one stored delivery; one already processed is returned unchanged, so a job
 * retried after a crash does not apply it twice), `webhook-drain` (`trainkit.connections.drainWebhooks`: deliveries
 * left `received`), `replay` (`trainkit.ingest.replay`, which
 * changes nothing for an unchanged lake) and `fatigue-refresh` (`trainkit.fatigue.refreshState` under the user's lock).
 */
export function createJobHandlers(options: JobHandlersOptions): { readonly [N in JobName]: JobHandler<N> } {
  const { trainkit, userLock } = options;
  return {
    sync: async ({ userId, provider, since }) => {
      const summary = await trainkit.connections.sync({ userId, provider, ...(since === undefined ? {} : { since }) });
      return { runId: summary.run.id, status: summary.run.status, counts: summary.counts, pages: summary.pages, stopped: summary.stopped ?? null };
    },
    'webhook-delivery': async ({ userId, deliveryId }) => {
      const row = await trainkit.connections.processWebhook({ userId, deliveryId });
      if (row === undefined) return { status: 'unknown' };
      // Still `received`: a transient provider failure; throwing makes the queue retry the job later.
      if (row.status === 'received') throw new Error(`webhook delivery ${deliveryId} failed transiently (attempt ${row.attempts}): ${row.error ?? 'no detail'}`);
      return { status: row.status, runId: row.ingestion_run_id, error: row.error };
    },
    'webhook-drain': async () => {
      const result = await trainkit.connections.drainWebhooks({ limit: WEBHOOK_DRAIN_LIMIT });
      return { taken: result.taken, processed: result.processed, ignored: result.ignored, failed: result.failed, pending: result.pending };
    },
    replay: async ({ userId, provider }) => {
      const runs = await trainkit.ingest.replay({ userId, ...(provider === undefined ? {} : { provider: provider as never }) });
      return { runs: runs.map((run) => ({ runId: run.run.id, provider: run.run.provider, status: run.run.status })) };
    },
    'fatigue-refresh': async ({ userId }) => userLock(`fatigue:${userId}`, () => trainkit.fatigue.refreshState({ userId })),
  };
}

/** Starts working every job name on `queue` with the handlers of {@link createJobHandlers}. */
export async function workJobs(queue: JobQueue, options: JobHandlersOptions): Promise<void> {
  const handlers = createJobHandlers(options);
  await queue.work('sync', handlers.sync);
  await queue.work('webhook-delivery', handlers['webhook-delivery']);
  await queue.work('webhook-drain', handlers['webhook-drain']);
  await queue.work('replay', handlers.replay);
  await queue.work('fatigue-refresh', handlers['fatigue-refresh']);
}

import PgBoss from 'pg-boss';
import { JOB_NAMES, type EnqueueOptions, type JobData, type JobHandler, type JobName, type JobQueue, type JobState } from './job-queue.js';

/** Options of {@link createPgBossQueue}. */
export interface PgBossQueueOptions {
  /** The PostgreSQL URL (the server's `DATABASE_URL`); pg-boss keeps its tables in the `pgboss` schema there. */
  readonly connectionString: string;
  /** Jobs of each name this process works at once (default 2). */
  readonly concurrency?: number;
  /** Further attempts after a failure or expiry (default 2). */
  readonly retryLimit?: number;
  /** Seconds before a retry (default 1). */
  readonly retryDelaySeconds?: number;
  /**
   * Seconds a job may stay `active` (default 900). A worker that dies mid-job leaves it `active`; once this passes,
   * pg-boss's maintenance expires it and, within `retryLimit`, another worker takes it again.
   */
  readonly expireInSeconds?: number;
  /** How often an idle worker polls (default 2 s). */
  readonly pollingIntervalSeconds?: number;
  /** How often maintenance (expiry, archiving) runs (default 60 s). */
  readonly maintenanceIntervalSeconds?: number;
}

/**
 * The job queue on PostgreSQL: pg-boss 10 over the server's database, so any number of server and worker processes
 * share one queue. A job is fetched by one worker at a time (`FOR UPDATE SKIP LOCKED`); a failed or expired job is
 * retried up to `retryLimit` times. Delivery is at least once: handlers must be idempotent in effect (the facade's
 * syncs, replays, webhook drains and fatigue refreshes are).
 */
export async function createPgBossQueue(options: PgBossQueueOptions): Promise<JobQueue> {
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const retry = { retryLimit: options.retryLimit ?? 2, retryDelay: options.retryDelaySeconds ?? 1, expireInSeconds: options.expireInSeconds ?? 900 };
  const boss = new PgBoss({
    connectionString: options.connectionString,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
    ...retry,
  });
  boss.on('error', (error: Error) => console.error(`pg-boss: ${error.message}`));
  await boss.start();
  // createQueue is idempotent in effect; a concurrent creation by another process can race, so tolerate that one.
  for (const name of JOB_NAMES) {
    if ((await boss.getQueue(name)) !== null) continue;
    await boss.createQueue(name, { name, policy: 'standard', ...retry }).catch(async (error: unknown) => {
      if ((await boss.getQueue(name)) === null) throw error;
    });
  }
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  // pg-boss 10 workers sleep out the rest of the polling interval even after a job, so a backlog drained at one job
  // per interval per slot (200 webhook jobs took minutes). Notifying a worker skips that sleep: each slot notifies
  // itself after a job (it fetches again at once, and sleeps only when the queue is empty), and a send wakes this
  // process's idle workers of that name. Workers of other processes still pick a new job up within one interval.
  const workerIds = new Map<JobName, string[]>();
  const wake = (name: JobName) => {
    for (const id of workerIds.get(name) ?? []) boss.notifyWorker(id);
  };

  return {
    async enqueue<N extends JobName>(name: N, data: JobData[N], enqueueOptions?: EnqueueOptions) {
      const key = enqueueOptions?.singletonKey;
      const id = await boss.send(name, { ...data }, { ...retry, ...(key === undefined ? {} : { singletonKey: key }) });
      if (id !== null) {
        wake(name);
        return id;
      }
      // Only a singleton key turns a send away: answer with the job that holds the key.
      const db = boss.getDb();
      const found = (await db.executeSql(
        `SELECT id FROM pgboss.job WHERE name = $1 AND singleton_key = $2 AND state < 'completed' ORDER BY created_on DESC LIMIT 1`,
        [name, key],
      )) as { rows: { id: string }[] };
      const existing = found.rows[0]?.id;
      if (existing === undefined) throw new Error(`pg-boss did not accept the ${name} job`);
      return existing;
    },

    async work<N extends JobName>(name: N, handler: JobHandler<N>) {
      // pg-boss 10 hands a worker an array of jobs; batchSize 1 gives one, and one worker per slot gives concurrency.
      const ids = workerIds.get(name) ?? [];
      workerIds.set(name, ids);
      for (let index = 0; index < concurrency; index += 1) {
        // Filled in once work() answers; the handler never runs before (its first fetch is a database round trip).
        const slot: { workerId?: string } = {};
        slot.workerId = await boss.work<JobData[N]>(name, { batchSize: 1, pollingIntervalSeconds }, async (jobs) => {
          const [job] = jobs;
          if (job === undefined) return undefined;
          try {
            return await handler(job.data, { id: job.id, name });
          } finally {
            if (slot.workerId !== undefined) boss.notifyWorker(slot.workerId);
          }
        });
        ids.push(slot.workerId);
      }
    },

    async get(id) {
      // Ids are UUIDs; anything else is unknown (PostgreSQL would reject it as a uuid).
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
      for (const name of JOB_NAMES) {
        const job = await boss.getJobById<Record<string, unknown>>(name, id, { includeArchive: true });
        if (job === null) continue;
        const state = job.state === 'cancelled' ? 'failed' : job.state;
        const output = job.output as unknown;
        const result: JobState = {
          id: job.id,
          name: job.name,
          state,
          data: job.data,
          ...(state === 'completed' ? { output: unwrapOutput(output) } : {}),
          ...(state === 'failed' || state === 'retry' ? { error: errorMessageOf(output) } : {}),
        };
        return result;
      }
      return undefined;
    },

    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

/** pg-boss stores a non-object handler result as `{ value }`. */
function unwrapOutput(output: unknown): unknown {
  if (output !== null && typeof output === 'object' && Object.keys(output).length === 1 && 'value' in output) return (output as { value: unknown }).value;
  return output;
}

function errorMessageOf(output: unknown): string {
  if (output !== null && typeof output === 'object' && 'message' in output) return String((output as { message: unknown }).message);
  return output === null || output === undefined ? 'failed' : JSON.stringify(output);
}

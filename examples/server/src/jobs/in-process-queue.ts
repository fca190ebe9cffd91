import { randomUUID } from 'node:crypto';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import type { EnqueueOptions, JobData, JobHandler, JobName, JobQueue, JobState } from './job-queue.js';
import { SERVER_JOBS_TABLE, ensureServerJobsTable, serverJobsDb, type ServerJobRow } from './server-jobs-table.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How often finished jobs past the retention are deleted while the queue runs (besides at open). */
const PRUNE_INTERVAL_MS = 60 * 60 * 1000;

/** Options of {@link createInProcessQueue}. */
export interface InProcessQueueOptions {
  /** The server's storage: jobs live in its `server_jobs` table, created when missing. */
  readonly storage: KyselyStorage;
  /** Jobs running at once, over all names (default 2). */
  readonly concurrency?: number;
  /** Further attempts after a failure or an interruption (default 2); then the job is `failed`. */
  readonly retryLimit?: number;
  /** Milliseconds before a retry (default 1000). */
  readonly retryDelayMs?: number;
  /** Days a completed or failed job is kept for `get` before it is deleted (default 7). */
  readonly retentionDays?: number;
  /** The time of the timestamps and of the retention (default the system clock). */
  readonly clock?: () => Date;
  /** Where a failure of the queue's own bookkeeping is reported (default `console.error`). */
  readonly log?: (message: string) => void;
}

type JobRun = Pick<ServerJobRow, 'id' | 'name' | 'data_json' | 'attempts'>;

/**
 * The job queue on SQLite: jobs worked in this process and kept in the `server_jobs` table of the server's own
 * database, so queued and running jobs survive a restart. It assumes that **one process owns the database** (as on
 * SQLite, where only the server opens the file): at open, a job still `active` was cut off by the stop of that
 * process and goes back to `retry` (or `failed` once it has had `1 + retryLimit` attempts, so a job that kills the
 * process cannot loop), then runs again; handlers must be idempotent in effect, as the facade's are. Completed and
 * failed jobs older than `retentionDays` are deleted at open and hourly.
 *
 * Jobs start in FIFO order, at most `concurrency` at once; a job whose handler throws is retried after `retryDelayMs`
 * up to `retryLimit` times, then `failed` with the last error. A job whose name has no worker yet waits for one.
 *
 * @example
 * ```ts
 * const queue = await createInProcessQueue({ storage, concurrency: 2 });
 * await queue.work('fatigue-refresh', async ({ userId }) => trainkit.fatigue.refreshState({ userId }));
 * const id = await queue.enqueue('fatigue-refresh', { userId: 'athlete_1' }, { singletonKey: 'athlete_1' });
 * (await queue.get(id))?.state; // 'created', 'active', then 'completed'
 * ```
 */
export async function createInProcessQueue(options: InProcessQueueOptions): Promise<JobQueue> {
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const retryLimit = Math.max(0, options.retryLimit ?? 2);
  const retryDelayMs = Math.max(0, options.retryDelayMs ?? 1000);
  const retentionMs = Math.max(0, options.retentionDays ?? 7) * DAY_MS;
  const clock = options.clock ?? (() => new Date());
  const log = options.log ?? ((message: string) => console.error(message));
  const { storage } = options;
  const db = serverJobsDb(storage);
  const handlers = new Map<JobName, JobHandler<never>>();
  const running = new Set<Promise<void>>();
  let wakeTimer: NodeJS.Timeout | undefined;
  let pumping: Promise<void> | undefined;
  let pumpAgain = false;
  let enqueueing: Promise<unknown> = Promise.resolve();
  let stopped = false;

  await ensureServerJobsTable(storage);
  await requeueInterrupted();
  await pruneFinished();
  const last = await db.selectFrom(SERVER_JOBS_TABLE).select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
  let nextSeq = Number(last?.seq ?? 0) + 1;
  const pruneTimer = setInterval(() => void pruneFinished().catch((error: unknown) => log(`job queue: pruning finished jobs failed: ${messageOf(error)}`)), PRUNE_INTERVAL_MS);
  pruneTimer.unref();

  /** Jobs left `active` by a process that stopped mid-job: the attempt counts, and the job runs again if it may. */
  async function requeueInterrupted(): Promise<void> {
    const now = clock().toISOString();
    const interrupted = await db.selectFrom(SERVER_JOBS_TABLE).select(['id', 'attempts']).where('state', '=', 'active').execute();
    for (const job of interrupted) {
      const exhausted = job.attempts > retryLimit;
      const error = `interrupted: the server stopped while this job ran (attempt ${job.attempts} of ${retryLimit + 1})${exhausted ? '' : '; it runs again'}`;
      await db
        .updateTable(SERVER_JOBS_TABLE)
        .set(exhausted ? { state: 'failed', error, finished_at: now } : { state: 'retry', error, run_after: now })
        .where('id', '=', job.id)
        .execute();
    }
  }

  async function pruneFinished(): Promise<void> {
    const cutoff = new Date(clock().getTime() - retentionMs).toISOString();
    await db.deleteFrom(SERVER_JOBS_TABLE).where('state', 'in', ['completed', 'failed']).where('finished_at', '<', cutoff).execute();
  }

  /** Starts due jobs up to the concurrency; one pass at a time, another pass when asked for meanwhile. */
  function pump(): void {
    if (stopped) return;
    if (pumping !== undefined) {
      pumpAgain = true;
      return;
    }
    pumping = (async () => {
      do {
        pumpAgain = false;
        await startDueJobs();
      } while (pumpAgain && !stopped);
    })()
      .catch((error: unknown) => log(`job queue: starting jobs failed: ${messageOf(error)}`))
      .finally(() => {
        pumping = undefined;
        // Asked for after the last pass checked: one more.
        if (pumpAgain) pump();
      });
  }

  async function startDueJobs(): Promise<void> {
    while (!stopped && running.size < concurrency && handlers.size > 0) {
      const now = clock().toISOString();
      const next = await waiting()
        .select(['id', 'name', 'data_json', 'attempts'])
        .where('run_after', '<=', now)
        .orderBy('seq')
        .limit(1)
        .executeTakeFirst();
      if (next === undefined) return wakeAtNextRetry();
      const attempt: JobRun = { ...next, attempts: next.attempts + 1 };
      await db.updateTable(SERVER_JOBS_TABLE).set({ state: 'active', attempts: attempt.attempts, started_at: now }).where('id', '=', next.id).execute();
      const run = execute(attempt).finally(() => {
        running.delete(run);
        pump();
      });
      running.add(run);
    }
  }

  /** Jobs waiting to start (`created`, or `retry` after a failure) that this process has a worker for. */
  function waiting() {
    return db.selectFrom(SERVER_JOBS_TABLE).where('state', 'in', ['created', 'retry']).where('name', 'in', [...handlers.keys()]);
  }

  async function wakeAtNextRetry(): Promise<void> {
    const next = await waiting().select((eb) => eb.fn.min('run_after').as('run_after')).executeTakeFirst();
    if (next?.run_after === undefined || next.run_after === null || stopped) return;
    clearTimeout(wakeTimer);
    wakeTimer = setTimeout(pump, Math.max(0, Date.parse(next.run_after) - clock().getTime()));
  }

  async function execute(job: JobRun): Promise<void> {
    const handler = handlers.get(job.name as JobName) as JobHandler | undefined;
    let outcome: { readonly output: string | null } | { readonly error: string };
    try {
      const output: unknown = await handler!(JSON.parse(job.data_json) as never, { id: job.id, name: job.name as JobName });
      outcome = { output: output === undefined ? null : JSON.stringify(output) };
    } catch (error) {
      outcome = { error: messageOf(error) };
    }
    const now = clock();
    try {
      if ('output' in outcome) {
        await finish(job.id, { state: 'completed', output_json: outcome.output, error: null, finished_at: now.toISOString() });
      } else if (job.attempts > retryLimit) {
        await finish(job.id, { state: 'failed', error: outcome.error, finished_at: now.toISOString() });
      } else {
        await finish(job.id, { state: 'retry', error: outcome.error, run_after: new Date(now.getTime() + retryDelayMs).toISOString() });
      }
    } catch (error) {
      // The job stays `active` in the table; the next start of the server runs it again.
      log(`job queue: recording the outcome of job ${job.id} (${job.name}) failed: ${messageOf(error)}`);
    }
  }

  async function finish(id: string, values: Partial<ServerJobRow>): Promise<void> {
    await db.updateTable(SERVER_JOBS_TABLE).set(values).where('id', '=', id).execute();
  }

  /** Runs `work` after every earlier enqueue, so two enqueues of one singleton key cannot both insert. */
  function serialized<T>(work: () => Promise<T>): Promise<T> {
    const result = enqueueing.then(work);
    enqueueing = result.catch(() => undefined);
    return result;
  }

  return {
    async enqueue<N extends JobName>(name: N, data: JobData[N], enqueueOptions?: EnqueueOptions) {
      if (stopped) throw new Error('the job queue is stopped');
      const key = enqueueOptions?.singletonKey;
      const id = await serialized(async () => {
        if (key !== undefined) {
          const holder = await db
            .selectFrom(SERVER_JOBS_TABLE)
            .select('id')
            .where('name', '=', name)
            .where('singleton_key', '=', key)
            .where('state', 'in', ['created', 'active', 'retry'])
            .executeTakeFirst();
          if (holder !== undefined) return holder.id;
        }
        const now = clock().toISOString();
        const job: ServerJobRow = {
          id: randomUUID(), seq: nextSeq++, name, data_json: JSON.stringify(data), state: 'created', singleton_key: key ?? null,
          attempts: 0, output_json: null, error: null, run_after: now, created_at: now, started_at: null, finished_at: null,
        };
        await db.insertInto(SERVER_JOBS_TABLE).values(job).execute();
        return job.id;
      });
      pump();
      return id;
    },

    async work<N extends JobName>(name: N, handler: JobHandler<N>) {
      handlers.set(name, handler as JobHandler<never>);
      pump();
    },

    async get(id) {
      const row = await db.selectFrom(SERVER_JOBS_TABLE).selectAll().where('id', '=', id).executeTakeFirst();
      if (row === undefined) return undefined;
      const state: JobState = {
        id: row.id,
        name: row.name,
        state: row.state,
        data: JSON.parse(row.data_json) as Record<string, unknown>,
        ...(row.state === 'completed' ? { output: row.output_json === null ? undefined : (JSON.parse(row.output_json) as unknown) } : {}),
        ...(row.error === null ? {} : { error: row.error }),
      };
      return state;
    },

    async stop() {
      stopped = true;
      clearTimeout(wakeTimer);
      clearInterval(pruneTimer);
      // A pass may be starting a job right now: wait for it, so that job is among those awaited.
      await pumping;
      await Promise.allSettled([...running]);
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

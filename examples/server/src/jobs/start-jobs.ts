import type { KyselyStorage } from '@trainkit/storage-kysely';
import type { Trainkit } from 'trainkit';
import { createInProcessQueue } from './in-process-queue.js';
import { workJobs } from './job-handlers.js';
import type { JobQueue } from './job-queue.js';
import { createKeyedMutex } from './keyed-mutex.js';
import { createPgBossQueue } from './pg-boss-queue.js';
import { createPostgresUserLock } from './postgres-user-lock.js';

/** Options of {@link startJobs}. */
export interface StartJobsOptions {
  readonly trainkit: Trainkit;
  /** The server's storage: on SQLite the in-process queue keeps its jobs in its `server_jobs` table. */
  readonly storage: KyselyStorage;
  /** `postgres://...`: pg-boss and the advisory-lock user lock; otherwise the in-process queue and a keyed mutex. */
  readonly databaseUrl: string | undefined;
  /** Only work jobs (a worker process); the caller serves no HTTP. */
  readonly workerOnly: boolean;
  /** `TRAINKIT_ROLE` and the `TRAINKIT_JOB_*` tuning variables (`TRAINKIT_JOB_RETENTION_DAYS`: in-process queue only). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Starts the job queue of a process. SQLite: the in-process queue, worked in this process, its jobs kept in the
 * database (jobs a stopped process left unfinished run again now). PostgreSQL: pg-boss over
 * the same database; this process works jobs unless `TRAINKIT_ROLE=server` (then only the worker processes do).
 */
export async function startJobs(options: StartJobsOptions): Promise<{ readonly queue: JobQueue; stop(): Promise<void> }> {
  const { trainkit, env } = options;
  const url = options.databaseUrl?.trim() ?? '';
  const tuning = {
    ...numberOf(env, 'TRAINKIT_JOB_CONCURRENCY', 'concurrency'),
    ...numberOf(env, 'TRAINKIT_JOB_RETRY_LIMIT', 'retryLimit'),
  };
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    const queue = await createInProcessQueue({
      storage: options.storage,
      ...tuning,
      ...numberOf(env, 'TRAINKIT_JOB_RETRY_DELAY_SECONDS', 'retryDelayMs', 1000),
      ...numberOf(env, 'TRAINKIT_JOB_RETENTION_DAYS', 'retentionDays'),
    });
    await workJobs(queue, { trainkit, userLock: createKeyedMutex() });
    return { queue, stop: () => queue.stop() };
  }
  const queue = await createPgBossQueue({
    connectionString: url,
    ...tuning,
    ...numberOf(env, 'TRAINKIT_JOB_RETRY_DELAY_SECONDS', 'retryDelaySeconds'),
    ...numberOf(env, 'TRAINKIT_JOB_EXPIRE_SECONDS', 'expireInSeconds'),
    ...numberOf(env, 'TRAINKIT_JOB_POLL_SECONDS', 'pollingIntervalSeconds'),
    ...numberOf(env, 'TRAINKIT_JOB_MAINTENANCE_SECONDS', 'maintenanceIntervalSeconds'),
  });
  const working = options.workerOnly || env.TRAINKIT_ROLE !== 'server';
  const userLock = working ? createPostgresUserLock(url) : undefined;
  if (userLock !== undefined) await workJobs(queue, { trainkit, userLock });
  return {
    queue,
    stop: async () => {
      await queue.stop();
      await userLock?.close();
    },
  };
}

function numberOf<K extends string>(env: StartJobsOptions['env'], name: string, key: K, scale = 1): Partial<Record<K, number>> {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return {};
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return { [key]: value * scale } as Partial<Record<K, number>>;
}

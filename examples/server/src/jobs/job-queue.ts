import type { ConnectProvider, ScheduledWebhookDelivery } from 'trainkit';

/** The data of every job, by name. Jobs of a user carry `userId`, so a route can refuse another user's job (404). */
export interface JobData {
  readonly sync: { readonly userId: string; readonly provider: ConnectProvider; readonly since?: string };
  /** One stored webhook delivery, handed on by the webhook handler (`scheduleWebhook`). */
  readonly 'webhook-delivery': ScheduledWebhookDelivery;
  /** A sweep of deliveries still `received` (a lost enqueue, a crash): at start and every few minutes. */
  readonly 'webhook-drain': Record<string, never>;
  readonly replay: { readonly userId: string; readonly provider?: string };
  readonly 'fatigue-refresh': { readonly userId: string };
}

/** A job name. */
export type JobName = keyof JobData;

/** Every job name, in a stable order. */
export const JOB_NAMES = ['sync', 'webhook-delivery', 'webhook-drain', 'replay', 'fatigue-refresh'] as const satisfies readonly JobName[];

/** Where a job is: waiting (`created`), running (`active`), waiting for another attempt (`retry`), or done. */
export type JobStatus = 'created' | 'active' | 'completed' | 'failed' | 'retry';

/** A job as `JobQueue.get` returns it: the output once completed, the last error message once failed or retrying. */
export interface JobState {
  readonly id: string;
  readonly name: string;
  readonly state: JobStatus;
  readonly data: Record<string, unknown>;
  readonly output?: unknown;
  readonly error?: string;
}

/** Runs one job; what it returns becomes the job's output, what it throws its error (and a retry, up to the limit). */
export type JobHandler<N extends JobName = JobName> = (data: JobData[N], job: { readonly id: string; readonly name: N }) => Promise<unknown>;

/** Options of `JobQueue.enqueue`. */
export interface EnqueueOptions {
  /** At most one job with this key waits or runs at once; enqueueing another returns the existing job's id. */
  readonly singletonKey?: string;
}

/**
 * The job queue of the server: the in-process queue on SQLite (`createInProcessQueue`), pg-boss on PostgreSQL
 * (`createPgBossQueue`) so any number of server and worker processes share one queue.
 */
export interface JobQueue {
  /** Adds a job and returns its id. */
  enqueue<N extends JobName>(name: N, data: JobData[N], options?: EnqueueOptions): Promise<string>;
  /** Starts working jobs of `name` in this process with `handler`. */
  work<N extends JobName>(name: N, handler: JobHandler<N>): Promise<void>;
  /** A job by id, `undefined` when unknown. */
  get(id: string): Promise<JobState | undefined>;
  /** Stops working: running jobs finish first (in process) or are left to expire and be retried (pg-boss). */
  stop(): Promise<void>;
}

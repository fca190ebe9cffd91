import { randomUUID } from 'node:crypto';
import type { EnqueueOptions, JobData, JobHandler, JobName, JobQueue, JobState, JobStatus } from './job-queue.js';

/** Options of {@link createInProcessQueue}. */
export interface InProcessQueueOptions {
  /** Jobs running at once, over all names (default 2). */
  readonly concurrency?: number;
  /** Further attempts after a failure (default 2); then the job is `failed`. */
  readonly retryLimit?: number;
  /** Milliseconds before a retry (default 1000). */
  readonly retryDelayMs?: number;
  /** Finished jobs kept for `get` (default 10 000; the oldest are forgotten first). */
  readonly keepFinished?: number;
}

interface Entry {
  readonly id: string;
  readonly name: JobName;
  readonly data: Record<string, unknown>;
  readonly singletonKey: string | undefined;
  state: JobStatus;
  attempts: number;
  output?: unknown;
  error?: string;
}

/**
 * The job queue on SQLite: one process, state in memory (lost on restart, like the process's own work). Jobs start
 * in FIFO order, at most `concurrency` at once; a job whose handler throws is retried after `retryDelayMs` up to
 * `retryLimit` times, then `failed` with the last error. A job whose name has no worker yet waits for one.
 */
export function createInProcessQueue(options: InProcessQueueOptions = {}): JobQueue {
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const retryLimit = Math.max(0, options.retryLimit ?? 2);
  const retryDelayMs = Math.max(0, options.retryDelayMs ?? 1000);
  const keepFinished = Math.max(1, options.keepFinished ?? 10_000);
  const jobs = new Map<string, Entry>();
  const finished: string[] = [];
  const waiting: Entry[] = [];
  const handlers = new Map<JobName, JobHandler<never>>();
  const timers = new Set<NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  let stopped = false;

  function pump(): void {
    while (!stopped && running.size < concurrency) {
      const index = waiting.findIndex((entry) => handlers.has(entry.name));
      if (index < 0) return;
      const [entry] = waiting.splice(index, 1);
      const run = execute(entry!).finally(() => {
        running.delete(run);
        pump();
      });
      running.add(run);
    }
  }

  async function execute(entry: Entry): Promise<void> {
    const handler = handlers.get(entry.name) as JobHandler | undefined;
    entry.state = 'active';
    entry.attempts += 1;
    try {
      entry.output = await handler!(entry.data as never, { id: entry.id, name: entry.name });
      entry.state = 'completed';
      delete entry.error;
      finish(entry);
    } catch (error) {
      entry.error = error instanceof Error ? error.message : String(error);
      if (entry.attempts > retryLimit) {
        entry.state = 'failed';
        finish(entry);
        return;
      }
      entry.state = 'retry';
      const timer = setTimeout(() => {
        timers.delete(timer);
        entry.state = 'created';
        waiting.push(entry);
        pump();
      }, retryDelayMs);
      timers.add(timer);
    }
  }

  function finish(entry: Entry): void {
    finished.push(entry.id);
    while (finished.length > keepFinished) jobs.delete(finished.shift()!);
  }

  return {
    async enqueue<N extends JobName>(name: N, data: JobData[N], enqueueOptions?: EnqueueOptions) {
      if (stopped) throw new Error('the job queue is stopped');
      const key = enqueueOptions?.singletonKey;
      if (key !== undefined) {
        for (const entry of jobs.values()) {
          if (entry.name === name && entry.singletonKey === key && entry.state !== 'completed' && entry.state !== 'failed') return entry.id;
        }
      }
      const entry: Entry = { id: randomUUID(), name, data: { ...data }, singletonKey: key, state: 'created', attempts: 0 };
      jobs.set(entry.id, entry);
      waiting.push(entry);
      queueMicrotask(pump);
      return entry.id;
    },

    async work<N extends JobName>(name: N, handler: JobHandler<N>) {
      handlers.set(name, handler as JobHandler<never>);
      pump();
    },

    async get(id) {
      const entry = jobs.get(id);
      if (entry === undefined) return undefined;
      const state: JobState = {
        id: entry.id,
        name: entry.name,
        state: entry.state,
        data: { ...entry.data },
        ...(entry.state === 'completed' ? { output: entry.output } : {}),
        ...(entry.error === undefined ? {} : { error: entry.error }),
      };
      return state;
    },

    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.allSettled([...running]);
    },
  };
}

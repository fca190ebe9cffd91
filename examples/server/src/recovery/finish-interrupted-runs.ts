import { toInstant, type IngestionRunId, type UserId } from '@trainkit/core';
import type { KyselyStorage } from '@trainkit/storage-kysely';

/** An ingestion run that {@link finishInterruptedRuns} finished. */
export interface InterruptedRun {
  readonly runId: string;
  readonly userId: string;
  readonly provider: string;
  readonly kind: string;
}

/**
 * Why an interrupted run of `kind` was cancelled, and what to do about it: send the file again, or sync again (a
 * sync job the queue kept runs again by itself and continues from the run's cursor). Both are safe because
 * ingestion is idempotent.
 *
 * @example
 * ```ts
 * interruptedRunMessage('file_import'); // 'interrupted: the server stopped during this file import; ...'
 * ```
 */
export function interruptedRunMessage(kind: string): string {
  const [what, retry] =
    kind === 'file_import'
      ? ['file import', 'Send the file again']
      : kind === 'sync' || kind === 'backfill'
        ? [kind, `Run the ${kind} again (a queued sync job runs again by itself; it continues from this run's cursor)`]
        : [`${kind} run`, 'Running it again'];
  return (
    `interrupted: the server stopped during this ${what}; what it stored before is kept. ${retry}: that is safe, ` +
    'ingestion is idempotent (the same data again changes nothing).'
  );
}

/**
 * Finishes every ingestion run still `running` as `cancelled`, with {@link interruptedRunMessage}. Call it at start,
 * before any job or request runs, and **only when this process alone owns the database** (SQLite: the server is the
 * only process using the file): then a `running` run can only have been cut off by a crash or restart, since
 * the process that ran it is gone. On PostgreSQL other processes may be running those runs: do not call it there.
 * The run's cursor and counts are kept, so a sync continues where the interrupted one stopped.
 *
 * @example
 * ```ts
 * if (storage.dialect === 'sqlite') {
 *   const interrupted = await finishInterruptedRuns(storage);
 *   console.log(`${interrupted.length} interrupted runs cancelled`);
 * }
 * ```
 */
export async function finishInterruptedRuns(storage: KyselyStorage, options: { readonly now?: Date } = {}): Promise<InterruptedRun[]> {
  const now = options.now ?? new Date();
  // Read across users with kysely (no repository lists every user's runs); write through the repository.
  const running = await storage.kysely
    .selectFrom('external_ingestion_runs')
    .select(['id', 'user_id', 'provider', 'kind', 'started_at'])
    .where('status', '=', 'running')
    .orderBy('started_at')
    .execute();
  const finished: InterruptedRun[] = [];
  for (const run of running) {
    const startedAt = new Date(run.started_at).getTime();
    await storage.ingestionRuns.finish(String(run.user_id) as UserId, String(run.id) as IngestionRunId, {
      status: 'cancelled',
      // Never before the start: a clock set back since then must not make the run end before it began.
      finished_at: toInstant(Math.max(now.getTime(), startedAt)),
      error: interruptedRunMessage(String(run.kind)),
    });
    finished.push({ runId: String(run.id), userId: String(run.user_id), provider: String(run.provider), kind: String(run.kind) });
  }
  return finished;
}

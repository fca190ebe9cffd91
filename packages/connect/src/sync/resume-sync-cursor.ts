import { toInstant, type ExternalIngestionRunRow, type IngestionRunId, type TrainkitStorage, type UserId } from '@trainkit/core';
import type { ConnectProvider } from '../connect-provider.js';
import { readSyncCursor, type SyncCursor } from './sync-cursor.js';

/** How many of the latest sync runs are searched for a cursor to resume from. */
const RUNS_SEARCHED = 50;

/**
 * Where the next sync of `provider` for a user resumes: the newest cursor (see `SyncCursorSchema`) among the user's
 * latest `sync` / `backfill` runs of that provider, whatever their status (each cursor is written only after the
 * pages it covers were stored). Runs still `running` were left by a process that stopped (killed, crashed): they are
 * finished `cancelled` first, and their cursor is continued. A run whose `cursor_json` is not a sync cursor (killed
 * between a page's storage and its cursor update) is passed over: the older cursor re-fetches that page, which the
 * raw lake stores as unchanged. `null` when no run has a cursor (the first sync).
 *
 * @example
 * ```ts
 * const cursor = await resumeSyncCursor({ storage, userId: 'usr_1', provider: 'strava', now: new Date() });
 * cursor?.incremental?.resources.activities?.next; // the Strava page to fetch next, when a pass is unfinished
 * ```
 */
export async function resumeSyncCursor(input: {
  readonly storage: TrainkitStorage;
  readonly userId: string;
  readonly provider: ConnectProvider;
  readonly now: Date;
}): Promise<SyncCursor | null> {
  const { storage, provider, now } = input;
  const userId = input.userId as UserId;
  const runs = await storage.ingestionRuns.list(userId, {
    where: { provider, kind: ['sync', 'backfill'] },
    orderBy: [
      { column: 'started_at', direction: 'desc' },
      { column: 'id', direction: 'desc' },
    ],
    limit: RUNS_SEARCHED,
  });
  for (const run of runs) {
    if (run.status === 'running') await cancelAbandoned(storage, userId, run, now);
  }
  const erasedAt = await lastErasure(storage, userId, provider);
  for (const run of runs) {
    // Data deleted for the provider (a deauthorization, a disconnect with its data) is fetched again in full.
    if (erasedAt !== null && run.started_at <= erasedAt) return null;
    const cursor = readSyncCursor(run.cursor_json, provider);
    if (cursor !== null) return cursor;
  }
  return null;
}

const ERASURE_RUNS_SEARCHED = 200;

/** When the provider's data of this user was last deleted as a whole (`deleteRecords` without ids), or null. */
async function lastErasure(storage: TrainkitStorage, userId: UserId, provider: ConnectProvider): Promise<string | null> {
  const runs = await storage.ingestionRuns.list(userId, {
    where: { provider, status: 'succeeded' },
    orderBy: [
      { column: 'started_at', direction: 'desc' },
      { column: 'id', direction: 'desc' },
    ],
    limit: ERASURE_RUNS_SEARCHED,
  });
  const erasure = runs.find((run) => {
    const stats = run.stats_json;
    return stats !== null && typeof stats === 'object' && !Array.isArray(stats) && stats.operation === 'delete_records' && stats.scope === 'all';
  });
  return erasure?.started_at ?? null;
}

async function cancelAbandoned(storage: TrainkitStorage, userId: UserId, run: ExternalIngestionRunRow, now: Date): Promise<void> {
  const finishedAt = toInstant(Math.max(now.getTime(), Date.parse(run.started_at)));
  await storage.ingestionRuns.finish(userId, run.id as IngestionRunId, {
    status: 'cancelled',
    finished_at: finishedAt,
    error: 'interrupted: the process running this sync stopped before it finished; the next sync continued from its cursor',
  });
}

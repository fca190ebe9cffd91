/**
 * Runs left `running` by a stopped server (SQLite): every user's are finished `cancelled` with a message that says
 * what happened and that repeating the import or sync is safe; a sync run keeps its cursor (the next sync continues
 * from it); finished runs are untouched; a second call finds nothing.
 */
import { toInstant, type IngestionRunId, type UserId } from '@trainkit/core';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { finishInterruptedRuns, interruptedRunMessage } from './finish-interrupted-runs.js';

describe('finishInterruptedRuns', () => {
  let storage: KyselyStorage;
  const alice = 'alice' as UserId;
  const bob = 'bob' as UserId;
  const now = new Date('2024-06-20T12:00:00.000Z');

  beforeEach(async () => {
    storage = await createSqliteStorage({ path: ':memory:', migrate: true });
    for (const id of [alice, bob]) await storage.users.insert({ id, created_at: '2024-01-01T00:00:00.000Z' });
  });
  afterEach(async () => {
    await storage.close();
  });

  async function startRun(userId: UserId, id: string, kind: 'file_import' | 'sync' | 'webhook', provider: 'apple_health' | 'whoop' | 'strava', startedAt: string) {
    await storage.ingestionRuns.start({ id: id as IngestionRunId, user_id: userId, provider, kind, started_at: startedAt });
  }

  it('cancels every user\'s running runs with the message of their kind, keeps cursors and leaves finished runs alone', async () => {
    await startRun(alice, 'run_import', 'file_import', 'apple_health', '2024-06-20T11:00:00.000Z');
    await startRun(alice, 'run_sync', 'sync', 'whoop', '2024-06-20T11:30:00.000Z');
    const cursor = { version: 1, provider: 'whoop', incremental: { next: 'p3' } };
    await storage.ingestionRuns.update(alice, 'run_sync' as IngestionRunId, { cursor_json: cursor });
    await startRun(alice, 'run_done', 'sync', 'whoop', '2024-06-19T08:00:00.000Z');
    await storage.ingestionRuns.finish(alice, 'run_done' as IngestionRunId, { status: 'succeeded', finished_at: toInstant(Date.parse('2024-06-19T08:05:00.000Z')) });
    await startRun(bob, 'run_webhook', 'webhook', 'strava', '2024-06-20T11:59:00.000Z');

    const finished = await finishInterruptedRuns(storage, { now });
    expect(finished).toEqual([
      { runId: 'run_import', userId: 'alice', provider: 'apple_health', kind: 'file_import' },
      { runId: 'run_sync', userId: 'alice', provider: 'whoop', kind: 'sync' },
      { runId: 'run_webhook', userId: 'bob', provider: 'strava', kind: 'webhook' },
    ]);
    for (const [userId, runId, kind] of [[alice, 'run_import', 'file_import'], [alice, 'run_sync', 'sync'], [bob, 'run_webhook', 'webhook']] as const) {
      expect(await storage.ingestionRuns.get(userId, runId as IngestionRunId)).toMatchObject({
        status: 'cancelled', finished_at: now.toISOString(), error: interruptedRunMessage(kind),
      });
    }
    expect((await storage.ingestionRuns.get(alice, 'run_sync' as IngestionRunId))?.cursor_json).toEqual(cursor);
    expect(await storage.ingestionRuns.get(alice, 'run_done' as IngestionRunId)).toMatchObject({ status: 'succeeded', finished_at: '2024-06-19T08:05:00.000Z', error: null });
    expect(await finishInterruptedRuns(storage, { now })).toEqual([]);
  });

  it('never finishes a run before it started, even when the clock was set back', async () => {
    await startRun(alice, 'run_future', 'file_import', 'apple_health', '2024-06-20T13:00:00.000Z');
    await finishInterruptedRuns(storage, { now });
    expect((await storage.ingestionRuns.get(alice, 'run_future' as IngestionRunId))?.finished_at).toBe('2024-06-20T13:00:00.000Z');
  });

  it('says the server stopped, that stored data is kept, and that repeating the import or sync is safe', () => {
    expect(interruptedRunMessage('file_import')).toBe(
      'interrupted: the server stopped during this file import; what it stored before is kept. Send the file again: that is safe, ' +
        'ingestion is idempotent (the same data again changes nothing).',
    );
    expect(interruptedRunMessage('sync')).toMatch(/^interrupted: the server stopped during this sync; .* Run the sync again \(a queued sync job runs again by itself; it continues from this run's cursor\): that is safe/);
    expect(interruptedRunMessage('replay')).toMatch(/^interrupted: the server stopped during this replay run; .* Running it again: that is safe/);
  });
});

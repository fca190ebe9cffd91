import type { IngestionRunId } from '@trainkit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { openSyncWorld, type SyncWorld } from '../test-support/sync-test-world.js';
import { resumeSyncCursor } from './resume-sync-cursor.js';
import { readSyncCursor } from './sync-cursor.js';

const worlds: SyncWorld[] = [];
afterEach(async () => {
  for (const opened of worlds.splice(0)) await opened.close();
});

describe('resumeSyncCursor', () => {
  it('passes over a run whose cursor_json is not a sync cursor, and cancels runs left running', async () => {
    const w = await openSyncWorld({ pageSize: 2 });
    worlds.push(w);
    const first = await w.sync({ provider: 'whoop' });
    const expected = readSyncCursor(first.run.cursor_json, 'whoop');
    // A later run killed between a page's storage (the pipeline leaves `{ next_token }`) and its cursor update.
    w.runtime.advance(60_000);
    const killed = await w.pipeline.openRun({ userId: w.userId, provider: 'whoop', kind: 'sync' });
    await w.storage.ingestionRuns.update(w.userId, killed.id as IngestionRunId, { cursor_json: { next_token: 'OTM4NDU' } });
    const cursor = await resumeSyncCursor({ storage: w.storage, userId: w.userId, provider: 'whoop', now: w.runtime.clock() });
    expect(cursor).toEqual(expected);
    const run = await w.storage.ingestionRuns.get(w.userId, killed.id as IngestionRunId);
    expect(run.status).toBe('cancelled');
    expect(run.error).toMatch(/interrupted/);
    // Other providers' runs are not touched, and have no cursor.
    expect(await resumeSyncCursor({ storage: w.storage, userId: w.userId, provider: 'strava', now: w.runtime.clock() })).toBeNull();
  });

  it('starts over after the provider\'s data was deleted as a whole, and keeps the cursor after a deletion of single records', async () => {
    const w = await openSyncWorld({ pageSize: 2 });
    worlds.push(w);
    const first = await w.sync({ provider: 'whoop' });
    const expected = readSyncCursor(first.run.cursor_json, 'whoop');
    w.runtime.advance(60_000);
    await w.pipeline.deleteRecords({ userId: w.userId, provider: 'whoop', externalIds: ['no-such-record'], reason: 'whoop webhook: workout deleted' });
    expect(await resumeSyncCursor({ storage: w.storage, userId: w.userId, provider: 'whoop', now: w.runtime.clock() })).toEqual(expected);
    w.runtime.advance(60_000);
    await w.pipeline.deleteRecords({ userId: w.userId, provider: 'whoop', reason: 'whoop disconnected with its data' });
    expect(await resumeSyncCursor({ storage: w.storage, userId: w.userId, provider: 'whoop', now: w.runtime.clock() })).toBeNull();
    // The next sync fetches the history again and its cursor is trusted from then on.
    w.runtime.advance(60_000);
    const again = await w.sync({ provider: 'whoop' });
    expect(again.counts.new).toBe(first.counts.new);
    expect(await resumeSyncCursor({ storage: w.storage, userId: w.userId, provider: 'whoop', now: w.runtime.clock() })).toEqual(readSyncCursor(again.run.cursor_json, 'whoop'));
  });
});

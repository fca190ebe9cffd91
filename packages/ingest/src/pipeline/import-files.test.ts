import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TrainkitStorage, UserId } from '@trainkit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateAppleHealthExport } from '../../../providers/src/apple-health/testing/generate-apple-health-export.js';
import type { IngestPipeline, IngestProgress } from '../ingest-pipeline.js';
import { exactDump } from '../test-support/dump-database.js';
import { createUser, openStorage, testPipeline } from '../test-support/ingest-fixtures.js';

let storage: TrainkitStorage;
let user: UserId;
let pipeline: IngestPipeline;
let folder: string;

beforeEach(async () => {
  storage = await openStorage();
  user = await createUser(storage, 'athlete_1', 'America/Los_Angeles');
  pipeline = testPipeline(storage);
  folder = mkdtempSync(join(tmpdir(), 'trainkit-import-'));
});
afterEach(async () => {
  await storage.close();
  rmSync(folder, { recursive: true, force: true });
});

function writeExport(days: number): string {
  const path = join(folder, 'export.xml');
  writeFileSync(path, [...generateAppleHealthExport({ days, seed: 7, routes: false, startDate: '2024-03-01' })].join(''));
  return path;
}

describe('importFiles', () => {
  it('imports an Apple Health export, a FIT file and an unsupported file, one run each, detected by content', async () => {
    writeExport(6);
    copyFileSync(new URL('../../../providers/src/garmin/fixtures/run.fit', import.meta.url), join(folder, 'morning.bin'));
    writeFileSync(join(folder, 'notes.fit'), '<html>not a fit file</html>');
    const progress: IngestProgress[] = [];
    const summaries = await pipeline.importFiles({ userId: user, paths: [folder], onProgress: (report) => progress.push(report) });
    const byProvider = summaries.map((summary) => [summary.run.provider, summary.run.status]);
    expect(byProvider).toEqual([
      ['apple_health', 'succeeded'],
      ['garmin', 'succeeded'],
      ['garmin', 'failed'],
    ]);
    expect(summaries.every((summary) => summary.run.kind === 'file_import')).toBe(true);
    expect(summaries[2]!.failures[0]).toMatchObject({ code: 'unsupported_file' });
    const apple = summaries[0]!;
    expect(apple.counts.new).toBeGreaterThan(10);
    expect(await storage.biometrics.list(user, { limit: 1 })).toHaveLength(1);
    expect((await storage.dailyActivityTotals.list(user)).length).toBeGreaterThan(0);
    expect(progress.some((report) => report.phase === 'writing' && report.path?.endsWith('export.xml') && report.bytesRead === report.bytesTotal)).toBe(true);

    const before = await exactDump(storage, user);
    const again = await pipeline.importFiles({ userId: user, paths: [folder] });
    expect(again[0]!.counts).toMatchObject({ new: 0, updated: 0, unchanged: apple.counts.new });
    expect(await exactDump(storage, user)).toEqual(before);
    const replayed = await pipeline.replay({ userId: user });
    const appleReplay = replayed.find((summary) => summary.run.provider === 'apple_health')!;
    expect(appleReplay.counts).toMatchObject({ updated: 0, failed: 0 });
    expect(appleReplay.counts.unchanged).toBe(apple.counts.new);
    expect(replayed.find((summary) => summary.run.provider === 'garmin')!.counts).toMatchObject({ seen: 1, unchanged: 1, updated: 0, skipped: 0, failed: 0 });
    expect(await exactDump(storage, user)).toEqual(before);
  });

  it('writes the same rows and content hashes when the export is read and hashed in a worker thread', async () => {
    const path = writeExport(4);
    await pipeline.importFiles({ userId: user, paths: [path] });
    const inProcess = await exactDump(storage, user);
    const hashes = (await storage.externalActivityRecords.list(user)).map((row) => [row.external_id, row.content_hash]);

    const other = await openStorage();
    try {
      const otherUser = await createUser(other, 'athlete_1', 'America/Los_Angeles');
      const summaries = await testPipeline(other).importFiles({ userId: otherUser, paths: [path], worker: { minBytes: 0 } });
      expect(summaries.map((summary) => summary.run.status)).toEqual(['succeeded']);
      expect((await other.externalActivityRecords.list(otherUser)).map((row) => [row.external_id, row.content_hash])).toEqual(hashes);
      expect(await exactDump(other, otherUser)).toEqual(inProcess);
    } finally {
      await other.close();
    }
  });
});

describe('importFiles with an abort signal', () => {
  /** Imports `paths`, aborting once the first batch of records is written; the summaries and the records stored then. */
  async function importAborted(paths: string[], worker: boolean) {
    const controller = new AbortController();
    const summaries = await pipeline.importFiles({
      userId: user,
      paths,
      worker: worker ? { minBytes: 0 } : false,
      signal: controller.signal,
      onProgress: (report) => {
        if (report.phase === 'writing') controller.abort(new Error('stopped by the test'));
      },
    });
    return { summaries, stored: (await storage.externalActivityRecords.list(user)).length };
  }

  it.each([false, true])('ends the file being read cancelled, opens no further file, and a later import completes it (worker: %s)', async (worker) => {
    const path = writeExport(40);
    const fit = join(folder, 'morning.fit');
    copyFileSync(new URL('../../../providers/src/garmin/fixtures/run.fit', import.meta.url), fit);

    const { summaries, stored } = await importAborted([path, fit], worker);
    expect(summaries).toHaveLength(1);
    const [cancelled] = summaries;
    expect(cancelled!.run).toMatchObject({ provider: 'apple_health', status: 'cancelled' });
    expect(cancelled!.run.finished_at).not.toBeNull();
    expect(cancelled!.run.error).toBe(`cancelled after ${cancelled!.counts.seen} records: stopped by the test`);
    expect(cancelled!.counts.new).toBe(stored);
    expect(stored).toBeGreaterThan(0);
    const [listed] = await pipeline.listRuns({ userId: user });
    expect(listed!.counts).toEqual(cancelled!.counts);

    const rest = await pipeline.importFiles({ userId: user, paths: [path, fit] });
    expect(rest.map((summary) => summary.run.status)).toEqual(['succeeded', 'succeeded']);
    expect(rest[0]!.counts.unchanged).toBe(stored);
    expect(rest[0]!.counts.new).toBeGreaterThan(0);

    // The same history as one uninterrupted import of both files.
    const other = await openStorage();
    try {
      const otherUser = await createUser(other, 'athlete_1', 'America/Los_Angeles');
      await testPipeline(other).importFiles({ userId: otherUser, paths: [path, fit] });
      const full = await other.externalActivityRecords.list(otherUser);
      expect(full.length).toBe(stored + rest[0]!.counts.new + rest[1]!.counts.new);
      expect((await storage.externalActivityRecords.list(user)).map((row) => [row.external_id, row.content_hash]).sort()).toEqual(
        full.map((row) => [row.external_id, row.content_hash]).sort(),
      );
      expect((await storage.metricSamples.list(user)).length).toBe((await other.metricSamples.list(otherUser)).length);
    } finally {
      await other.close();
    }
  });

  it('opens no run when the signal is already aborted', async () => {
    const path = writeExport(2);
    const summaries = await pipeline.importFiles({ userId: user, paths: [path], signal: AbortSignal.abort() });
    expect(summaries).toEqual([]);
    expect(await pipeline.listRuns({ userId: user })).toEqual([]);
  });
});

describe('replay with an abort signal', () => {
  it('ends the provider being replayed cancelled and replays no further provider', async () => {
    writeExport(6);
    copyFileSync(new URL('../../../providers/src/garmin/fixtures/run.fit', import.meta.url), join(folder, 'morning.fit'));
    await pipeline.importFiles({ userId: user, paths: [folder] });
    const controller = new AbortController();
    const summaries = await pipeline.replay({ userId: user, signal: controller.signal, onProgress: () => controller.abort() });
    expect(summaries.map((summary) => [summary.run.provider, summary.run.kind, summary.run.status])).toEqual([['apple_health', 'replay', 'cancelled']]);
    expect(summaries[0]!.run.error).toMatch(/^cancelled after \d+ records: aborted by the caller$/);
  });
});

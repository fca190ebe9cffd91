import { toInstant, ValidationError, type TrainkitStorage, type UserId } from '@trainkit/core';
import { normalizeAppleHealthRawRecord } from '@trainkit/providers/apple-health';
import type { NormalizationResult } from '@trainkit/providers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INTERRUPTED_AFTER_IDLE_MINUTES, RUN_PROGRESS_EVERY_SECONDS, type IngestPipeline } from '../ingest-pipeline.js';
import { createUser, openStorage, stravaRun, testPipeline, TEST_NOW } from '../test-support/ingest-fixtures.js';
import { progressInstant } from './run-progress.js';

let storage: TrainkitStorage;
let user: UserId;
let pipeline: IngestPipeline;
/** The pipeline's clock, moved by the tests. */
let clock: number;

const minutes = (count: number) => count * 60_000;
const at = (time: number) => toInstant(new Date(time));

beforeEach(async () => {
  storage = await openStorage();
  user = await createUser(storage, 'athlete_1', 'Europe/Berlin');
  clock = Date.parse(TEST_NOW);
  pipeline = testPipeline(storage, { clock: () => new Date(clock) });
});
afterEach(async () => storage.close());

/** A day's Apple Health body-mass group: one raw record per result. */
function bodyMass(day: number): NormalizationResult {
  const date = `2024-06-${String(day).padStart(2, '0')} 07:00:00 +0200`;
  return normalizeAppleHealthRawRecord({
    resource: 'record',
    external_id: `record:HKQuantityTypeIdentifierBodyMass:${day}`,
    raw_payload: [{ type: 'HKQuantityTypeIdentifierBodyMass', sourceName: 'Scale', unit: 'kg', value: '70.5', creationDate: date, startDate: date, endDate: date }],
  });
}

describe('run progress', () => {
  it('records progressed_at and the counts so far while a run writes: at the first batch, then at most every few seconds', async () => {
    const seen: { progressed_at: string | null; stats: unknown }[] = [];
    const results = async function* () {
      for (let day = 1; day <= 4; day += 1) {
        yield bodyMass(day);
        // Resumed when the pipeline asks for the next batch: what another process sees once this one is written.
        const [run] = await storage.ingestionRuns.list(user);
        seen.push({ progressed_at: run!.progressed_at, stats: run!.stats_json });
        clock += (RUN_PROGRESS_EVERY_SECONDS / 2) * 1000;
      }
    };
    const summary = await pipeline.ingestResults({ userId: user, provider: 'apple_health', results: results() });
    expect(summary.run.status).toBe('succeeded');
    const start = Date.parse(TEST_NOW);
    const step = (RUN_PROGRESS_EVERY_SECONDS / 2) * 1000;
    // Batch 1 is recorded, batch 2 (half the period later) is not, batch 3 (a period after batch 1) is, batch 4 not.
    expect(seen.map((entry) => entry.progressed_at)).toEqual([at(start), at(start), at(start + 2 * step), at(start + 2 * step)]);
    expect(seen.map((entry) => (entry.stats as { seen: number }).seen)).toEqual([1, 1, 3, 3]);
    expect(summary.run.progressed_at).toBe(at(start + 2 * step));
  });

  it('a continued run (runId) records progressed_at when each call ends', async () => {
    const open = await pipeline.openRun({ userId: user, provider: 'strava', kind: 'sync' });
    expect(open.progressed_at).toBeNull();
    clock += minutes(2);
    const page = JSON.stringify([stravaRun(1001, { start: '2024-06-12T05:00:00.000Z', seconds: 3600 })]);
    const summary = await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: page, runId: open.id });
    expect(summary.run).toMatchObject({ status: 'running', progressed_at: at(Date.parse(TEST_NOW) + minutes(2)) });
  });
});

describe('closeInterruptedRuns', () => {
  it('closes the running runs idle for longer than the limit as cancelled, keeping their counts, and no others', async () => {
    const start = Date.parse(TEST_NOW);
    const silent = await pipeline.openRun({ userId: user, provider: 'strava', kind: 'sync' });
    const progressed = await pipeline.openRun({ userId: user, provider: 'oura', kind: 'sync' });
    clock += minutes(20);
    await storage.ingestionRuns.update(user, progressed.id, { progressed_at: at(clock), stats_json: { seen: 3, new: 3, updated: 0, unchanged: 0, failed: 0, skipped: 0 } });
    const finished = await pipeline.ingestResults({ userId: user, provider: 'apple_health', results: [bodyMass(1)] });
    const other = await createUser(storage, 'athlete_2');
    await pipeline.openRun({ userId: other, provider: 'strava', kind: 'sync' });

    clock = start + minutes(INTERRUPTED_AFTER_IDLE_MINUTES) - 1;
    expect(await pipeline.closeInterruptedRuns({ userId: user })).toEqual([]);
    clock = start + minutes(INTERRUPTED_AFTER_IDLE_MINUTES);
    const closed = await pipeline.closeInterruptedRuns({ userId: user });
    expect(closed.map((run) => [run.id, run.status, run.error])).toEqual([[silent.id, 'cancelled', `interrupted: no progress since ${TEST_NOW}`]]);
    expect(closed[0]!.finished_at).toBe(at(clock));

    clock += minutes(20);
    const [late] = await pipeline.closeInterruptedRuns({ userId: user });
    expect(late).toMatchObject({ id: progressed.id, status: 'cancelled', error: `interrupted: no progress since ${at(start + minutes(20))}` });
    expect(late!.stats_json).toEqual({ seen: 3, new: 3, updated: 0, unchanged: 0, failed: 0, skipped: 0 });
    expect((await storage.ingestionRuns.get(user, finished.run.id)).status).toBe('succeeded');
    expect((await storage.ingestionRuns.list(other)).map((run) => run.status)).toEqual(['running']);
  });

  it('takes an idle limit in minutes, and rejects one that is not a positive number', async () => {
    await pipeline.openRun({ userId: user, provider: 'strava', kind: 'sync' });
    clock += minutes(5);
    expect(await pipeline.closeInterruptedRuns({ userId: user, idleMinutes: 6 })).toEqual([]);
    expect(await pipeline.closeInterruptedRuns({ userId: user, idleMinutes: 5 })).toHaveLength(1);
    for (const idleMinutes of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      await expect(pipeline.closeInterruptedRuns({ userId: user, idleMinutes })).rejects.toBeInstanceOf(ValidationError);
    }
  });
});

describe('progressInstant', () => {
  it('is now, or the start of the run when the clock was set back before it', async () => {
    const summary = await pipeline.ingestResults({ userId: user, provider: 'apple_health', results: [bodyMass(1)] });
    const { run } = summary;
    expect(progressInstant({ run, now: () => at(clock + 1000) })).toBe(at(clock + 1000));
    expect(progressInstant({ run, now: () => at(clock - 1000) })).toBe(run.started_at);
  });

  it('keeps a continued run valid when the clock goes back between calls', async () => {
    const open = await pipeline.openRun({ userId: user, provider: 'strava', kind: 'sync' });
    clock -= minutes(5);
    const page = JSON.stringify([stravaRun(1001, { start: '2024-06-12T05:00:00.000Z', seconds: 3600 })]);
    const summary = await pipeline.ingestPayload({ userId: user, provider: 'strava', resource: 'activities', payload: page, runId: open.id });
    expect(summary.run.progressed_at).toBe(open.started_at);
  });
});

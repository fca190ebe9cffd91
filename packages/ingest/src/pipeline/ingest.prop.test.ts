import { readFileSync } from 'node:fs';
import type { Provider, UserId } from '@trainkit/core';
import { normalizeGarminFit } from '@trainkit/providers/garmin';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeFitActivity, syntheticRunRecords } from '../../../providers/src/test-support/encode-fit-activity.js';
import type { IngestPipeline } from '../ingest-pipeline.js';
import { exactDump, normalizedDump } from '../test-support/dump-database.js';
import { createUser, garminRun, openStorage, ouraRun, stravaRun, testPipeline, whoopRun } from '../test-support/ingest-fixtures.js';

const fixture = (path: string) => readFileSync(new URL(`../../../providers/src/${path}`, import.meta.url), 'utf8');
const fitFixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../providers/src/garmin/fixtures/${name}`, import.meta.url)));

const A = { start: '2024-06-12T05:00:00.000Z', seconds: 3600 };
const B = { start: '2024-06-13T16:00:00.000Z', seconds: 2700 };
const C = { start: '2024-06-14T06:00:00.000Z', seconds: 1800 };

/** A provider API payload (`ingestPayload`), or a FIT file (`ingestResults` of `normalizeGarminFit`, as `importFiles` does). */
type Payload =
  | { readonly provider: Provider; readonly resource: string; readonly payload: unknown; readonly activityId?: number }
  | { readonly provider: 'garmin'; readonly fit: Uint8Array; readonly fileName: string };

/** The watch's FIT file of session A (a fourth record of it), one record every 10 s. */
const SESSION_A_FIT = encodeFitActivity({
  start: '2024-06-12T05:00:10Z',
  utcOffsetMinutes: 120,
  serialNumber: 3_999_000_111,
  sessions: [
    {
      sport: 'running',
      elapsedSeconds: 3600,
      distanceM: 10_020,
      calories: 650,
      records: syntheticRunRecords({ seconds: 3600 }).filter((record) => record.offsetSeconds % 10 === 0),
    },
  ],
});

/**
 * Payloads of a few days from four providers: one session recorded four times (one a FIT file), one twice, one once,
 * FIT files (a strength session with sets, a multisport file with a record per session, a truncated file), and bad
 * input.
 */
const PAYLOADS: readonly Payload[] = [
  { provider: 'strava', resource: 'activities', payload: [stravaRun(7001, { ...A, avgHr: 149 }), stravaRun(7002, { ...B, avgHr: 131 })] },
  { provider: 'strava', resource: 'activity', payload: { ...stravaRun(7001, { ...A, avgHr: 149 }), resource_state: 3, calories: 690 } },
  { provider: 'strava', resource: 'streams', payload: fixture('strava/fixtures/streams-key-by-type.json'), activityId: 7001 },
  { provider: 'garmin', resource: 'activities', payload: { activities: [garminRun('g7001', { ...A, start: '2024-06-12T05:00:20.000Z', avgHr: 151 }), garminRun('g7003', C)] } },
  {
    provider: 'garmin',
    resource: 'dailies',
    payload: { dailies: [{ summaryId: 'd-1', calendarDate: '2024-06-12', startTimeInSeconds: 1718143200, startTimeOffsetInSeconds: 7200, durationInSeconds: 86400, steps: 15000 }] },
  },
  { provider: 'whoop', resource: 'workouts', payload: { records: [whoopRun('6b1c4c4e-0000-4000-8000-0000000000a1', { ...A, start: '2024-06-12T04:59:00.000Z', avgHr: 145 })], next_token: null } },
  { provider: 'whoop', resource: 'recovery', payload: fixture('whoop/fixtures/recoveries-page.json') },
  { provider: 'oura', resource: 'workout', payload: { data: [ouraRun('oura-b', B)], next_token: null } },
  { provider: 'oura', resource: 'personal_info', payload: fixture('oura/fixtures/personal-info.json') },
  { provider: 'strava', resource: 'activities', payload: '[{"id": 7009, "start_da' },
  { provider: 'garmin', resource: 'activities', payload: '<!DOCTYPE html><html><body>502 Bad Gateway</body></html>' },
  { provider: 'garmin', fit: SESSION_A_FIT, fileName: 'session-a.fit' },
  { provider: 'garmin', fit: fitFixture('strength.fit'), fileName: 'strength.fit' },
  { provider: 'garmin', fit: fitFixture('multisport.fit'), fileName: 'multisport.fit' },
  { provider: 'garmin', fit: fitFixture('truncated.fit'), fileName: 'truncated.fit' },
];

async function ingestEntry(pipeline: IngestPipeline, user: UserId, entry: Payload): Promise<void> {
  if ('fit' in entry) {
    await pipeline.ingestResults({ userId: user, provider: entry.provider, results: [normalizeGarminFit(entry.fit, { fileName: entry.fileName })] });
    return;
  }
  await pipeline.ingestPayload({
    userId: user,
    provider: entry.provider,
    resource: entry.resource,
    payload: entry.payload,
    ...(entry.activityId === undefined ? {} : { options: { activityId: entry.activityId } }),
  });
}

async function ingestAll(sequence: readonly number[]) {
  const storage = await openStorage();
  const user: UserId = await createUser(storage, 'athlete_1', 'Europe/Berlin');
  const pipeline = testPipeline(storage);
  for (const index of sequence) await ingestEntry(pipeline, user, PAYLOADS[index]!);
  return { storage, user, pipeline };
}

const FIT_INDEXES = PAYLOADS.flatMap((entry, index) => ('fit' in entry ? [index] : []));

const INDEXES = PAYLOADS.map((_, index) => index);

/** A set of payloads in random order, some repeated. */
const sequences = fc
  .shuffledSubarray(INDEXES, { minLength: 1 })
  .chain((order) => fc.tuple(fc.constant(order), fc.array(fc.constantFrom(...order), { maxLength: 6 }), fc.nat()))
  .map(([order, repeats, at]) => [...order.slice(0, at % (order.length + 1)), ...repeats, ...order.slice(at % (order.length + 1))]);

/** Every payload, newest first, and again interleaved: the orders most likely to expose order dependence. */
const EXAMPLES: [number[]][] = [[[...INDEXES].reverse()], [[...INDEXES.filter((index) => index % 2 === 1), ...INDEXES, ...INDEXES.filter((index) => index % 2 === 0)]]];

describe('ingestion properties', () => {
  it('ends with the same database whatever the order and repetition of the payloads', async () => {
    await fc.assert(
      fc.asyncProperty(sequences, async (sequence) => {
        const shuffled = await ingestAll(sequence);
        const canonical = await ingestAll([...new Set(sequence)].sort((a, b) => a - b));
        try {
          expect(await normalizedDump(shuffled.storage, shuffled.user)).toEqual(await normalizedDump(canonical.storage, canonical.user));
        } finally {
          await shuffled.storage.close();
          await canonical.storage.close();
        }
      }),
      { numRuns: 12, examples: EXAMPLES },
    );
  });

  it('changes no row when replaying an unchanged lake, and a second replay neither (FIT files read again from the lake)', async () => {
    /** Sequences with at least one FIT file, so every run replays FIT records. */
    const withFit = fc.tuple(sequences, fc.constantFrom(...FIT_INDEXES)).map(([sequence, fit]) => [...sequence, fit]);
    await fc.assert(
      fc.asyncProperty(withFit, async (sequence) => {
        const { storage, user, pipeline } = await ingestAll(sequence);
        try {
          const before = await exactDump(storage, user);
          for (const round of [1, 2]) {
            const summaries = await pipeline.replay({ userId: user });
            for (const summary of summaries) {
              expect(summary.run.kind).toBe('replay');
              expect(summary.counts.updated, `replay ${round}`).toBe(0);
              expect(summary.counts.new).toBe(0);
              expect(summary.counts.skipped, 'every stored record is read again, FIT records included').toBe(0);
            }
            const garmin = summaries.find((summary) => summary.run.provider === 'garmin')!;
            const fitRecords = (before.external_activity_records as { resource: string | null; normalization_status: string }[]).filter((record) => record.resource === 'fit');
            expect(garmin.counts.unchanged).toBeGreaterThanOrEqual(fitRecords.filter((record) => record.normalization_status === 'normalized').length);
            expect(await exactDump(storage, user)).toEqual(before);
          }
        } finally {
          await storage.close();
        }
      }),
      { numRuns: 10, examples: [[FIT_INDEXES], [[...INDEXES]]] },
    );
  });

  it('keeps an unmerge through replays and re-ingestion', async () => {
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray([0, 3, 5], { minLength: 2 }), fc.nat(), async (sequence, pick) => {
        const { storage, user, pipeline } = await ingestAll(sequence);
        try {
          const merged = (await pipeline.listActivities({ userId: user })).find((entry) => entry.sources.length > 1)!;
          const duplicates = merged.sources.filter((source) => source.link_kind === 'duplicate');
          const target = duplicates[pick % duplicates.length]!.record;
          await pipeline.unmerge({ userId: user, activityInstanceId: merged.activity.id, externalRecordId: target.id });
          const afterUnmerge = await exactDump(storage, user);
          await pipeline.replay({ userId: user });
          expect(await exactDump(storage, user)).toEqual(afterUnmerge);
          const normalized = await normalizedDump(storage, user);
          for (const index of sequence) await ingestEntry(pipeline, user, PAYLOADS[index]!);
          await pipeline.replay({ userId: user });
          const final = await normalizedDump(storage, user);
          expect(final.activity_instances).toEqual(normalized.activity_instances);
          expect(final.activity_instance_links).toEqual(normalized.activity_instance_links);
          const split = await storage.activityInstances.findByExternalRecord(user, target.id);
          expect((await storage.activityInstances.listLinks(user, split!.id)).map((link) => link.external_activity_record_id)).toEqual([target.id]);
        } finally {
          await storage.close();
        }
      }),
      { numRuns: 8 },
    );
  });
});

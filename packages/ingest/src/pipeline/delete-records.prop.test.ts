import { readFileSync } from 'node:fs';
import type { UserId } from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IngestPipeline } from '../ingest-pipeline.js';
import { normalizedDump } from '../test-support/dump-database.js';
import { createUser, garminRun, openStorage, stravaRun, testPipeline } from '../test-support/ingest-fixtures.js';

const fixture = (path: string) => readFileSync(new URL(`../../../providers/src/${path}`, import.meta.url), 'utf8');
const STRAVA_STREAMS = fixture('strava/fixtures/streams-key-by-type.json');
const GARMIN_DAILIES = fixture('garmin/fixtures/dailies-push.json');

type Source = 'strava' | 'garmin';

/** One real-world session: which providers recorded it, when, and how their recordings differ. */
interface Session {
  readonly day: number;
  readonly hour: number;
  readonly seconds: number;
  readonly recordedBy: readonly Source[];
  readonly garminLagSeconds: number;
  readonly avgHr: number | undefined;
  readonly streams: boolean;
}

/** A payload as `ingestPayload` takes it, and the provider it belongs to. */
interface Payload {
  readonly provider: Source;
  readonly resource: string;
  readonly payload: unknown;
  readonly activityId?: number;
}

const session: fc.Arbitrary<Omit<Session, 'day'>> = fc.record({
  hour: fc.integer({ min: 5, max: 19 }),
  seconds: fc.integer({ min: 1200, max: 5400 }),
  recordedBy: fc.constantFrom<readonly Source[]>(['strava'], ['garmin'], ['strava', 'garmin']),
  garminLagSeconds: fc.integer({ min: 0, max: 60 }),
  avgHr: fc.option(fc.integer({ min: 100, max: 175 }), { nil: undefined }),
  streams: fc.boolean(),
});

/** Sessions on distinct days (so only the records of one session can match), at most one record per provider each. */
const sessions: fc.Arbitrary<Session[]> = fc
  .uniqueArray(fc.integer({ min: 0, max: 27 }), { minLength: 1, maxLength: 6 })
  .chain((days) => fc.tuple(...days.map((day) => session.map((rest) => ({ ...rest, day })))));

function startOf(value: Session, lagSeconds = 0): string {
  return new Date(Date.UTC(2024, 5, 1 + value.day, value.hour, 0, lagSeconds)).toISOString();
}

/** The payloads of the sessions as the two providers deliver them: pages of a few activities, streams, dailies, a broken page. */
function payloadsOf(all: readonly Session[], extras: { readonly dailies: boolean; readonly broken: boolean }): Payload[] {
  const payloads: Payload[] = [];
  const strava = all.flatMap((value, index) => (value.recordedBy.includes('strava') ? [{ value, id: 9000 + index }] : []));
  const garmin = all.flatMap((value, index) => (value.recordedBy.includes('garmin') ? [{ value, id: `g${9000 + index}` }] : []));
  for (let at = 0; at < strava.length; at += 2) {
    const page = strava.slice(at, at + 2).map(({ value, id }) => stravaRun(id, { start: startOf(value), seconds: value.seconds, ...(value.avgHr === undefined ? {} : { avgHr: value.avgHr }) }));
    payloads.push({ provider: 'strava', resource: 'activities', payload: page });
  }
  for (const { value, id } of strava) if (value.streams) payloads.push({ provider: 'strava', resource: 'streams', payload: STRAVA_STREAMS, activityId: id });
  for (let at = 0; at < garmin.length; at += 2) {
    const page = garmin
      .slice(at, at + 2)
      .map(({ value, id }) =>
        garminRun(id, { start: startOf(value, value.garminLagSeconds), seconds: value.seconds - value.garminLagSeconds, ...(value.avgHr === undefined ? {} : { avgHr: value.avgHr + 2 }) }),
      );
    payloads.push({ provider: 'garmin', resource: 'activities', payload: { activities: page } });
  }
  if (extras.dailies) payloads.push({ provider: 'garmin', resource: 'dailies', payload: GARMIN_DAILIES });
  if (extras.broken) payloads.push({ provider: 'strava', resource: 'activities', payload: '[{"id": 9999, "start_da' });
  return payloads;
}

async function ingestInto(payloads: readonly Payload[]) {
  const storage = await openStorage();
  const user: UserId = await createUser(storage, 'athlete_1', 'Europe/Berlin');
  const pipeline: IngestPipeline = testPipeline(storage);
  for (const entry of payloads) {
    await pipeline.ingestPayload({
      userId: user,
      provider: entry.provider,
      resource: entry.resource,
      payload: entry.payload,
      ...(entry.activityId === undefined ? {} : { options: { activityId: entry.activityId } }),
    });
  }
  return { storage, user, pipeline };
}

/** Payloads of random sessions in a random order, and the provider to delete. */
const scenarios = fc
  .tuple(sessions, fc.boolean(), fc.boolean(), fc.constantFrom<Source>('strava', 'garmin'))
  .chain(([all, dailies, broken, deleted]) => {
    const payloads = payloadsOf(all, { dailies, broken });
    return fc.tuple(fc.shuffledSubarray(payloads, { minLength: payloads.length, maxLength: payloads.length }), fc.constant(deleted));
  });

describe('deleteRecords properties', () => {
  it('deleting provider A leaves the same canonical data as a database where only provider B was ingested', async () => {
    await fc.assert(
      fc.asyncProperty(scenarios, async ([payloads, deleted]) => {
        const both = await ingestInto(payloads);
        const onlyKept = await ingestInto(payloads.filter((entry) => entry.provider !== deleted));
        try {
          const result = await both.pipeline.deleteRecords({ userId: both.user, provider: deleted, reason: 'property' });
          expect(result.run.status).toBe('succeeded');
          const { activity_merge_decisions: _left, ...actual } = await normalizedDump(both.storage, both.user);
          const { activity_merge_decisions: _right, ...expected } = await normalizedDump(onlyKept.storage, onlyKept.user);
          expect(actual).toEqual(expected);
          // A second deletion changes nothing.
          const again = await both.pipeline.deleteRecords({ userId: both.user, provider: deleted, reason: 'property' });
          expect(again.deleted).toEqual({ records: 0, activities: 0, activitiesRebuilt: 0, otherRows: 0 });
          const { activity_merge_decisions: _again, ...afterAgain } = await normalizedDump(both.storage, both.user);
          expect(afterAgain).toEqual(actual);
        } finally {
          await both.storage.close();
          await onlyKept.storage.close();
        }
      }),
      { numRuns: 15 },
    );
  });
});

import { Decoder, Stream } from '@garmin/fitsdk';
import type { JsonValue } from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NormalizationResult } from '../normalization-result.js';
import { encodeFitActivity, type FitActivitySpec, type FitRecordSpec, type FitSessionSpec, type FitSetSpec } from '../test-support/encode-fit-activity.js';
import { fitByteMutations } from '../test-support/fit-mutations.js';
import { garminFixtureBytes } from '../test-support/read-garmin-fixture.js';
import { normalizeGarminFit } from './normalize-garmin-fit.js';
import { normalizeGarminFitMessages } from './normalize-garmin-fit-messages.js';

/** The raw payload of the file's own record (the parent of a multisport file), as the raw lake gives it back. */
function storedPayload(result: NormalizationResult): JsonValue | null {
  const raw = result.drafts.find((draft) => draft.record.parent_external_id === null)?.record.raw_payload ?? result.failures[0]?.raw_payload ?? null;
  return raw === null ? null : (JSON.parse(JSON.stringify(raw)) as JsonValue);
}

function lakePayload(result: NormalizationResult): JsonValue {
  const raw = storedPayload(result);
  if (raw === null) throw new Error(`no raw payload to store: ${JSON.stringify(result).slice(0, 500)}`);
  return raw;
}

/** A copy with every object's keys sorted, as PostgreSQL `jsonb` returns stored JSON. */
function sortedKeys(value: JsonValue | null): JsonValue | null {
  if (Array.isArray(value)) return value.map((item) => sortedKeys(item));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortedKeys(value[key] ?? null)]));
}

/** `@garmin/fitsdk`'s own decoded messages (`Date`s and all), as a caller holding a decoder would pass them. */
function sdkMessages(bytes: Uint8Array): unknown {
  return new Decoder(Stream.fromByteArray(bytes)).read().messages;
}

/**
 * Asserts the stored form of a FIT file (JSON, as JSON text, with its keys reordered) normalizes to exactly what its
 * bytes gave, and so do the SDK's own messages of a file that decodes without errors.
 */
function expectReplayIdentical(bytes: Uint8Array): NormalizationResult {
  const fromBytes = normalizeGarminFit(bytes, { fileName: 'activity.fit' });
  const stored = lakePayload(fromBytes);
  const options = { fileName: 'activity.fit' };
  expect(JSON.stringify(normalizeGarminFitMessages(stored, options))).toBe(JSON.stringify(fromBytes));
  expect(JSON.stringify(normalizeGarminFitMessages(JSON.stringify(stored), options))).toBe(JSON.stringify(fromBytes));
  expect(normalizeGarminFitMessages(sortedKeys(stored), options)).toEqual(fromBytes);
  if (!(typeof stored === 'object' && stored !== null && 'decodeErrors' in stored)) {
    expect(JSON.stringify(normalizeGarminFitMessages(sdkMessages(bytes), options))).toBe(JSON.stringify(fromBytes));
  }
  return fromBytes;
}

const optional = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arbitrary, { nil: undefined });

const recordSpec = (offsetSeconds: number): fc.Arbitrary<FitRecordSpec> =>
  fc.record(
    {
      offsetSeconds: fc.constant(offsetSeconds),
      heartRate: optional(fc.integer({ min: 0, max: 254 })),
      power: optional(fc.integer({ min: 0, max: 5000 })),
      cadence: optional(fc.integer({ min: 0, max: 254 })),
      speed: optional(fc.integer({ min: 0, max: 40_000 }).map((milli) => milli / 1000)),
      altitude: optional(fc.integer({ min: -2000, max: 40_000 }).map((fifths) => fifths / 5)),
      distance: optional(fc.integer({ min: 0, max: 10_000_000 }).map((centi) => centi / 100)),
      lat: optional(fc.integer({ min: -89_000, max: 89_000 }).map((milli) => milli / 1000)),
      lng: optional(fc.integer({ min: -179_000, max: 179_000 }).map((milli) => milli / 1000)),
      temperature: optional(fc.integer({ min: -40, max: 60 })),
    },
    { requiredKeys: ['offsetSeconds'] },
  );

const setSpec: fc.Arbitrary<FitSetSpec> = fc.record(
  {
    offsetSeconds: fc.integer({ min: 0, max: 600 }),
    durationSeconds: fc.integer({ min: 1, max: 120 }),
    setType: optional(fc.constantFrom('active' as const, 'rest' as const)),
    reps: optional(fc.integer({ min: 0, max: 300 })),
    weightKg: optional(fc.integer({ min: 0, max: 8000 }).map((tenths) => tenths / 10)),
    category: optional(fc.constantFrom('squat', 'benchPress', 'row', 'curl', 'pullUp')),
    categorySubtype: optional(fc.integer({ min: 0, max: 1200 })),
  },
  { requiredKeys: ['offsetSeconds', 'durationSeconds'] },
);

const sessionSpec: fc.Arbitrary<FitSessionSpec> = fc
  .record({
    sport: fc.constantFrom('running', 'cycling', 'training', 'swimming', 'walking', 'transition', 'jumpmaster'),
    subSport: optional(fc.constantFrom('generic', 'trail', 'road', 'strengthTraining', 'indoorCycling')),
    elapsedSeconds: fc.integer({ min: 1, max: 900 }),
    timerFraction: optional(fc.double({ min: 0, max: 1, noNaN: true })),
    distanceM: optional(fc.integer({ min: 0, max: 200_000 })),
    calories: optional(fc.integer({ min: 0, max: 5000 })),
    avgPower: optional(fc.integer({ min: 0, max: 3000 })),
    totalAscentM: optional(fc.integer({ min: 0, max: 5000 })),
    totalWorkJ: optional(fc.integer({ min: 0, max: 5_000_000 })),
    offsets: fc.uniqueArray(fc.integer({ min: 0, max: 900 }), { maxLength: 25 }),
    sets: fc.array(setSpec, { maxLength: 6 }),
  })
  .chain(({ offsets, timerFraction, ...session }) =>
    fc.tuple(...[...offsets].sort((a, b) => a - b).map(recordSpec)).map((records) => ({
      ...session,
      ...(timerFraction === undefined ? {} : { timerSeconds: Math.round(session.elapsedSeconds * timerFraction) }),
      records,
    })),
  );

/** Small FIT activity files: one to three sessions, records with any subset of fields (some out of bounds), sets. */
const fitActivitySpec: fc.Arbitrary<FitActivitySpec> = fc.record(
  {
    start: fc.integer({ min: Date.parse('1995-01-01T00:00:00Z') / 1000, max: Date.parse('2030-12-31T00:00:00Z') / 1000 }).map((seconds) => new Date(seconds * 1000).toISOString()),
    utcOffsetMinutes: fc.oneof(fc.constant(null), fc.integer({ min: -48, max: 56 }).map((quarters) => quarters * 15), fc.constantFrom(-1000, 1000)),
    serialNumber: optional(fc.integer({ min: 1, max: 0xfffffffe })),
    sessions: fc.array(sessionSpec, { minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ['start', 'sessions'] },
);

describe('normalizeGarminFitMessages', () => {
  for (const fixture of ['run.fit', 'strength.fit', 'multisport.fit']) {
    it(`gives from the stored messages of ${fixture} exactly the drafts its bytes gave (JSON text, reordered keys and SDK messages too)`, () => {
      const result = expectReplayIdentical(garminFixtureBytes(fixture));
      expect(result.failures).toEqual([]);
      expect(result.drafts.length).toBeGreaterThan(0);
    });
  }

  it('fails the stored messages of a truncated file as its bytes failed: the decoder errors are stored with them', () => {
    const result = expectReplayIdentical(garminFixtureBytes('truncated.fit'));
    expect(result.drafts).toEqual([]);
    expect(result.failures[0]).toMatchObject({ external_id: 'fit:3412345678:2024-06-12T14:01:12Z', failure: { code: 'invalid_fit' } });
    expect((result.failures[0]!.raw_payload as { decodeErrors: string[] }).decodeErrors[0]).toMatch(/^FIT Runtime Error/);
  });

  for (const fixture of ['strength.fit', 'multisport.fit']) {
    it(`gives from the stored messages of any byte mutation of ${fixture} exactly what its bytes gave`, () => {
      fc.assert(
        fc.property(fitByteMutations(garminFixtureBytes(fixture)), (bytes) => {
          const fromBytes = normalizeGarminFit(bytes);
          const stored = storedPayload(fromBytes);
          if (stored !== null) expect(JSON.stringify(normalizeGarminFitMessages(stored))).toBe(JSON.stringify(fromBytes));
        }),
        { numRuns: 150 },
      );
    });
  }

  it('rebuilds every child record of a multisport file from the parent payload, not from its own', () => {
    const fromBytes = normalizeGarminFit(garminFixtureBytes('multisport.fit'));
    const replayed = normalizeGarminFitMessages(lakePayload(fromBytes));
    expect(replayed.drafts.map((draft) => draft.record.external_id)).toEqual(fromBytes.drafts.map((draft) => draft.record.external_id));
    expect(replayed.drafts[2]).toEqual(fromBytes.drafts[2]);
    const child = normalizeGarminFitMessages(fromBytes.drafts[1]!.record.raw_payload);
    expect(child.drafts).toEqual([]);
    expect(child.failures[0]?.failure).toMatchObject({ code: 'invalid_fit', path: ['fileIdMesgs'] });
  });

  it('gives from the stored messages of any generated FIT file exactly the drafts its bytes gave', () => {
    fc.assert(
      fc.property(fitActivitySpec, (spec) => {
        const result = expectReplayIdentical(encodeFitActivity(spec));
        expect(result.failures.filter((failed) => failed.failure.code === 'invalid_fit')).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it('fails a payload that is not decoded FIT messages, never throwing', () => {
    const stored = lakePayload(normalizeGarminFit(garminFixtureBytes('strength.fit'))) as Record<string, JsonValue>;
    expect(normalizeGarminFitMessages([stored]).failures[0]?.failure).toMatchObject({ code: 'schema_mismatch', path: [] });
    expect(normalizeGarminFitMessages({ ...stored, recordMesgs: { 0: {} } }).failures[0]?.failure).toMatchObject({ code: 'schema_mismatch', path: ['recordMesgs'] });
    expect(normalizeGarminFitMessages({ ...stored, setMesgs: [{}, 3] }).failures[0]?.failure).toMatchObject({ code: 'schema_mismatch', path: ['setMesgs', 1] });
    expect(normalizeGarminFitMessages('{"fileIdMesgs": [').failures[0]?.failure.code).toBe('invalid_json');
    expect(normalizeGarminFitMessages({}).failures[0]?.failure).toMatchObject({ code: 'invalid_fit', path: ['fileIdMesgs'] });
    const failed = normalizeGarminFitMessages({ ...stored, sessionMesgs: [] }, { fileName: 'strength.fit' }).failures[0]!;
    expect(failed).toMatchObject({ external_id: 'fit:3412345678:2024-06-13T06:30:00Z', failure: { code: 'invalid_fit', path: ['sessionMesgs'] } });
    expect(failed.failure.message).toMatch(/^strength\.fit: /);
  });

  it('reads dates only in the form the lake stores them (ISO-8601 UTC with milliseconds)', () => {
    const stored = lakePayload(normalizeGarminFit(garminFixtureBytes('run.fit'))) as Record<string, Record<string, JsonValue>[]>;
    const session = stored.sessionMesgs![0]!;
    const withStart = (startTime: JsonValue | null) => normalizeGarminFitMessages({ ...stored, sessionMesgs: [{ ...session, startTime }] });
    expect(withStart('2024-06-12T14:01:12.000Z').drafts[0]?.activity?.performed_start).toBe('2024-06-12T14:01:12.000Z');
    for (const startTime of ['2024-06-12T14:01:12Z', '2024-06-12 14:01:12', 1086962472, null]) {
      expect(withStart(startTime).failures[0]?.failure, String(startTime)).toMatchObject({ code: 'invalid_date', path: ['sessionMesgs', 0, 'startTime'] });
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IngestCounts } from '../ingest-pipeline.js';
import { addIngestCounts, countsFromJson, countsToJson, EMPTY_INGEST_COUNTS, runStatusOf } from './run-stats.js';

const countsArbitrary: fc.Arbitrary<IngestCounts> = fc.record({
  seen: fc.nat(1000),
  new: fc.nat(1000),
  updated: fc.nat(1000),
  unchanged: fc.nat(1000),
  failed: fc.nat(1000),
  skipped: fc.nat(1000),
});

describe('run stats', () => {
  it('decides the final status from failures and what was read', () => {
    expect(runStatusOf(EMPTY_INGEST_COUNTS)).toBe('succeeded');
    expect(runStatusOf({ ...EMPTY_INGEST_COUNTS, seen: 2, new: 1, failed: 1 })).toBe('partial');
    expect(runStatusOf({ ...EMPTY_INGEST_COUNTS, seen: 2, unchanged: 1, failed: 1 })).toBe('partial');
    expect(runStatusOf({ ...EMPTY_INGEST_COUNTS, seen: 1, failed: 1 })).toBe('failed');
  });

  it('adds counts as a commutative monoid with the empty counts as identity', () => {
    fc.assert(
      fc.property(countsArbitrary, countsArbitrary, countsArbitrary, (a, b, c) => {
        expect(addIngestCounts(a, b)).toEqual(addIngestCounts(b, a));
        expect(addIngestCounts(addIngestCounts(a, b), c)).toEqual(addIngestCounts(a, addIngestCounts(b, c)));
        expect(addIngestCounts(a, EMPTY_INGEST_COUNTS)).toEqual(a);
      }),
    );
  });

  it('round-trips through stats_json and rejects anything else', () => {
    fc.assert(
      fc.property(countsArbitrary, (counts) => {
        expect(countsFromJson(countsToJson(counts))).toEqual(counts);
      }),
    );
    expect(countsFromJson(null)).toBeNull();
    expect(countsFromJson({ seen: -1 })).toBeNull();
  });
});

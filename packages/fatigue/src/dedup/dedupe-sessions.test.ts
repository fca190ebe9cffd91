import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dedupeSessions, type DedupCandidate } from './dedupe-sessions.js';

const SEED = 4242;
const OPTIONS = { maxStartDiffSeconds: 300, minOverlapRatio: 0.8 };
const MINUTE = 60_000;

const candidate = fc.record({
  startMinute: fc.integer({ min: 0, max: 600 }),
  minutes: fc.integer({ min: 0, max: 120 }),
  family: fc.constantFrom('running', 'cycling'),
  provider: fc.constantFrom('garmin', 'strava', 'apple_health', null),
  externalId: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }),
  priority: fc.integer({ min: -2, max: 2 }),
  methodRank: fc.integer({ min: 0, max: 6 }),
});
const candidates = fc.array(candidate, { maxLength: 14 }).map((list) =>
  list.map(
    (entry, index): DedupCandidate => ({
      id: `c${index}`,
      startMs: entry.startMinute * MINUTE,
      endMs: (entry.startMinute + entry.minutes) * MINUTE,
      family: entry.family,
      provider: entry.provider,
      externalId: entry.provider === null ? null : entry.externalId,
      priority: entry.priority,
      methodRank: entry.methodRank,
    }),
  ),
);

describe('dedupeSessions', () => {
  it('P9 idempotent: dedupe(dedupe(x)) = dedupe(x), and order-independent', () => {
    fc.assert(
      fc.property(
        candidates.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))),
        ([list, shuffled]) => {
          const once = dedupeSessions(list, OPTIONS);
          const twice = dedupeSessions(once.kept, OPTIONS);
          expect(twice.kept).toEqual(once.kept);
          expect(twice.excluded).toEqual([]);
          expect(dedupeSessions(shuffled, OPTIONS)).toEqual(once);
          expect(once.kept.length + once.excluded.length).toBe(list.length);
        },
      ),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('P9 duplicates of the input (x ++ x) are excluded as same_id', () => {
    fc.assert(
      fc.property(candidates, (list) => {
        const once = dedupeSessions(list, OPTIONS);
        const doubled = dedupeSessions([...list, ...list.map((entry) => ({ ...entry }))], OPTIONS);
        expect(doubled.kept.map((entry) => entry.id)).toEqual(once.kept.map((entry) => entry.id));
        expect(doubled.excluded).toHaveLength(once.excluded.length + list.length);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('cross-provider copies are merged by priority; same-provider AM/PM doubles and other sports are kept', () => {
    const base = { family: 'running', methodRank: 2, externalId: null, priority: 0 };
    const result = dedupeSessions(
      [
        { ...base, id: 'garmin_am', startMs: 0, endMs: 60 * MINUTE, provider: 'garmin', externalId: 'g1', priority: 30 },
        { ...base, id: 'strava_am', startMs: 2 * MINUTE, endMs: 61 * MINUTE, provider: 'strava', externalId: 's1', priority: 10 },
        { ...base, id: 'garmin_pm', startMs: 600 * MINUTE, endMs: 660 * MINUTE, provider: 'garmin', externalId: 'g2', priority: 30 },
        { ...base, id: 'bike', family: 'cycling', startMs: 0, endMs: 60 * MINUTE, provider: 'strava', externalId: 's2' },
        { ...base, id: 'short', startMs: 1 * MINUTE, endMs: 20 * MINUTE, provider: 'apple_health' },
        { ...base, id: 'resync', startMs: 30 * MINUTE, endMs: 90 * MINUTE, provider: 'garmin', externalId: 'g1' },
      ],
      OPTIONS,
    );
    expect(result.kept.map((entry) => entry.id)).toEqual(['bike', 'garmin_am', 'short', 'garmin_pm']);
    expect(result.excluded).toEqual([
      { id: 'resync', duplicate_of: 'garmin_am', rule: 'same_source_id' },
      { id: 'strava_am', duplicate_of: 'garmin_am', rule: 'overlap>=0.8,start<=300s' },
    ]);
  });
});

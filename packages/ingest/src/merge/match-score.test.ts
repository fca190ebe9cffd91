import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MERGE_POLICY } from './merge-policy.js';
import { matchScore, overlapRatio, type MatchSubject } from './match-score.js';

const HOUR = 3_600_000;
const run: MatchSubject = { category: 'cardio', definitionId: 'act_running', startMs: 0, endMs: HOUR };

const subjectArbitrary: fc.Arbitrary<MatchSubject> = fc
  .record({
    category: fc.constantFrom('cardio', 'strength', 'sport', null),
    definitionId: fc.constantFrom('act_running', 'act_cycling', null),
    startMs: fc.integer({ min: 0, max: 4 * HOUR }),
    lengthMs: fc.integer({ min: 0, max: 3 * HOUR }),
  })
  .map(({ lengthMs, ...subject }) => ({ ...subject, endMs: subject.startMs + lengthMs }));

describe('matchScore', () => {
  it('matches one session recorded twice and says why', () => {
    const verdict = matchScore(run, { ...run, startMs: 42_000, endMs: HOUR - 60_000 }, DEFAULT_MERGE_POLICY);
    expect(verdict.matched).toBe(true);
    expect(verdict.reasons).toEqual(['same category cardio', 'same activity act_running', 'start 42 s apart', 'overlap 97 %']);
    expect(verdict.confidence).toBeGreaterThan(0.8);
  });

  it('keeps apart sessions that start too far apart, overlap too little or differ in category', () => {
    expect(matchScore(run, { ...run, startMs: 121_000, endMs: HOUR + 121_000 }, DEFAULT_MERGE_POLICY).matched).toBe(false);
    expect(matchScore(run, { ...run, startMs: 60_000, endMs: 10 * HOUR }, DEFAULT_MERGE_POLICY).matched).toBe(false);
    expect(matchScore(run, { ...run, endMs: 4 * HOUR, startMs: 0 }, { ...DEFAULT_MERGE_POLICY, minOverlapRatio: 0.7 }).matched).toBe(false);
    expect(matchScore(run, { ...run, endMs: 1.2 * HOUR, startMs: 30_000 }, DEFAULT_MERGE_POLICY).matched).toBe(true);
    // a 10-minute leg of a 30-minute race is part of it, not a second recording of it
    expect(matchScore({ ...run, endMs: 0.5 * HOUR }, { ...run, startMs: 100_000, endMs: 100_000 + 10 * 60_000 }, DEFAULT_MERGE_POLICY).matched).toBe(false);
    expect(matchScore(run, { ...run, category: 'strength', definitionId: 'act_strength_training' }, DEFAULT_MERGE_POLICY).matched).toBe(false);
    expect(matchScore({ ...run, category: null }, { ...run, category: null }, DEFAULT_MERGE_POLICY).matched).toBe(false);
  });

  it('needs the overlap of the longer activity', () => {
    const short = { ...run, startMs: 0, endMs: 10 * 60_000 };
    const late = { ...run, startMs: 110_000, endMs: 110_000 + 10 * 60_000 };
    expect(overlapRatio(short, late)).toBeCloseTo(490 / 600, 5);
    expect(overlapRatio(short, { ...late, endMs: 110_000 + 20 * 60_000 })).toBeCloseTo(490 / 1200, 5);
    expect(matchScore(short, late, DEFAULT_MERGE_POLICY).matched).toBe(true);
    expect(matchScore(short, late, { ...DEFAULT_MERGE_POLICY, minOverlapRatio: 0.9 }).matched).toBe(false);
  });

  it('is symmetric, bounded, and zero exactly when not matched', () => {
    fc.assert(
      fc.property(subjectArbitrary, subjectArbitrary, (a, b) => {
        const ab = matchScore(a, b, DEFAULT_MERGE_POLICY);
        const ba = matchScore(b, a, DEFAULT_MERGE_POLICY);
        expect(ba.matched).toBe(ab.matched);
        expect(ba.confidence).toBe(ab.confidence);
        expect(ba.overlapRatio).toBe(ab.overlapRatio);
        expect(ab.confidence).toBeGreaterThanOrEqual(0);
        expect(ab.confidence).toBeLessThanOrEqual(1);
        expect(ab.confidence > 0).toBe(ab.matched);
      }),
    );
  });

  it('always matches an activity with itself when its category is known', () => {
    fc.assert(
      fc.property(subjectArbitrary, (a) => {
        expect(matchScore(a, a, DEFAULT_MERGE_POLICY).matched).toBe(a.category !== null);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leastSquaresFit } from './least-squares-fit.js';

describe('leastSquaresFit', () => {
  it('fits the textbook example and needs two distinct x', () => {
    // x: 1..5, y: 2, 4, 5, 4, 5 -> slope 0.6, intercept 2.2
    const fit = leastSquaresFit([1, 2, 3, 4, 5].map((x, index) => ({ x, y: [2, 4, 5, 4, 5][index]! })));
    expect(fit?.slope).toBeCloseTo(0.6, 12);
    expect(fit?.intercept).toBeCloseTo(2.2, 12);
    expect(fit?.n).toBe(5);
    expect(leastSquaresFit([{ x: 1, y: 1 }])).toBeNull();
    expect(leastSquaresFit([{ x: 1, y: 1 }, { x: 1, y: 3 }])).toBeNull();
  });

  it('property: recovers any line exactly (to rounding) from points on it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.uniqueArray(fc.integer({ min: 0, max: 20_000 }), { minLength: 2, maxLength: 30 }),
        (slope, intercept, xs) => {
          const fit = leastSquaresFit(xs.map((x) => ({ x, y: intercept + slope * x })));
          expect(fit).not.toBeNull();
          expect(fit!.slope).toBeCloseTo(slope, 6);
          expect(fit!.intercept + fit!.slope * xs[0]!).toBeCloseTo(intercept + slope * xs[0]!, 4);
        },
      ),
      { seed: 9, numRuns: 300 },
    );
  });
});

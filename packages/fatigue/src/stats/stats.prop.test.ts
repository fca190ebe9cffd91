import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { near } from '../test-support/fixtures.js';
import { ewmaAcwr } from './ewma-acwr.js';
import { rollingAcwr } from './rolling-acwr.js';
import { trainingMonotony } from './training-monotony.js';

const SEED = 99_001;
const loads = fc.array(fc.double({ min: 0, max: 800, noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 120 });
const scale = fc.double({ min: 1e-3, max: 1e3, noNaN: true });

const sameRatio = (a: number | null, b: number | null) => (a === null ? b === null : b !== null && near(a, b, 1e-9));

describe('ACWR, monotony and strain properties', () => {
  it('P13 ACWR is scale-invariant (EWMA and rolling)', () => {
    fc.assert(
      fc.property(loads, scale, fc.constantFrom('zero' as const, 'first_load' as const), (values, c, seed) => {
        const scaled = values.map((value) => value * c);
        const base = ewmaAcwr(values, { seed, minChronic: 1e-9 });
        const big = ewmaAcwr(scaled, { seed, minChronic: 1e-9 * c });
        base.ratio.forEach((ratio, day) => expect(sameRatio(ratio, big.ratio[day]!)).toBe(true));
        for (const coupling of ['coupled', 'uncoupled'] as const) {
          const plain = rollingAcwr(values, { coupling, minChronic: 1e-9 });
          const times = rollingAcwr(scaled, { coupling, minChronic: 1e-9 * c });
          plain.ratio.forEach((ratio, day) => expect(sameRatio(ratio, times.ratio[day]!)).toBe(true));
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('P3 zero-seeded EWMAs stay within [0, max load]', () => {
    fc.assert(
      fc.property(loads, (values) => {
        const max = Math.max(...values);
        const { acute, chronic } = ewmaAcwr(values);
        for (const value of [...acute, ...chronic]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(max * (1 + 1e-12));
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('P13 monotony(c·w) = monotony(w), strain(c·w) = c·strain(w); SD = 0 gives null with a reason', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 800, noNaN: true }), { minLength: 7, maxLength: 7 }), scale, (week, c) => {
        for (const sd of ['population', 'sample'] as const) {
          const base = trainingMonotony(week, { sd });
          const scaled = trainingMonotony(week.map((value) => value * c), { sd });
          if (base.monotony === null) {
            expect(base.reason).toBe('zero_variance');
            expect(scaled.monotony).toBeNull();
          } else {
            expect(near(scaled.monotony!, base.monotony, 1e-9)).toBe(true);
            expect(near(scaled.strain!, c * base.strain!, 1e-9)).toBe(true);
          }
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.double({ min: 0, max: 800, noNaN: true }), (value) => {
        expect(trainingMonotony(new Array<number>(7).fill(value))).toMatchObject({ monotony: null, reason: 'zero_variance' });
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

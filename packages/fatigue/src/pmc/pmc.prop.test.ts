import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { impulseResponse } from '../state/impulse-response.js';
import { near } from '../test-support/fixtures.js';
import { pmcDecay } from './pmc-decay.js';
import { pmcSeries, type PmcOptions } from './pmc-series.js';

const SEED = 424_242;
const load = fc.double({ min: 0, max: 500, noNaN: true, noDefaultInfinity: true });
const series = fc.array(load, { minLength: 1, maxLength: 200 });
const options = fc.record({
  ctlDays: fc.integer({ min: 2, max: 90 }),
  atlDays: fc.integer({ min: 1, max: 21 }),
  alpha: fc.constantFrom('exp' as const, 'reciprocal' as const),
  tsb: fc.constantFrom('yesterday' as const, 'same_day' as const),
  rampDays: fc.integer({ min: 1, max: 14 }),
});

describe('PMC kernel properties', () => {
  it('P5 superposition and scaling of CTL and ATL', () => {
    fc.assert(
      fc.property(series, series, fc.double({ min: 0, max: 5, noNaN: true }), options, (a, b, k, pmc: PmcOptions) => {
        const n = Math.min(a.length, b.length);
        const left = pmcSeries(a.slice(0, n).map((x, i) => x + k * b[i]!), pmc);
        const ra = pmcSeries(a.slice(0, n), pmc);
        const rb = pmcSeries(b.slice(0, n), pmc);
        for (let i = 0; i < n; i += 1) {
          expect(near(left.ctl[i]!, ra.ctl[i]! + k * rb.ctl[i]!)).toBe(true);
          expect(near(left.atl[i]!, ra.atl[i]! + k * rb.atl[i]!)).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('P3 zero-seeded filters stay within [0, max load]', () => {
    fc.assert(
      fc.property(series, options, (loads, pmc) => {
        const max = Math.max(...loads);
        const { ctl, atl } = pmcSeries(loads, pmc);
        for (const value of [...ctl, ...atl]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(max * (1 + 1e-12));
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('P6 prepending k zero days shifts the series by k days', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 30 }), options, (loads, k, pmc) => {
        const plain = pmcSeries(loads, pmc);
        const shifted = pmcSeries([...new Array<number>(k).fill(0), ...loads], pmc);
        for (let i = 0; i < loads.length; i += 1) {
          expect(shifted.ctl[i + k]).toBe(plain.ctl[i]);
          expect(shifted.atl[i + k]).toBe(plain.atl[i]);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('P11 convention identities: TSB_yesterday(d) = TSB_same(d − 1); closed form = recursion = sampled kernel', () => {
    fc.assert(
      fc.property(series, options, (loads, pmc) => {
        const yesterday = pmcSeries(loads, { ...pmc, tsb: 'yesterday' });
        const same = pmcSeries(loads, { ...pmc, tsb: 'same_day' });
        expect(yesterday.tsb[0]).toBe(0);
        for (let d = 1; d < loads.length; d += 1) expect(yesterday.tsb[d]).toBe(same.tsb[d - 1]);
        const lambda = pmcDecay(pmc.ctlDays, 'exp');
        const last = loads.length - 1;
        let closed = 0;
        loads.forEach((value, j) => {
          closed += (1 - lambda) * value * lambda ** (last - j);
        });
        const exp = pmcSeries(loads, { ...pmc, alpha: 'exp' });
        expect(near(exp.ctl[last]!, closed)).toBe(true);
        // The continuous kernel with τ = ctlDays sampled at day ends, impulses (1−λ)·L at each day end.
        const kernel = impulseResponse(loads.map((value, j) => ({ time: j, dose: (1 - lambda) * value })), pmc.ctlDays, last);
        expect(near(exp.ctl[last]!, kernel)).toBe(true);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('P12 steady state: constant load for 10τ gives CTL, ATL → L, TSB and ramp → 0', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 500, noNaN: true }), fc.integer({ min: 7, max: 60 }), (value, ctlDays) => {
        const days = 10 * ctlDays + 20;
        const { ctl, atl, tsb, ramp } = pmcSeries(new Array<number>(days).fill(value), {
          ctlDays, atlDays: 7, alpha: 'exp', tsb: 'yesterday', rampDays: 7,
        });
        const last = days - 1;
        expect(Math.abs(ctl[last]! - value)).toBeLessThanOrEqual(1e-3 * value);
        expect(Math.abs(atl[last]! - value)).toBeLessThanOrEqual(1e-3 * value);
        expect(Math.abs(tsb[last]!)).toBeLessThanOrEqual(1e-3 * value);
        expect(Math.abs(ramp[last]!)).toBeLessThanOrEqual(1e-3 * value);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

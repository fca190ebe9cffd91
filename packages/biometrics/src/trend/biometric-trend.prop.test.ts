import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { observations } from '../test-support/arbitraries.js';
import { dateOfDayNumber, dayNumberOf } from '../time/day-number.js';
import { biometricTrend } from './biometric-trend.js';

const SEED = 63_029;
const START = dayNumberOf('2020-01-01');

/** Strictly increasing day offsets (irregular gaps of 1..10 days). */
const dayOffsets = fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 60 }).map((gaps) => {
  let day = 0;
  return gaps.map((gap, index) => (index === 0 ? 0 : (day += gap)));
});

const options = fc.record({
  halfLifeDays: fc.double({ min: 0.5, max: 60, noNaN: true }),
  fitWindowDays: fc.integer({ min: 2, max: 90 }),
});

const series = (offsets: readonly number[], value: (offset: number) => number) =>
  offsets.map((offset, index) => ({ id: `b${index}`, metric_type: 'weight_kg' as const, date: dateOfDayNumber(START + offset), value: value(offset), source: 'manual' as const }));

describe('biometricTrend properties', () => {
  it('a constant series has a constant smoothed value and a weekly change of exactly 0', () => {
    fc.assert(
      fc.property(dayOffsets, fc.double({ min: 20, max: 400, noNaN: true }), options, (offsets, constant, settings) => {
        const asOf = dateOfDayNumber(START + offsets.at(-1)! + 3);
        const trend = biometricTrend(series(offsets, () => constant), { metric: 'weight_kg', asOf, ...settings });
        expect(trend.points).toHaveLength(offsets.length);
        for (const point of trend.points) {
          expect(point.smoothed).toBe(constant);
          if (point.weekly_change !== null) expect(point.weekly_change).toBe(0);
        }
        expect(trend.smoothed).toBe(constant);
        if (trend.weekly_change !== null) expect(trend.weekly_change).toBe(0);
        // Two values in a window always give a change (0 here).
        const lastTwo = offsets.length >= 2 && offsets.at(-1)! - offsets.at(-2)! < settings.fitWindowDays;
        expect(trend.points.at(-1)!.weekly_change === null).toBe(!lastTwo);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('a linear series gives its exact slope (per 7 days) as the weekly change', () => {
    fc.assert(
      fc.property(
        dayOffsets,
        fc.double({ min: 20, max: 200, noNaN: true }),
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        options,
        (offsets, intercept, perDay, settings) => {
          const asOf = dateOfDayNumber(START + offsets.at(-1)!);
          const trend = biometricTrend(series(offsets, (day) => intercept + perDay * day), { metric: 'weight_kg', asOf, ...settings });
          const tolerance = 1e-9 * (1 + Math.abs(intercept) + Math.abs(perDay) * offsets.at(-1)!);
          for (const point of [...trend.points, { weekly_change: trend.weekly_change }]) {
            if (point.weekly_change === null) continue;
            expect(Math.abs(point.weekly_change - 7 * perDay)).toBeLessThanOrEqual(tolerance);
          }
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('the smoothed value stays within the range of the values so far', () => {
    fc.assert(
      fc.property(dayOffsets.chain((offsets) => fc.tuple(fc.constant(offsets), fc.array(fc.double({ min: 20, max: 400, noNaN: true }), { minLength: offsets.length, maxLength: offsets.length }))), options, ([offsets, values], settings) => {
        const rows = offsets.map((offset, index) => ({ id: `b${index}`, metric_type: 'weight_kg' as const, date: dateOfDayNumber(START + offset), value: values[index]!, source: 'manual' as const }));
        const trend = biometricTrend(rows, { metric: 'weight_kg', asOf: dateOfDayNumber(START + offsets.at(-1)!), ...settings });
        trend.points.forEach((point, index) => {
          const seen = values.slice(0, index + 1);
          expect(point.smoothed).toBeGreaterThanOrEqual(Math.min(...seen) - 1e-9);
          expect(point.smoothed).toBeLessThanOrEqual(Math.max(...seen) + 1e-9);
        });
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('is deterministic: the same rows, in any order, give the same trend', () => {
    fc.assert(
      fc.property(
        observations.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }))),
        fc.constantFrom('weight_kg' as const, 'resting_hr_bpm' as const, 'hrv_rmssd_ms' as const),
        ([rows, shuffled], metric) => {
          const trend = biometricTrend(rows, { metric, asOf: '2024-06-14' });
          expect(biometricTrend(shuffled, { metric, asOf: '2024-06-14' })).toEqual(trend);
          expect(biometricTrend(rows, { metric, asOf: '2024-06-14' })).toEqual(trend);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});

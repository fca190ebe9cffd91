import { ValidationError } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { BiometricTrendSchema } from './biometric-trend-schema.js';
import { biometricTrend } from './biometric-trend.js';

const weight = (id: string, date: string, value: number, extra: object = {}) => ({ id, metric_type: 'weight_kg' as const, date, value, source: 'manual' as const, ...extra });

describe('biometricTrend', () => {
  it('smooths with a half-life in days and fits the weekly change over the window', () => {
    const rows = [weight('b1', '2024-06-01', 73), weight('b2', '2024-06-08', 72.5), weight('b3', '2024-06-15', 72)];
    const trend = biometricTrend(rows, { metric: 'weight_kg', asOf: '2024-06-15' });
    BiometricTrendSchema.parse(trend);
    // 7 days apart with a 7-day half-life: alpha = 1/2 each step.
    expect(trend.points.map((point) => point.smoothed)).toEqual([73, 72.75, 72.375]);
    expect(trend.points[0]!.weekly_change).toBeNull();
    expect(trend.points[1]!.weekly_change).toBeCloseTo(-0.5, 12);
    expect(trend.weekly_change).toBeCloseTo(-0.5, 12);
    expect(trend.latest).toEqual({ date: '2024-06-15', value: 72, row_id: 'b3' });
    expect(trend.smoothed).toBe(72.375);
    expect(trend).toMatchObject({ metric: 'weight_kg', as_of: '2024-06-15', from: null, half_life_days: 7, fit_window_days: 28 });
  });

  it('fits the summary over the window ending on asOf, and leaves out later values', () => {
    const rows = [weight('b1', '2024-05-01', 80), weight('b2', '2024-05-02', 79), weight('b3', '2024-06-10', 75), weight('b4', '2024-07-01', 70)];
    const trend = biometricTrend(rows, { metric: 'weight_kg', asOf: '2024-06-12' });
    expect(trend.points.map((point) => point.row_id)).toEqual(['b1', 'b2', 'b3']);
    // Only b3 lies within 2024-05-16..2024-06-12.
    expect(trend.weekly_change).toBeNull();
    expect(trend.points[2]!.weekly_change).toBeNull();
    expect(biometricTrend(rows, { metric: 'weight_kg', asOf: '2024-06-12', fitWindowDays: 60 }).weekly_change).not.toBeNull();
  });

  it('uses one value per day by source priority, and `from` only limits the points returned', () => {
    const rows = [
      weight('b1', '2024-06-01', 70),
      weight('scale', '2024-06-02', 90, { source: 'provider', provider: 'garmin', normalizer_id: 'garmin.body_compositions' }),
      weight('typed', '2024-06-02', 71),
      { id: 'other', metric_type: 'body_fat_percent', date: '2024-06-02', value: 18, source: 'manual' } as const,
    ];
    const all = biometricTrend(rows, { metric: 'weight_kg', asOf: '2024-06-02' });
    expect(all.points.map((point) => [point.row_id, point.value])).toEqual([['b1', 70], ['typed', 71]]);
    const later = biometricTrend(rows, { metric: 'weight_kg', asOf: '2024-06-02', from: '2024-06-02' });
    expect(later.points).toEqual([all.points[1]]);
    expect(later.from).toBe('2024-06-02');
  });

  it('is empty without values', () => {
    expect(biometricTrend([], { metric: 'hrv_rmssd_ms', asOf: '2024-06-12' })).toMatchObject({ points: [], latest: null, smoothed: null, weekly_change: null });
  });

  it('rejects invalid options and rows with typed errors naming the field', () => {
    const paths = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return (error as ValidationError).issues.map((issue) => issue.path);
      }
      throw new Error('expected a ValidationError');
    };
    expect(paths(() => biometricTrend([], { metric: 'mood' as never, asOf: '2024-06-12' }))).toEqual(['metric']);
    expect(paths(() => biometricTrend([], { metric: 'weight_kg', asOf: '2024-06-12', halfLifeDays: 0 }))).toEqual(['halfLifeDays']);
    expect(paths(() => biometricTrend([], { metric: 'weight_kg', asOf: '2024-06-12', from: '2024-06-13' }))).toEqual(['from']);
    expect(paths(() => biometricTrend([weight('b1', '2024-02-30', 70)], { metric: 'weight_kg', asOf: '2024-06-12' }))).toEqual(['rows.0.date']);
    expect(paths(() => biometricTrend([weight('b1', '2024-02-03', Number.NaN)], { metric: 'weight_kg', asOf: '2024-06-12' }))).toEqual(['rows.0.value']);
  });
});

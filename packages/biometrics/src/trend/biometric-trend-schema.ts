import { BiometricMetricTypeSchema, LocalDateSchema } from '@trainkit/core';
import { z } from 'zod';

/**
 * One day of a trend: the day's chosen value (`row_id` names its row), the EWMA-smoothed value through that day, and
 * the weekly change on that day (the least-squares slope of the values of the fit window ending that day, per 7 days;
 * `null` with fewer than two values in the window).
 *
 * @example
 * ```ts
 * BiometricTrendPointSchema.parse({ date: '2024-06-12', value: 72.4, row_id: 'bio_1', smoothed: 72.61, weekly_change: -0.35 });
 * ```
 */
export const BiometricTrendPointSchema = z.object({
  date: LocalDateSchema,
  value: z.number(),
  row_id: z.string(),
  smoothed: z.number(),
  weekly_change: z.number().nullable(),
});

/**
 * One day of a trend, see {@link BiometricTrendPointSchema}.
 *
 * @example
 * ```ts
 * const delta = (point: BiometricTrendPoint) => point.value - point.smoothed;
 * ```
 */
export type BiometricTrendPoint = z.output<typeof BiometricTrendPointSchema>;

/**
 * The trend of one metric as of a day (see `biometricTrend`): its settings, the points (one per day with a value,
 * from `from` through `as_of`), the last raw value (`latest`, with its row), the smoothed value at that last point,
 * and the weekly change over the fit window ending on `as_of` (`null` with fewer than two values in it). Units are
 * those of the metric (kg, %, bpm, ms); the weekly change is in those units per 7 days.
 *
 * @example
 * ```ts
 * const trend: BiometricTrend = biometricTrend(rows, { metric: 'weight_kg', asOf: '2024-06-12' });
 * BiometricTrendSchema.parse(trend);
 * ```
 */
export const BiometricTrendSchema = z.object({
  metric: BiometricMetricTypeSchema,
  as_of: LocalDateSchema,
  from: LocalDateSchema.nullable(),
  half_life_days: z.number().positive(),
  fit_window_days: z.number().int().min(2),
  points: z.array(BiometricTrendPointSchema),
  latest: z.object({ date: LocalDateSchema, value: z.number(), row_id: z.string() }).nullable(),
  smoothed: z.number().nullable(),
  weekly_change: z.number().nullable(),
});

/**
 * A metric's trend, see {@link BiometricTrendSchema}.
 *
 * @example
 * ```ts
 * const perWeek = (trend: BiometricTrend) => trend.weekly_change;
 * ```
 */
export type BiometricTrend = z.output<typeof BiometricTrendSchema>;

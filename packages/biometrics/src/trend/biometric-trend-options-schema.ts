import { BiometricMetricTypeSchema, LocalDateSchema } from '@trainkit/core';
import { z } from 'zod';
import { BiometricSourcePrioritySchema } from '../priority/biometric-source-priority-schema.js';

/**
 * Default half-life of the trend's exponential smoothing, in days: a value a week old weighs half as much as today's.
 *
 * @example
 * ```ts
 * BIOMETRIC_TREND_HALF_LIFE_DAYS; // 7
 * ```
 */
export const BIOMETRIC_TREND_HALF_LIFE_DAYS = 7;

/**
 * Default length of the window the weekly change is fitted over, in days (the last four weeks).
 *
 * @example
 * ```ts
 * BIOMETRIC_TREND_FIT_WINDOW_DAYS; // 28
 * ```
 */
export const BIOMETRIC_TREND_FIT_WINDOW_DAYS = 28;

/**
 * Options of `biometricTrend`: the metric, the as-of day (values of later days are left out), and optionally the
 * first day of the points returned (`from`; earlier values still feed the smoothing and the fits), the smoothing
 * half-life in days (0 < h <= 3650), the fit window in whole days (2..3650), and the source priority.
 *
 * @example
 * ```ts
 * BiometricTrendOptionsSchema.parse({ metric: 'resting_hr_bpm', asOf: '2024-06-12', halfLifeDays: 3 });
 * ```
 */
export const BiometricTrendOptionsSchema = z
  .strictObject({
    metric: BiometricMetricTypeSchema,
    asOf: LocalDateSchema,
    from: LocalDateSchema.optional(),
    halfLifeDays: z.number().positive().max(3650).default(BIOMETRIC_TREND_HALF_LIFE_DAYS),
    fitWindowDays: z.number().int().min(2).max(3650).default(BIOMETRIC_TREND_FIT_WINDOW_DAYS),
    priority: BiometricSourcePrioritySchema.optional(),
  })
  .refine((options) => options.from === undefined || options.from <= options.asOf, { path: ['from'], message: 'must not be after asOf' });

/**
 * What `biometricTrend` accepts, see {@link BiometricTrendOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: BiometricTrendOptions = { metric: 'weight_kg', asOf: '2024-06-12' };
 * ```
 */
export type BiometricTrendOptions = z.input<typeof BiometricTrendOptionsSchema>;

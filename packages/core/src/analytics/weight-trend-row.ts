import { z } from 'zod';
import { LocalDateSchema } from '../time/local-date.js';

/**
 * One row of `AnalyticsRepository.weightTrend`, for each local day in the range with at least one `weight_kg`
 * measurement in `user_biometrics_history`: `weight_kg` is that day's mean, `sample_count` the number of measurements,
 * and `rolling_avg_7d_kg` the mean of the daily means over the 7 days ending that day (`date - 6` .. `date`, looking
 * back before `from` when needed), counting only days that have measurements.
 *
 * @example
 * ```ts
 * WeightTrendRowSchema.parse({ date: '2025-03-04', weight_kg: 72.4, sample_count: 1, rolling_avg_7d_kg: 72.8 });
 * ```
 */
export const WeightTrendRowSchema = z.strictObject({
  date: LocalDateSchema,
  weight_kg: z.number().positive(),
  sample_count: z.number().int().min(1),
  rolling_avg_7d_kg: z.number().positive(),
});

/**
 * See {@link WeightTrendRowSchema}.
 *
 * @example
 * ```ts
 * const delta = (row: WeightTrendRow) => row.weight_kg - row.rolling_avg_7d_kg;
 * ```
 */
export type WeightTrendRow = z.output<typeof WeightTrendRowSchema>;

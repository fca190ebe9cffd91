import { z } from 'zod';
import { WeekdaySchema } from '../enums/settings.js';
import { LocalDateSchema } from '../time/local-date.js';

/**
 * The window of an analytics query: local days `from`..`to`, both inclusive, and the first day of the week used to
 * bucket rows (`weekStartOf`). `to` must not be before `from`.
 *
 * @example
 * ```ts
 * AnalyticsRangeSchema.parse({ from: '2025-03-03', to: '2025-03-30' }); // weekStart defaults to 'monday'
 * ```
 */
export const AnalyticsRangeSchema = z
  .strictObject({
    from: LocalDateSchema,
    to: LocalDateSchema,
    weekStart: WeekdaySchema.default('monday'),
  })
  .refine((range) => range.to >= range.from, { path: ['to'], message: 'must be >= from' });

/**
 * Input of an analytics query window, see {@link AnalyticsRangeSchema}.
 *
 * @example
 * ```ts
 * const range: AnalyticsRange = { from: '2025-03-03', to: '2025-03-30', weekStart: 'monday' };
 * ```
 */
export type AnalyticsRange = z.input<typeof AnalyticsRangeSchema>;

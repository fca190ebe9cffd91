import { LocalDateSchema, parseWithSchema, TRAINKIT_BOUNDS, type LocalDate } from '@trainkit/core';
import { z } from 'zod';
import { dateOfDayNumber, dayNumberOf } from '../time/day-number.js';

/**
 * Default number of days, ending on the as-of day, whose activities count toward the observed maximum heart rate
 * (two years: a maximum falls by about 0.7 bpm a year, and hard efforts are rare).
 *
 * @example
 * ```ts
 * OBSERVED_MAX_HEART_RATE_LOOKBACK_DAYS; // 730
 * ```
 */
export const OBSERVED_MAX_HEART_RATE_LOOKBACK_DAYS = 730;

/**
 * The highest heart rate seen in an activity, and the activity it was seen in.
 *
 * @example
 * ```ts
 * const observed: ObservedMaxHeartRate = { value_bpm: 191, activity_id: 'act_1', date: '2024-05-02' as LocalDate };
 * ```
 */
export interface ObservedMaxHeartRate {
  /** The maximum, bpm. */
  readonly value_bpm: number;
  /** The activity it was recorded in. */
  readonly activity_id: string;
  /** That activity's local day. */
  readonly date: LocalDate;
}

const OptionsSchema = z.strictObject({
  asOf: LocalDateSchema,
  lookbackDays: z.number().int().min(1).max(36_500).default(OBSERVED_MAX_HEART_RATE_LOOKBACK_DAYS),
});

/**
 * The observed maximum heart rate: the highest `max_hr_bpm` of the activities whose local day lies in the
 * `lookbackDays` days ending on `asOf` (both included), counting only values a maximum can have
 * (`TRAINKIT_BOUNDS.maxHeartRateBpm`, 60..250 bpm); ties go to the latest day, then the smallest id. `null` when no
 * activity qualifies. Activities with a `local_date` that is no calendar day are ignored.
 *
 * @throws {ValidationError} For an invalid `asOf` or `lookbackDays` (1..36500 whole days).
 *
 * @example
 * ```ts
 * observedMaxHeartRate(
 *   [{ id: 'run_1', local_date: '2024-05-02', max_hr_bpm: 191 }, { id: 'ride_1', local_date: '2024-06-01', max_hr_bpm: 176 }],
 *   { asOf: '2024-06-12' },
 * ); // { value_bpm: 191, activity_id: 'run_1', date: '2024-05-02' }
 * ```
 */
export function observedMaxHeartRate(
  activities: readonly { readonly id: string; readonly local_date: string; readonly max_hr_bpm: number | null | undefined }[],
  options: { readonly asOf: string; readonly lookbackDays?: number },
): ObservedMaxHeartRate | null {
  const { asOf, lookbackDays } = parseWithSchema(OptionsSchema, options, 'observed maximum heart rate');
  const last = dayNumberOf(asOf);
  const firstDay = dateOfDayNumber(last - lookbackDays + 1);
  const { min, max } = TRAINKIT_BOUNDS.maxHeartRateBpm;
  let best: ObservedMaxHeartRate | null = null;
  for (const activity of activities) {
    const value = activity.max_hr_bpm;
    if (value == null || !Number.isFinite(value) || value < min || value > max) continue;
    if (Number.isNaN(dayNumberOf(activity.local_date)) || activity.local_date < firstDay || activity.local_date > asOf) continue;
    if (
      best === null ||
      value > best.value_bpm ||
      (value === best.value_bpm && (activity.local_date > best.date || (activity.local_date === best.date && activity.id < best.activity_id)))
    ) {
      best = { value_bpm: value, activity_id: activity.id, date: activity.local_date as LocalDate };
    }
  }
  return best;
}

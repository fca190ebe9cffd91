import { z } from 'zod';

/**
 * Whole-day totals kept in `daily_activity_totals`, one value per user, local day, metric and provider; each name
 * carries its unit. Totals are per day, never summed across overlapping sources (a phone and a watch both count
 * steps): the normalizer picks one source per interval and records which.
 *
 * @example
 * ```ts
 * DAILY_TOTAL_METRICS.includes('steps'); // true
 * ```
 */
export const DAILY_TOTAL_METRICS = [
  'steps', 'active_energy_kcal', 'basal_energy_kcal', 'total_energy_kcal', 'distance_m', 'exercise_minutes',
  'stand_hours', 'move_minutes',
] as const;
/**
 * One of {@link DAILY_TOTAL_METRICS}.
 *
 * @example
 * ```ts
 * const metric: DailyTotalMetric = 'active_energy_kcal';
 * ```
 */
export type DailyTotalMetric = (typeof DAILY_TOTAL_METRICS)[number];
/**
 * Schema of {@link DAILY_TOTAL_METRICS}.
 *
 * @example
 * ```ts
 * DailyTotalMetricSchema.parse('steps');
 * ```
 */
export const DailyTotalMetricSchema = z.enum(DAILY_TOTAL_METRICS);

/**
 * Plausible range of each {@link DailyTotalMetric} for one day, inclusive; values outside are rejected at the boundary.
 *
 * @example
 * ```ts
 * DAILY_TOTAL_RANGES.steps; // { min: 0, max: 200000 }
 * ```
 */
export const DAILY_TOTAL_RANGES: Readonly<Record<DailyTotalMetric, { readonly min: number; readonly max: number }>> = {
  steps: { min: 0, max: 200_000 },
  active_energy_kcal: { min: 0, max: 20_000 },
  basal_energy_kcal: { min: 0, max: 10_000 },
  total_energy_kcal: { min: 0, max: 25_000 },
  distance_m: { min: 0, max: 400_000 },
  exercise_minutes: { min: 0, max: 1_440 },
  stand_hours: { min: 0, max: 24 },
  move_minutes: { min: 0, max: 1_440 },
};

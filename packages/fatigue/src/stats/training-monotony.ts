import type { SdConvention } from '../config/heuristics-enums.js';

/**
 * Foster monotony and strain of a window of daily loads.
 *
 * @example
 * ```ts
 * const result: MonotonyResult = trainingMonotony([420, 0, 300, 500, 0, 600, 240]);
 * ```
 */
export interface MonotonyResult {
  /** Days in the window. */
  readonly days: number;
  /** Sum of the loads. */
  readonly total: number;
  /** Mean daily load. */
  readonly mean: number;
  /** Standard deviation of the daily loads (population or sample). */
  readonly sd: number;
  /** `mean / sd`; `null` when undefined (see `reason`). */
  readonly monotony: number | null;
  /** `total × monotony`; `null` with monotony. */
  readonly strain: number | null;
  /** Why monotony is null: `zero_variance` (constant loads) or `too_few_days`. */
  readonly reason: 'zero_variance' | 'too_few_days' | null;
}

/**
 * Foster 1998 monotony `mean/SD` of daily loads (rest days count as 0, never dropped) and strain `total × monotony`.
 * The SD convention is explicit (population by default; sample differs by about 8 % for 7 days). Constant loads
 * have SD 0: monotony is then `null` with a reason, never 0 or Infinity.
 *
 * @example
 * ```ts
 * trainingMonotony([420, 0, 300, 500, 0, 600, 240]).monotony; // 1.359980
 * trainingMonotony([420, 0, 300, 500, 0, 600, 240], { sd: 'sample' }).monotony; // 1.259097
 * ```
 */
export function trainingMonotony(dailyLoads: ArrayLike<number>, options: { sd?: SdConvention } = {}): MonotonyResult {
  const days = dailyLoads.length;
  let total = 0;
  for (let day = 0; day < days; day += 1) total += dailyLoads[day]!;
  const mean = days > 0 ? total / days : 0;
  const divisor = options.sd === 'sample' ? days - 1 : days;
  if (days < 2 || divisor <= 0) {
    return { days, total, mean, sd: 0, monotony: null, strain: null, reason: 'too_few_days' };
  }
  let squares = 0;
  for (let day = 0; day < days; day += 1) {
    const deviation = dailyLoads[day]! - mean;
    squares += deviation * deviation;
  }
  const sd = Math.sqrt(squares / divisor);
  if (sd <= Math.abs(mean) * 1e-12 || sd === 0) {
    return { days, total, mean, sd, monotony: null, strain: null, reason: 'zero_variance' };
  }
  const monotony = mean / sd;
  return { days, total, mean, sd, monotony, strain: total * monotony, reason: null };
}

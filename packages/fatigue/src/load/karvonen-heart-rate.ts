/**
 * Karvonen target heart rate: `rest + fraction·(max − rest)` (fraction of heart-rate reserve).
 *
 * @example
 * ```ts
 * karvonenHeartRate(60, 183.5, 0.7); // 146.45
 * ```
 */
export function karvonenHeartRate(restingHeartRate: number, maxHeartRate: number, reserveFraction: number): number {
  return restingHeartRate + reserveFraction * (maxHeartRate - restingHeartRate);
}

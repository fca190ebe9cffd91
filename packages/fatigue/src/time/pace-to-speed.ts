import { MILE_IN_M } from '@trainkit/core';

/**
 * Converts a pace in seconds per kilometre (or per mile) to a speed in m/s. Returns 0 for a non-positive pace.
 *
 * @example
 * ```ts
 * paceToSpeed(270); // 3.7037037037037037 (4:30 /km)
 * paceToSpeed(434.52, 'mile'); // ≈ 3.7037
 * ```
 */
export function paceToSpeed(secondsPerUnit: number, unit: 'km' | 'mile' = 'km'): number {
  if (!(secondsPerUnit > 0)) return 0;
  return (unit === 'km' ? 1000 : MILE_IN_M) / secondsPerUnit;
}

import { MILE_IN_M } from '@trainkit/core';

/**
 * Converts a speed in m/s to a pace in seconds per kilometre (or per mile). Returns 0 for a non-positive speed.
 *
 * @example
 * ```ts
 * speedToPace(1000 / 270, 'mile') / 60; // 7.242048 (min/mile)
 * ```
 */
export function speedToPace(speedMetresPerSecond: number, unit: 'km' | 'mile' = 'km'): number {
  if (!(speedMetresPerSecond > 0)) return 0;
  return (unit === 'km' ? 1000 : MILE_IN_M) / speedMetresPerSecond;
}

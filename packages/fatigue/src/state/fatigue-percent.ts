/**
 * Display transform of a channel state: `fatigue% = 100·(1 − e^(−M/cap))`, in [0, 100). Presentation only: never
 * feed it back into a filter.
 *
 * @example
 * ```ts
 * fatiguePercent(3.84, 10); // 31.887
 * ```
 */
export function fatiguePercent(value: number, capacity: number): number {
  if (!(value > 0) || !(capacity > 0)) return 0;
  return -Math.expm1(-value / capacity) * 100;
}

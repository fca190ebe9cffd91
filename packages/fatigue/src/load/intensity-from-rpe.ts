/**
 * Intensity factor for a CR-10 rating from the config table `load.srpe.if_by_rpe` (keys `'0'`..`'10'`), linearly
 * interpolated for fractional ratings and clamped to 0..10.
 *
 * @example
 * ```ts
 * intensityFromRpe(7, DEFAULT_HEURISTICS_CONFIG.load.srpe.if_by_rpe); // 0.9
 * intensityFromRpe(7.5, DEFAULT_HEURISTICS_CONFIG.load.srpe.if_by_rpe); // 0.925
 * ```
 */
export function intensityFromRpe(rpe: number, table: Readonly<Record<string, number>>): number {
  const clamped = Math.min(10, Math.max(0, rpe));
  const lower = Math.floor(clamped);
  const upper = Math.min(10, lower + 1);
  const lowerValue = table[String(lower)] ?? 0;
  const upperValue = table[String(upper)] ?? lowerValue;
  return lowerValue + (upperValue - lowerValue) * (clamped - lower);
}

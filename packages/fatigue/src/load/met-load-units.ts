/**
 * MET-based load in LU: `hours·(MET/MET_threshold)²·100`. The threshold defaults to 10 MET, or `0.8·VO2max/3.5`
 * when VO2max is known (heuristic).
 *
 * @example
 * ```ts
 * metLoadUnits(8.0, 5400); // 96 (tennis singles, 90 min)
 * metLoadUnits(6.0, 10800); // 108 (hiking, 3 h)
 * ```
 */
export function metLoadUnits(met: number, durationSeconds: number, thresholdMet = 10): number {
  if (!(thresholdMet > 0)) return 0;
  const intensity = Math.max(0, met) / thresholdMet;
  return (Math.max(0, durationSeconds) / 3600) * intensity * intensity * 100;
}

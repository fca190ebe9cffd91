/**
 * Running training stress score: `hours·IF²·100` with `IF = NGP speed / threshold speed` (convert paces to speeds
 * first, see {@link paceToSpeed}). Returns 0 when the threshold speed is not positive.
 *
 * @example
 * ```ts
 * // NGP 5:00 /km, threshold 4:30 /km, 30 min
 * runningTrainingStressScore({ durationSeconds: 1800, ngpSpeed: 1000 / 300, thresholdSpeed: 1000 / 270 }); // 40.5
 * ```
 */
export function runningTrainingStressScore(params: {
  durationSeconds: number;
  /** Normalized graded speed, m/s. */
  ngpSpeed: number;
  /** Threshold speed, m/s. */
  thresholdSpeed: number;
}): number {
  if (!(params.thresholdSpeed > 0)) return 0;
  const intensity = params.ngpSpeed / params.thresholdSpeed;
  return (Math.max(0, params.durationSeconds) / 3600) * intensity * intensity * 100;
}

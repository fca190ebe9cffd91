/**
 * Duration-only load in LU, the ladder's last rung: `hours·IF²·100` with a default intensity per activity category
 * (low confidence).
 *
 * @example
 * ```ts
 * durationLoadUnits(3600, 0.6); // 36
 * ```
 */
export function durationLoadUnits(durationSeconds: number, intensityFactor: number): number {
  const intensity = Math.max(0, intensityFactor);
  return (Math.max(0, durationSeconds) / 3600) * intensity * intensity * 100;
}

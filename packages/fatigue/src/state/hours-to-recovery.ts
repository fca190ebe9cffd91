/**
 * Hours until a decaying channel shows `targetRecoveredPercent` (default 90) recovered, closed form:
 * recovered% = 100 − fatigue%, so the target is reached at `M_X = −cap·ln(target/100)` and after
 * `τ·ln(M/M_X)` hours (0 when already there).
 *
 * @example
 * ```ts
 * hoursToRecovery({ value: 3.84, tauHours: 72 / Math.LN10, capacity: 10 }); // ≈ 41.4
 * ```
 */
export function hoursToRecovery(params: {
  value: number;
  tauHours: number;
  capacity: number;
  targetRecoveredPercent?: number;
}): number {
  const target = Math.min(99.999999, Math.max(0.000001, params.targetRecoveredPercent ?? 90));
  const threshold = -params.capacity * Math.log(target / 100);
  if (!(params.value > threshold) || !(threshold > 0)) return 0;
  return params.tauHours * Math.log(params.value / threshold);
}

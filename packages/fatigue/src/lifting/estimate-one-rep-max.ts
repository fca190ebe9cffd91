/**
 * Estimated one-repetition maximum with reps-to-failure `r = reps + RIR`: Epley `w·(1 + r/30)` or Brzycki
 * `w·36/(37 − r)`. Returns `null` where Brzycki is undefined (r >= 37).
 *
 * @example
 * ```ts
 * estimateOneRepMax(100, 5, { rir: 2 }); // 123.33
 * estimateOneRepMax(100, 5, { rir: 2, formula: 'brzycki' }); // 120
 * ```
 */
export function estimateOneRepMax(
  loadKg: number,
  reps: number,
  options: { rir?: number; formula?: 'epley' | 'brzycki' } = {},
): number | null {
  const repsToFailure = Math.max(0, reps) + Math.max(0, options.rir ?? 0);
  if (options.formula === 'brzycki') {
    if (repsToFailure >= 37) return null;
    return (loadKg * 36) / (37 - repsToFailure);
  }
  return loadKg * (1 + repsToFailure / 30);
}

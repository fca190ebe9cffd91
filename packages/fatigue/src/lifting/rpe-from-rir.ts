/**
 * RPE implied by reps in reserve: `RPE = 10 − RIR`, clamped to 0..10.
 *
 * @example
 * ```ts
 * rpeFromRir(1); // 9
 * ```
 */
export function rpeFromRir(rir: number): number {
  return Math.min(10, Math.max(0, 10 - rir));
}

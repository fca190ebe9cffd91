/**
 * Reps in reserve implied by an RPE rating: `RIR = 10 − RPE` (Zourdos 2016, Helms 2016), never below 0.
 *
 * @example
 * ```ts
 * rirFromRpe(8); // 2
 * ```
 */
export function rirFromRpe(rpe: number): number {
  return Math.max(0, 10 - rpe);
}

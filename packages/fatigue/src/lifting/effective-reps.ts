/**
 * "Effective" (stimulating) reps of a set: the reps within `window` (default 5) of failure,
 * `min(reps, max(0, window − RIR))`. A weakly supported heuristic; shown for reference, not used in the dose.
 *
 * @example
 * ```ts
 * effectiveReps(5, 2); // 3
 * ```
 */
export function effectiveReps(reps: number, rir: number, window = 5): number {
  return Math.min(Math.max(0, reps), Math.max(0, window - rir));
}

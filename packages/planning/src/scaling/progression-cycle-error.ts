import { ValidationError } from '@trainkit/core';

/**
 * The movement progression graph loops back on itself through ever harder steps (A harder than B, B harder than C,
 * C harder than A), so difficulty has no consistent order and no regression can be trusted. A `ValidationError`
 * (code `VALIDATION_FAILED`) whose stable `reason` is `progression_cycle`; `cycle` lists the movement ids of the loop in the
 * harder direction, starting at the smallest id, and the message names them by slug.
 *
 * @example
 * ```ts
 * try {
 *   buildProgressionGraph(edges, movements);
 * } catch (error) {
 *   if (error instanceof ProgressionCycleError) console.error(error.reason, error.cycle); // 'progression_cycle', ['a', 'b']
 * }
 * ```
 */
export class ProgressionCycleError extends ValidationError {
  /** Stable reason, for callers that switch on it. */
  readonly reason = 'progression_cycle' as const;
  /** Movement ids of the loop, each one harder than the one before, the last one easier than the first. */
  readonly cycle: readonly string[];

  constructor(cycle: readonly string[], slugs: readonly string[]) {
    const loop = [...slugs, slugs[0] ?? ''].join(' -> ');
    super('movement_progressions', [
      { path: 'edges', rule: 'progression_cycle', message: `the movements ${loop} form a cycle of ever harder steps` },
    ]);
    this.cycle = [...cycle];
  }
}

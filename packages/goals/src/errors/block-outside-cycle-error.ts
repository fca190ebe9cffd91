import { ValidationError, type ValidationIssue } from '@trainkit/core';

/**
 * A 12-week block (a `programs` row) does not lie within its macro cycle: it starts before the cycle, ends after
 * it, has no end date, or names another cycle. A `ValidationError` (code `VALIDATION_FAILED`, subject `programs`)
 * whose stable `reason` is `block_outside_cycle`, naming the block, the cycle and their dates.
 *
 * @example
 * ```ts
 * try { validateBlockInCycle(block, cycle); }
 * catch (error) { if (error instanceof BlockOutsideCycleError) console.log(error.blockId, error.cycleId); }
 * ```
 */
export class BlockOutsideCycleError extends ValidationError {
  /** Stable reason, for callers that switch on it. */
  readonly reason = 'block_outside_cycle' as const;

  constructor(
    /** The block (`programs.id`). */
    readonly blockId: string,
    /** The macro cycle (`macro_cycles.id`). */
    readonly cycleId: string,
    issues: readonly ValidationIssue[],
  ) {
    super('programs', issues);
  }
}

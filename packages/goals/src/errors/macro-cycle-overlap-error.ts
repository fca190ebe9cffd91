import { ValidationError } from '@trainkit/core';

/**
 * The dates of a macro cycle, as named in errors.
 *
 * @example
 * ```ts
 * const span: MacroCycleSpan = { id: 'macro_2025', name: '2025 season', start_date: '2025-01-06', end_date: '2025-12-28' };
 * ```
 */
export interface MacroCycleSpan {
  readonly id: string;
  readonly name: string;
  readonly start_date: string;
  readonly end_date: string;
}

/**
 * Two macro cycles of one athlete overlap (their date ranges, both ends included, share a day). A `ValidationError`
 * (code `VALIDATION_FAILED`, subject `macro_cycles`) whose stable `reason` is `macro_cycle_overlap`, naming both.
 *
 * @example
 * ```ts
 * try { validateMacroCycles(cycles); }
 * catch (error) { if (error instanceof MacroCycleOverlapError) console.log(error.first.id, error.second.id); }
 * ```
 */
export class MacroCycleOverlapError extends ValidationError {
  /** Stable reason, for callers that switch on it. */
  readonly reason = 'macro_cycle_overlap' as const;

  constructor(
    /** The cycle that starts first (ties: the smaller id). */
    readonly first: MacroCycleSpan,
    /** The cycle that overlaps it. */
    readonly second: MacroCycleSpan,
  ) {
    const overlapStart = first.start_date > second.start_date ? first.start_date : second.start_date;
    const overlapEnd = first.end_date < second.end_date ? first.end_date : second.end_date;
    super('macro_cycles', [
      {
        path: 'start_date',
        rule: 'macro_cycle_overlap',
        message:
          `macro cycle ${second.id} '${second.name}' (${second.start_date}..${second.end_date}) overlaps ` +
          `${first.id} '${first.name}' (${first.start_date}..${first.end_date}) on ${overlapStart}..${overlapEnd}`,
      },
    ]);
  }
}

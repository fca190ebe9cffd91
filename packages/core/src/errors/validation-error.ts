import { TrainkitError } from './trainkit-error.js';

/** One broken rule: which field (dotted path) and which rule, in words. */
export interface ValidationIssue {
  /** Dotted path of the offending field, e.g. `sets.2.reps`; empty for the whole value. */
  readonly path: string;
  /** Machine-readable rule name, e.g. `too_small`, `invalid_type`, `invalid_value`. */
  readonly rule: string;
  /** Human-readable explanation. */
  readonly message: string;
}

/**
 * Input broke a rule at a boundary. Nothing was written.
 *
 * @example
 * ```ts
 * throw new ValidationError('activity', [{ path: 'duration_seconds', rule: 'too_small', message: 'must be >= 0' }]);
 * ```
 */
export class ValidationError extends TrainkitError {
  readonly code = 'VALIDATION_FAILED' as const;
  /** What was being validated, e.g. `activity_instances` or `strength log`. */
  readonly subject: string;
  /** Every broken rule, at least one. */
  readonly issues: readonly ValidationIssue[];

  constructor(subject: string, issues: readonly ValidationIssue[], options?: { cause?: unknown }) {
    const first = issues[0];
    const summary = first
      ? `${first.path || '(value)'}: ${first.message} [${first.rule}]`
      : 'invalid value';
    const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
    super(`Invalid ${subject}: ${summary}${more}`, options);
    this.subject = subject;
    this.issues = issues;
  }
}

import type { ValidationError, ValidationIssue } from '@trainkit/core';

/**
 * Stored data that a command cannot use: a row an older version or a hand edit left outside what the engines
 * accept. Not a mistake on the command line, so the CLI reports it with its own code (`STORED_DATA_INVALID`) and
 * exit code (`EXIT_CODES.data`, 4), naming each stored row and column (`activity_instances[act_7].performed_end`).
 * The `cause` is the `ValidationError` the data raised.
 *
 * @example
 * ```ts
 * throw new StoredDataError(validationErrorAboutStoredRows);
 * ```
 */
export class StoredDataError extends Error {
  /** Stable code, see `CLI_ERROR_CODES`. */
  readonly code = 'STORED_DATA_INVALID' as const;
  /** What was being read, e.g. `stored fatigue input of user u1`. */
  readonly subject: string;
  /** Every stored value that broke a rule, its path naming the row and column. */
  readonly issues: readonly ValidationIssue[];

  constructor(cause: ValidationError) {
    super(`stored data cannot be used: ${cause.message}`, { cause });
    this.name = 'StoredDataError';
    this.subject = cause.subject;
    this.issues = cause.issues;
  }
}

import { TrainkitError } from './trainkit-error.js';

/**
 * What kind of constraint a write broke.
 *
 * @example
 * ```ts
 * CONFLICT_KINDS.includes('unique'); // true
 * ```
 */
export const CONFLICT_KINDS = ['unique', 'foreign_key', 'check', 'not_null'] as const;
/** One of {@link CONFLICT_KINDS}. */
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

/**
 * A write broke a database constraint (duplicate key, missing parent row, ...). Same class on every dialect.
 *
 * @example
 * ```ts
 * if (error instanceof ConflictError && error.kind === 'unique') { ... }
 * ```
 */
export class ConflictError extends TrainkitError {
  readonly code = 'CONFLICT' as const;
  constructor(
    /** Table or entity name, when known. */
    readonly entity: string,
    /** Which constraint family was broken. */
    readonly kind: ConflictKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${entity}: ${message}`, options);
  }
}

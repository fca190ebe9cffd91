/**
 * Stable machine-readable error codes. Callers switch on `code`, never on messages.
 *
 * @example
 * ```ts
 * ERROR_CODES.includes('NOT_FOUND'); // true
 * ```
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'CONFLICT',
  'STORAGE_FAILED',
  'STORAGE_UNAVAILABLE',
  'PROVIDER_FAILED',
  'CONFIG_INVALID',
] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Base class of every error trainkit throws on purpose. Each subclass has a fixed `code`.
 *
 * @example
 * ```ts
 * try { await storage.activities.get(userId, id) }
 * catch (error) { if (error instanceof TrainkitError && error.code === 'NOT_FOUND') { ... } }
 * ```
 */
export abstract class TrainkitError extends Error {
  /** Stable code identifying the kind of failure. */
  abstract readonly code: ErrorCode;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * Returns true when `value` is a {@link TrainkitError}, optionally of one code.
 *
 * @example
 * ```ts
 * if (isTrainkitError(error, 'CONFLICT')) console.log('already stored');
 * ```
 */
export function isTrainkitError<C extends ErrorCode>(
  value: unknown,
  code?: C,
): value is TrainkitError & { code: C } {
  return value instanceof TrainkitError && (code === undefined || value.code === code);
}

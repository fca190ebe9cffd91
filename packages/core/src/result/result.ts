/**
 * An expected outcome: success with a value, or failure with a typed error. Used where failure is normal
 * (parsing user input, one bad record in an import) so callers handle it without try/catch.
 *
 * @example
 * ```ts
 * const parsed = safeParseActivityInstance(input);
 * if (parsed.ok) save(parsed.value); else report(parsed.error.issues);
 * ```
 */
export type Result<T, E = Error> = Ok<T> | Err<E>;

/** The success branch of {@link Result}. */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

/** The failure branch of {@link Result}. */
export interface Err<E> {
  readonly ok: false;
  readonly error: E;
}

/**
 * Builds a success.
 *
 * @example
 * ```ts
 * return ok(42);
 * ```
 */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/**
 * Builds a failure.
 *
 * @example
 * ```ts
 * return err(new ValidationError('x', issues));
 * ```
 */
export function err<E>(error: E): Err<E> {
  return { ok: false, error };
}

/**
 * Returns the value of a success or throws the error of a failure.
 *
 * @example
 * ```ts
 * const value = unwrap(safeParseX(input));
 * ```
 */
export function unwrap<T, E>(result: Result<T, E>): T {
  if (result.ok) return result.value;
  throw result.error;
}

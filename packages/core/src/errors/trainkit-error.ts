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
  'MISSING_DEPENDENCY',
] as const;

/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The brand every trainkit error carries on its prototype chain. `Symbol.for` makes it the same symbol in every copy
 * of `@trainkit/core` loaded in one process: the ESM build and the CommonJS build (a host that both `import`s and
 * `require()`s trainkit), or two installed versions.
 */
const TRAINKIT_ERROR_BRAND = Symbol.for('@trainkit/core/TrainkitError');

/**
 * Base class of every error trainkit throws on purpose. Each subclass has a fixed `code`.
 *
 * `instanceof` works across copies of this package: `error instanceof ValidationError` is true for a
 * `ValidationError` thrown by the CommonJS build when `ValidationError` was imported from the ESM build, and the
 * other way round. An error of another copy matches a class when it carries the trainkit brand and a class of the
 * same name is on its prototype chain.
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

  static {
    Object.defineProperty(this.prototype, TRAINKIT_ERROR_BRAND, { value: true });
  }

  /**
   * `value instanceof SomeTrainkitError`: the ordinary prototype check, or, for an error created by another copy of
   * `@trainkit/core`, a branded prototype chain holding a class of the same name. Inherited by every subclass
   * (`this` is the class on the right of `instanceof`).
   *
   * @example
   * ```ts
   * const { ValidationError } = require('@trainkit/core'); // the CommonJS copy
   * errorFromEsmCopy instanceof ValidationError; // true
   * ```
   */
  static override [Symbol.hasInstance]<T>(this: abstract new (...args: never[]) => T, value: unknown): value is T {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    if (typeof value !== 'object' || value === null || !(TRAINKIT_ERROR_BRAND in value)) return false;
    for (let proto: unknown = Object.getPrototypeOf(value); isObject(proto); proto = Object.getPrototypeOf(proto)) {
      if (!(TRAINKIT_ERROR_BRAND in proto)) return false;
      const constructor: unknown = Object.hasOwn(proto, 'constructor') ? proto.constructor : undefined;
      if (typeof constructor === 'function' && constructor.name === this.name) return true;
    }
    return false;
  }

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
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

import { TrainkitError } from './trainkit-error.js';

/**
 * The requested row does not exist for this user (rows of other users are never visible).
 *
 * @example
 * ```ts
 * throw new NotFoundError('activity_instances', 'act_123');
 * ```
 */
export class NotFoundError extends TrainkitError {
  readonly code = 'NOT_FOUND' as const;
  constructor(
    /** Table or entity name. */
    readonly entity: string,
    /** The key that was looked up. */
    readonly key: string,
    options?: { cause?: unknown },
  ) {
    super(`${entity} not found: ${key}`, options);
  }
}

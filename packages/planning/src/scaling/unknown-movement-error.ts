import { ValidationError, type ValidationIssue } from '@trainkit/core';

/**
 * A progression edge or a scaling request names a movement that is not among the movements given. A
 * `ValidationError` (code `VALIDATION_FAILED`) whose stable `reason` is `unknown_movement`; `movementIds` lists every unknown
 * id once, sorted, and each issue names where it was found (`edges.3.target_movement_id`, `movementId`).
 *
 * @example
 * ```ts
 * try {
 *   scaleMovement({ movementId: 'mov_nope', graph });
 * } catch (error) {
 *   if (error instanceof UnknownMovementError) console.error(error.movementIds); // ['mov_nope']
 * }
 * ```
 */
export class UnknownMovementError extends ValidationError {
  /** Stable reason, for callers that switch on it. */
  readonly reason = 'unknown_movement' as const;
  /** The unknown movement ids, sorted, each once. */
  readonly movementIds: readonly string[];

  constructor(subject: string, found: readonly { readonly path: string; readonly movementId: string }[]) {
    const issues: ValidationIssue[] = found.map(({ path, movementId }) => ({
      path,
      rule: 'unknown_movement',
      message: `no movement '${movementId}'`,
    }));
    super(subject, issues);
    this.movementIds = [...new Set(found.map(({ movementId }) => movementId))].sort();
  }
}

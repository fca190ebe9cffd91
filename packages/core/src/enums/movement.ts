import { z } from 'zod';

/**
 * Edge types of the movement graph: `progression` (target is harder), `regression` (target is easier), `variation` (similar difficulty).
 *
 * @example
 * ```ts
 * MOVEMENT_RELATIONSHIP_TYPES.includes('progression'); // true
 * ```
 */
export const MOVEMENT_RELATIONSHIP_TYPES = ['progression', 'regression', 'variation'] as const;
/**
 * One of {@link MOVEMENT_RELATIONSHIP_TYPES}.
 *
 * @example
 * ```ts
 * const value: MovementRelationshipType = 'variation';
 * ```
 */
export type MovementRelationshipType = (typeof MOVEMENT_RELATIONSHIP_TYPES)[number];
/**
 * Schema of {@link MOVEMENT_RELATIONSHIP_TYPES}.
 *
 * @example
 * ```ts
 * MovementRelationshipTypeSchema.parse('progression');
 * ```
 */
export const MovementRelationshipTypeSchema = z.enum(MOVEMENT_RELATIONSHIP_TYPES);

/**
 * How a user constrains a movement. `hard_no` means the movement must never be programmed (see {@link isMovementRefused}).
 *
 * @example
 * ```ts
 * MOVEMENT_CONSTRAINT_LEVELS.includes('preferred'); // true
 * ```
 */
export const MOVEMENT_CONSTRAINT_LEVELS = ['preferred', 'allowed', 'limited', 'hard_no'] as const;
/**
 * One of {@link MOVEMENT_CONSTRAINT_LEVELS}.
 *
 * @example
 * ```ts
 * const value: MovementConstraintLevel = 'hard_no';
 * ```
 */
export type MovementConstraintLevel = (typeof MOVEMENT_CONSTRAINT_LEVELS)[number];
/**
 * Schema of {@link MOVEMENT_CONSTRAINT_LEVELS}.
 *
 * @example
 * ```ts
 * MovementConstraintLevelSchema.parse('preferred');
 * ```
 */
export const MovementConstraintLevelSchema = z.enum(MOVEMENT_CONSTRAINT_LEVELS);

/**
 * The constraint level that refuses a movement outright. Compare against this constant (or use
 * {@link isMovementRefused}), never against a string literal.
 *
 * @example
 * ```ts
 * constraint.level === MOVEMENT_REFUSAL_LEVEL;
 * ```
 */
export const MOVEMENT_REFUSAL_LEVEL = MovementConstraintLevelSchema.enum.hard_no;

/**
 * True when a constraint level forbids programming the movement at all.
 *
 * @example
 * ```ts
 * isMovementRefused('hard_no'); // true
 * isMovementRefused('limited'); // false
 * ```
 */
export function isMovementRefused(level: MovementConstraintLevel | null | undefined): boolean {
  return level === MOVEMENT_REFUSAL_LEVEL;
}

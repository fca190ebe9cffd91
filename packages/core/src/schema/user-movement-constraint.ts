import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { MovementConstraintLevelSchema } from '../enums/movement.js';
import { MovementIdSchema, UserIdSchema, UserMovementConstraintIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `user_movement_constraints`: how a user constrains a movement (preferred, allowed, limited, or `hard_no`: never program it). One row per (user_id, movement_id).
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link UserMovementConstraintInsertSchema}
 * (or {@link parseUserMovementConstraint}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: UserMovementConstraintRow = UserMovementConstraintRowSchema.parse(rowFromDatabase);
 * ```
 */
export const UserMovementConstraintRowSchema = z.object({
  id: UserMovementConstraintIdSchema,
  user_id: UserIdSchema,
  movement_id: MovementIdSchema,
  level: MovementConstraintLevelSchema.describe('`hard_no` refuses the movement; check with isMovementRefused.'),
  reason: z.string().nullable(),
  created_at: InstantSchema,
  updated_at: InstantSchema,
});

/**
 * A stored `user_movement_constraints` row, see {@link UserMovementConstraintRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: UserMovementConstraintRow) { return row.level; }
 * ```
 */
export type UserMovementConstraintRow = z.output<typeof UserMovementConstraintRowSchema>;

/**
 * Validates a new `user_movement_constraints` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected.
 *
 * @example
 * ```ts
 * const row = UserMovementConstraintInsertSchema.parse({ id: 'constraint_01', user_id: 'usr_01', movement_id: 'behind_neck_press', level: 'hard_no', reason: 'shoulder impingement', created_at: '2025-03-01T08:00:00.000Z', updated_at: '2025-03-01T08:00:00.000Z' });
 * ```
 */
export const UserMovementConstraintInsertSchema = withNullDefaults(UserMovementConstraintRowSchema);

/**
 * What may be passed to {@link UserMovementConstraintInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: UserMovementConstraintInsert = { id: 'constraint_01', user_id: 'usr_01', movement_id: 'behind_neck_press', level: 'hard_no', reason: 'shoulder impingement', created_at: '2025-03-01T08:00:00.000Z', updated_at: '2025-03-01T08:00:00.000Z' };
 * ```
 */
export type UserMovementConstraintInsert = z.input<typeof UserMovementConstraintInsertSchema>;

/**
 * Validates and completes a new `user_movement_constraints` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseUserMovementConstraint({ id: 'constraint_01', user_id: 'usr_01', movement_id: 'behind_neck_press', level: 'hard_no', reason: 'shoulder impingement', created_at: '2025-03-01T08:00:00.000Z', updated_at: '2025-03-01T08:00:00.000Z' });
 * ```
 */
export function parseUserMovementConstraint(input: unknown): UserMovementConstraintRow {
  return parseWithSchema(UserMovementConstraintInsertSchema, input, 'user_movement_constraints');
}

/**
 * Like {@link parseUserMovementConstraint} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseUserMovementConstraint(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseUserMovementConstraint(input: unknown): Result<UserMovementConstraintRow, ValidationError> {
  return safeParseWithSchema(UserMovementConstraintInsertSchema, input, 'user_movement_constraints');
}

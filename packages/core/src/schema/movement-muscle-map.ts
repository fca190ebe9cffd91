import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { MagnitudeSchema } from '../columns/magnitude.js';
import { MuscleRoleSchema } from '../enums/anatomy.js';
import { MovementIdSchema, MuscleIdSchema } from '../ids/entity-ids.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `movement_muscle_map`: how much each muscle works in a movement. Global reference data; primary key (movement_id, muscle_id).
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link MovementMuscleMapInsertSchema}
 * (or {@link parseMovementMuscleMap}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: MovementMuscleMapRow = MovementMuscleMapRowSchema.parse(rowFromDatabase);
 * ```
 */
export const MovementMuscleMapRowSchema = z.object({
  movement_id: MovementIdSchema,
  muscle_id: MuscleIdSchema,
  role: MuscleRoleSchema,
  magnitude: MagnitudeSchema.describe('Share of the movement\'s load this muscle takes, 0..1.'),
});

/**
 * A stored `movement_muscle_map` row, see {@link MovementMuscleMapRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: MovementMuscleMapRow) { return row.muscle_id; }
 * ```
 */
export type MovementMuscleMapRow = z.output<typeof MovementMuscleMapRowSchema>;

/**
 * Validates a new `movement_muscle_map` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected.
 *
 * @example
 * ```ts
 * const row = MovementMuscleMapInsertSchema.parse({ movement_id: 'back_squat', muscle_id: 'quadriceps', role: 'primary', magnitude: 0.8 });
 * ```
 */
export const MovementMuscleMapInsertSchema = withNullDefaults(MovementMuscleMapRowSchema);

/**
 * What may be passed to {@link MovementMuscleMapInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: MovementMuscleMapInsert = { movement_id: 'back_squat', muscle_id: 'quadriceps', role: 'primary', magnitude: 0.8 };
 * ```
 */
export type MovementMuscleMapInsert = z.input<typeof MovementMuscleMapInsertSchema>;

/**
 * Validates and completes a new `movement_muscle_map` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseMovementMuscleMap({ movement_id: 'back_squat', muscle_id: 'quadriceps', role: 'primary', magnitude: 0.8 });
 * ```
 */
export function parseMovementMuscleMap(input: unknown): MovementMuscleMapRow {
  return parseWithSchema(MovementMuscleMapInsertSchema, input, 'movement_muscle_map');
}

/**
 * Like {@link parseMovementMuscleMap} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseMovementMuscleMap(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseMovementMuscleMap(input: unknown): Result<MovementMuscleMapRow, ValidationError> {
  return safeParseWithSchema(MovementMuscleMapInsertSchema, input, 'movement_muscle_map');
}

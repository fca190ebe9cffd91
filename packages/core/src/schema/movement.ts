import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { SlugSchema } from '../columns/slug.js';
import { EquipmentSchema, MovementMechanicSchema, MovementPatternSchema } from '../enums/anatomy.js';
import { MovementIdSchema } from '../ids/entity-ids.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `movements`: an exercise definition (back squat, pull-up, ...). Global reference data.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link MovementInsertSchema}
 * (or {@link parseMovement}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: MovementRow = MovementRowSchema.parse(rowFromDatabase);
 * ```
 */
export const MovementRowSchema = z.object({
  id: MovementIdSchema,
  slug: SlugSchema.describe('Stable key, e.g. `back_squat`; unique.'),
  name: z.string().min(1),
  pattern: MovementPatternSchema,
  equipment: EquipmentSchema.describe('Main equipment the movement needs.'),
  mechanic: MovementMechanicSchema,
  is_unilateral: z.boolean().default(false).describe('True when performed one side at a time.'),
  description: z.string().nullable(),
});

/**
 * A stored `movements` row, see {@link MovementRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: MovementRow) { return row.slug; }
 * ```
 */
export type MovementRow = z.output<typeof MovementRowSchema>;

/**
 * Validates a new `movements` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected.
 *
 * @example
 * ```ts
 * const row = MovementInsertSchema.parse({ id: 'back_squat', slug: 'back_squat', name: 'Back squat', pattern: 'squat', equipment: 'barbell', mechanic: 'compound' });
 * ```
 */
export const MovementInsertSchema = withNullDefaults(MovementRowSchema);

/**
 * What may be passed to {@link MovementInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: MovementInsert = { id: 'back_squat', slug: 'back_squat', name: 'Back squat', pattern: 'squat', equipment: 'barbell', mechanic: 'compound' };
 * ```
 */
export type MovementInsert = z.input<typeof MovementInsertSchema>;

/**
 * Validates and completes a new `movements` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseMovement({ id: 'back_squat', slug: 'back_squat', name: 'Back squat', pattern: 'squat', equipment: 'barbell', mechanic: 'compound' });
 * ```
 */
export function parseMovement(input: unknown): MovementRow {
  return parseWithSchema(MovementInsertSchema, input, 'movements');
}

/**
 * Like {@link parseMovement} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseMovement(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseMovement(input: unknown): Result<MovementRow, ValidationError> {
  return safeParseWithSchema(MovementInsertSchema, input, 'movements');
}

import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { BodyRegionSchema } from '../enums/anatomy.js';
import { MuscleIdSchema } from '../ids/entity-ids.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `muscles`: a muscle (or muscle group) that accumulates fatigue. Global reference data.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link MuscleInsertSchema}
 * (or {@link parseMuscle}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: MuscleRow = MuscleRowSchema.parse(rowFromDatabase);
 * ```
 */
export const MuscleRowSchema = z.object({
  id: MuscleIdSchema,
  name: z.string().min(1),
  region: BodyRegionSchema,
});

/**
 * A stored `muscles` row, see {@link MuscleRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: MuscleRow) { return row.name; }
 * ```
 */
export type MuscleRow = z.output<typeof MuscleRowSchema>;

/**
 * Validates a new `muscles` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected.
 *
 * @example
 * ```ts
 * const row = MuscleInsertSchema.parse({ id: 'quadriceps', name: 'Quadriceps', region: 'lower_anterior' });
 * ```
 */
export const MuscleInsertSchema = withNullDefaults(MuscleRowSchema);

/**
 * What may be passed to {@link MuscleInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: MuscleInsert = { id: 'quadriceps', name: 'Quadriceps', region: 'lower_anterior' };
 * ```
 */
export type MuscleInsert = z.input<typeof MuscleInsertSchema>;

/**
 * Validates and completes a new `muscles` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseMuscle({ id: 'quadriceps', name: 'Quadriceps', region: 'lower_anterior' });
 * ```
 */
export function parseMuscle(input: unknown): MuscleRow {
  return parseWithSchema(MuscleInsertSchema, input, 'muscles');
}

/**
 * Like {@link parseMuscle} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseMuscle(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseMuscle(input: unknown): Result<MuscleRow, ValidationError> {
  return safeParseWithSchema(MuscleInsertSchema, input, 'muscles');
}

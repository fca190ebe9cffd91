import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { SlugSchema } from '../columns/slug.js';
import { DisciplineIdSchema } from '../ids/entity-ids.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `disciplines`: a training discipline (crossfit, hyrox, powerlifting, running, ...). Global reference data.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link DisciplineInsertSchema}
 * (or {@link parseDiscipline}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: DisciplineRow = DisciplineRowSchema.parse(rowFromDatabase);
 * ```
 */
export const DisciplineRowSchema = z.object({
  id: DisciplineIdSchema,
  slug: SlugSchema.describe('Stable key, e.g. `powerlifting`; unique.'),
  name: z.string().min(1),
  description: z.string().nullable(),
});

/**
 * A stored `disciplines` row, see {@link DisciplineRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: DisciplineRow) { return row.slug; }
 * ```
 */
export type DisciplineRow = z.output<typeof DisciplineRowSchema>;

/**
 * Validates a new `disciplines` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected.
 *
 * @example
 * ```ts
 * const row = DisciplineInsertSchema.parse({ id: 'powerlifting', slug: 'powerlifting', name: 'Powerlifting' });
 * ```
 */
export const DisciplineInsertSchema = withNullDefaults(DisciplineRowSchema);

/**
 * What may be passed to {@link DisciplineInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: DisciplineInsert = { id: 'powerlifting', slug: 'powerlifting', name: 'Powerlifting' };
 * ```
 */
export type DisciplineInsert = z.input<typeof DisciplineInsertSchema>;

/**
 * Validates and completes a new `disciplines` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseDiscipline({ id: 'powerlifting', slug: 'powerlifting', name: 'Powerlifting' });
 * ```
 */
export function parseDiscipline(input: unknown): DisciplineRow {
  return parseWithSchema(DisciplineInsertSchema, input, 'disciplines');
}

/**
 * Like {@link parseDiscipline} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseDiscipline(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseDiscipline(input: unknown): Result<DisciplineRow, ValidationError> {
  return safeParseWithSchema(DisciplineInsertSchema, input, 'disciplines');
}

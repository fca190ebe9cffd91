import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { MagnitudeSchema } from '../columns/magnitude.js';
import { DisciplineIdSchema, ProgramDisciplineIdSchema, ProgramIdSchema, UserIdSchema } from '../ids/entity-ids.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `program_disciplines`: the disciplines a program trains (normalized join, replaces a disciplines JSON list).
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link ProgramDisciplineInsertSchema}
 * (or {@link parseProgramDiscipline}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: ProgramDisciplineRow = ProgramDisciplineRowSchema.parse(rowFromDatabase);
 * ```
 */
export const ProgramDisciplineRowSchema = z.object({
  id: ProgramDisciplineIdSchema,
  user_id: UserIdSchema,
  program_id: ProgramIdSchema,
  discipline_id: DisciplineIdSchema,
  weight: MagnitudeSchema.nullable().describe('Share of the program given to this discipline, 0..1.'),
});

/**
 * A stored `program_disciplines` row, see {@link ProgramDisciplineRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: ProgramDisciplineRow) { return row.discipline_id; }
 * ```
 */
export type ProgramDisciplineRow = z.output<typeof ProgramDisciplineRowSchema>;

/**
 * Validates a new `program_disciplines` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected.
 *
 * @example
 * ```ts
 * const row = ProgramDisciplineInsertSchema.parse({ id: 'pd_01', user_id: 'usr_01', program_id: 'prog_01', discipline_id: 'powerlifting', weight: 0.7 });
 * ```
 */
export const ProgramDisciplineInsertSchema = withNullDefaults(ProgramDisciplineRowSchema);

/**
 * What may be passed to {@link ProgramDisciplineInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: ProgramDisciplineInsert = { id: 'pd_01', user_id: 'usr_01', program_id: 'prog_01', discipline_id: 'powerlifting', weight: 0.7 };
 * ```
 */
export type ProgramDisciplineInsert = z.input<typeof ProgramDisciplineInsertSchema>;

/**
 * Validates and completes a new `program_disciplines` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseProgramDiscipline({ id: 'pd_01', user_id: 'usr_01', program_id: 'prog_01', discipline_id: 'powerlifting', weight: 0.7 });
 * ```
 */
export function parseProgramDiscipline(input: unknown): ProgramDisciplineRow {
  return parseWithSchema(ProgramDisciplineInsertSchema, input, 'program_disciplines');
}

/**
 * Like {@link parseProgramDiscipline} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseProgramDiscipline(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseProgramDiscipline(input: unknown): Result<ProgramDisciplineRow, ValidationError> {
  return safeParseWithSchema(ProgramDisciplineInsertSchema, input, 'program_disciplines');
}

import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { ProgramStatusSchema } from '../enums/planning.js';
import { MacroCycleIdSchema, ProgramIdSchema, UserIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { LocalDateSchema } from '../time/local-date.js';
import { WHEN_FIELDS_VALID } from './when-fields-valid.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `programs`: a training program (typically a 12-week block). `goal_1..3` are a snapshot derived from `goals`, never the source of truth.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link ProgramInsertSchema}
 * (or {@link parseProgram}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: ProgramRow = ProgramRowSchema.parse(rowFromDatabase);
 * ```
 */
export const ProgramRowSchema = z.object({
  id: ProgramIdSchema,
  user_id: UserIdSchema,
  macro_cycle_id: MacroCycleIdSchema.nullable(),
  name: z.string().min(1),
  description: z.string().nullable(),
  status: ProgramStatusSchema.default('draft'),
  start_date: LocalDateSchema,
  end_date: LocalDateSchema.nullable(),
  goal_1: z.string().nullable().describe('Snapshot of the title of the highest-priority current goal (derived from goals).'),
  goal_2: z.string().nullable().describe('Snapshot of the second goal title (derived from goals).'),
  goal_3: z.string().nullable().describe('Snapshot of the third goal title (derived from goals).'),
  created_at: InstantSchema,
  updated_at: InstantSchema,
});

/**
 * A stored `programs` row, see {@link ProgramRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: ProgramRow) { return row.name; }
 * ```
 */
export type ProgramRow = z.output<typeof ProgramRowSchema>;

/**
 * Validates a new `programs` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected, and `end_date` >= `start_date`.
 *
 * @example
 * ```ts
 * const row = ProgramInsertSchema.parse({ id: 'prog_01', user_id: 'usr_01', name: 'Spring strength', start_date: '2025-03-03', created_at: '2025-03-01T08:00:00.000Z', updated_at: '2025-03-01T08:00:00.000Z' });
 * ```
 */
export const ProgramInsertSchema = withNullDefaults(ProgramRowSchema)
  .superRefine((row, ctx) => {
    if (row.end_date !== null && row.end_date < row.start_date) {
      ctx.addIssue({ code: 'custom', path: ['end_date'], message: 'must be >= start_date' });
    }
  }, WHEN_FIELDS_VALID);

/**
 * What may be passed to {@link ProgramInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: ProgramInsert = { id: 'prog_01', user_id: 'usr_01', name: 'Spring strength', start_date: '2025-03-03', created_at: '2025-03-01T08:00:00.000Z', updated_at: '2025-03-01T08:00:00.000Z' };
 * ```
 */
export type ProgramInsert = z.input<typeof ProgramInsertSchema>;

/**
 * Validates and completes a new `programs` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseProgram({ id: 'prog_01', user_id: 'usr_01', name: 'Spring strength', start_date: '2025-03-03', created_at: '2025-03-01T08:00:00.000Z', updated_at: '2025-03-01T08:00:00.000Z' });
 * ```
 */
export function parseProgram(input: unknown): ProgramRow {
  return parseWithSchema(ProgramInsertSchema, input, 'programs');
}

/**
 * Like {@link parseProgram} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseProgram(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseProgram(input: unknown): Result<ProgramRow, ValidationError> {
  return safeParseWithSchema(ProgramInsertSchema, input, 'programs');
}

import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { MacroCycleIdSchema, UserIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { LocalDateSchema } from '../time/local-date.js';
import { WHEN_FIELDS_VALID } from './when-fields-valid.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `macro_cycles`: a long training period (about 12 months) that goals and programs hang under.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link MacroCycleInsertSchema}
 * (or {@link parseMacroCycle}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: MacroCycleRow = MacroCycleRowSchema.parse(rowFromDatabase);
 * ```
 */
export const MacroCycleRowSchema = z.object({
  id: MacroCycleIdSchema,
  user_id: UserIdSchema,
  name: z.string().min(1),
  start_date: LocalDateSchema,
  end_date: LocalDateSchema,
  notes: z.string().nullable(),
  created_at: InstantSchema,
  updated_at: InstantSchema,
});

/**
 * A stored `macro_cycles` row, see {@link MacroCycleRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: MacroCycleRow) { return row.name; }
 * ```
 */
export type MacroCycleRow = z.output<typeof MacroCycleRowSchema>;

/**
 * Validates a new `macro_cycles` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected, and `end_date` >= `start_date`.
 *
 * @example
 * ```ts
 * const row = MacroCycleInsertSchema.parse({ id: 'macro_01', user_id: 'usr_01', name: '2025 season', start_date: '2025-01-06', end_date: '2025-12-28', created_at: '2024-12-01T08:00:00.000Z', updated_at: '2024-12-01T08:00:00.000Z' });
 * ```
 */
export const MacroCycleInsertSchema = withNullDefaults(MacroCycleRowSchema)
  .superRefine((row, ctx) => {
    if (row.end_date !== null && row.end_date < row.start_date) {
      ctx.addIssue({ code: 'custom', path: ['end_date'], message: 'must be >= start_date' });
    }
  }, WHEN_FIELDS_VALID);

/**
 * What may be passed to {@link MacroCycleInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: MacroCycleInsert = { id: 'macro_01', user_id: 'usr_01', name: '2025 season', start_date: '2025-01-06', end_date: '2025-12-28', created_at: '2024-12-01T08:00:00.000Z', updated_at: '2024-12-01T08:00:00.000Z' };
 * ```
 */
export type MacroCycleInsert = z.input<typeof MacroCycleInsertSchema>;

/**
 * Validates and completes a new `macro_cycles` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseMacroCycle({ id: 'macro_01', user_id: 'usr_01', name: '2025 season', start_date: '2025-01-06', end_date: '2025-12-28', created_at: '2024-12-01T08:00:00.000Z', updated_at: '2024-12-01T08:00:00.000Z' });
 * ```
 */
export function parseMacroCycle(input: unknown): MacroCycleRow {
  return parseWithSchema(MacroCycleInsertSchema, input, 'macro_cycles');
}

/**
 * Like {@link parseMacroCycle} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseMacroCycle(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseMacroCycle(input: unknown): Result<MacroCycleRow, ValidationError> {
  return safeParseWithSchema(MacroCycleInsertSchema, input, 'macro_cycles');
}

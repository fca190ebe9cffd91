import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { MagnitudeSchema } from '../columns/magnitude.js';
import { DisciplineIdSchema, UserDisciplinePreferenceIdSchema, UserIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `user_discipline_preferences`: how much a user wants to train a discipline; one row per (user_id, discipline_id).
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link UserDisciplinePreferenceInsertSchema}
 * (or {@link parseUserDisciplinePreference}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: UserDisciplinePreferenceRow = UserDisciplinePreferenceRowSchema.parse(rowFromDatabase);
 * ```
 */
export const UserDisciplinePreferenceRowSchema = z.object({
  id: UserDisciplinePreferenceIdSchema,
  user_id: UserIdSchema,
  discipline_id: DisciplineIdSchema,
  weight: MagnitudeSchema.default(1).describe('Relative priority, 0..1.'),
  enabled: z.boolean().default(true),
  notes: z.string().nullable(),
  created_at: InstantSchema,
  updated_at: InstantSchema,
});

/**
 * A stored `user_discipline_preferences` row, see {@link UserDisciplinePreferenceRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: UserDisciplinePreferenceRow) { return row.discipline_id; }
 * ```
 */
export type UserDisciplinePreferenceRow = z.output<typeof UserDisciplinePreferenceRowSchema>;

/**
 * Validates a new `user_discipline_preferences` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected.
 *
 * @example
 * ```ts
 * const row = UserDisciplinePreferenceInsertSchema.parse({ id: 'pref_01', user_id: 'usr_01', discipline_id: 'hyrox', weight: 0.6, created_at: '2025-03-01T08:00:00.000Z', updated_at: '2025-03-01T08:00:00.000Z' });
 * ```
 */
export const UserDisciplinePreferenceInsertSchema = withNullDefaults(UserDisciplinePreferenceRowSchema);

/**
 * What may be passed to {@link UserDisciplinePreferenceInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: UserDisciplinePreferenceInsert = { id: 'pref_01', user_id: 'usr_01', discipline_id: 'hyrox', weight: 0.6, created_at: '2025-03-01T08:00:00.000Z', updated_at: '2025-03-01T08:00:00.000Z' };
 * ```
 */
export type UserDisciplinePreferenceInsert = z.input<typeof UserDisciplinePreferenceInsertSchema>;

/**
 * Validates and completes a new `user_discipline_preferences` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseUserDisciplinePreference({ id: 'pref_01', user_id: 'usr_01', discipline_id: 'hyrox', weight: 0.6, created_at: '2025-03-01T08:00:00.000Z', updated_at: '2025-03-01T08:00:00.000Z' });
 * ```
 */
export function parseUserDisciplinePreference(input: unknown): UserDisciplinePreferenceRow {
  return parseWithSchema(UserDisciplinePreferenceInsertSchema, input, 'user_discipline_preferences');
}

/**
 * Like {@link parseUserDisciplinePreference} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseUserDisciplinePreference(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseUserDisciplinePreference(input: unknown): Result<UserDisciplinePreferenceRow, ValidationError> {
  return safeParseWithSchema(UserDisciplinePreferenceInsertSchema, input, 'user_discipline_preferences');
}

import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { SexSchema } from '../enums/activity.js';
import { UserIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { LocalDateSchema } from '../time/local-date.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `user_profile`: demographics of a user (one row per user, primary key user_id). Time-varying body measurements live in `user_biometrics_history`.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link UserProfileInsertSchema}
 * (or {@link parseUserProfile}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: UserProfileRow = UserProfileRowSchema.parse(rowFromDatabase);
 * ```
 */
export const UserProfileRowSchema = z.object({
  user_id: UserIdSchema,
  date_of_birth: LocalDateSchema.nullable(),
  sex: SexSchema.nullable(),
  height_cm: z.number().min(50).max(272).nullable().describe('Standing height in centimetres, 50..272.'),
  created_at: InstantSchema,
  updated_at: InstantSchema,
});

/**
 * A stored `user_profile` row, see {@link UserProfileRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: UserProfileRow) { return row.user_id; }
 * ```
 */
export type UserProfileRow = z.output<typeof UserProfileRowSchema>;

/**
 * Validates a new `user_profile` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected.
 *
 * @example
 * ```ts
 * const row = UserProfileInsertSchema.parse({ user_id: 'usr_01', date_of_birth: '1990-04-12', sex: 'female', height_cm: 168, created_at: '2024-06-01T08:00:00.000Z', updated_at: '2024-06-01T08:00:00.000Z' });
 * ```
 */
export const UserProfileInsertSchema = withNullDefaults(UserProfileRowSchema);

/**
 * What may be passed to {@link UserProfileInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: UserProfileInsert = { user_id: 'usr_01', date_of_birth: '1990-04-12', sex: 'female', height_cm: 168, created_at: '2024-06-01T08:00:00.000Z', updated_at: '2024-06-01T08:00:00.000Z' };
 * ```
 */
export type UserProfileInsert = z.input<typeof UserProfileInsertSchema>;

/**
 * Validates and completes a new `user_profile` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseUserProfile({ user_id: 'usr_01', date_of_birth: '1990-04-12', sex: 'female', height_cm: 168, created_at: '2024-06-01T08:00:00.000Z', updated_at: '2024-06-01T08:00:00.000Z' });
 * ```
 */
export function parseUserProfile(input: unknown): UserProfileRow {
  return parseWithSchema(UserProfileInsertSchema, input, 'user_profile');
}

/**
 * Like {@link parseUserProfile} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseUserProfile(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseUserProfile(input: unknown): Result<UserProfileRow, ValidationError> {
  return safeParseWithSchema(UserProfileInsertSchema, input, 'user_profile');
}

import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { UserIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `users`: one athlete. Every user-scoped row references it; deleting a user cascades to all their rows.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link UserInsertSchema}
 * (or {@link parseUser}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: UserRow = UserRowSchema.parse(rowFromDatabase);
 * ```
 */
export const UserRowSchema = z.object({
  id: UserIdSchema,
  display_name: z.string().min(1).nullable().describe('Name shown in apps; optional.'),
  created_at: InstantSchema,
});

/**
 * A stored `users` row, see {@link UserRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: UserRow) { return row.id; }
 * ```
 */
export type UserRow = z.output<typeof UserRowSchema>;

/**
 * Validates a new `users` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected.
 *
 * @example
 * ```ts
 * const row = UserInsertSchema.parse({ id: 'usr_01', created_at: '2024-06-01T08:00:00.000Z' });
 * ```
 */
export const UserInsertSchema = withNullDefaults(UserRowSchema);

/**
 * What may be passed to {@link UserInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: UserInsert = { id: 'usr_01', created_at: '2024-06-01T08:00:00.000Z' };
 * ```
 */
export type UserInsert = z.input<typeof UserInsertSchema>;

/**
 * Validates and completes a new `users` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseUser({ id: 'usr_01', created_at: '2024-06-01T08:00:00.000Z' });
 * ```
 */
export function parseUser(input: unknown): UserRow {
  return parseWithSchema(UserInsertSchema, input, 'users');
}

/**
 * Like {@link parseUser} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseUser(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseUser(input: unknown): Result<UserRow, ValidationError> {
  return safeParseWithSchema(UserInsertSchema, input, 'users');
}

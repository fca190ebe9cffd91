import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { JsonValueSchema } from '../columns/json-value.js';
import { GoalCheckinIdSchema, GoalIdSchema, GoalKeySchema, UserIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { LocalDateSchema } from '../time/local-date.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `goal_checkins`: a progress check-in on a goal, recorded against the revision in force that day.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link GoalCheckinInsertSchema}
 * (or {@link parseGoalCheckin}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: GoalCheckinRow = GoalCheckinRowSchema.parse(rowFromDatabase);
 * ```
 */
export const GoalCheckinRowSchema = z.object({
  id: GoalCheckinIdSchema,
  user_id: UserIdSchema,
  goal_id: GoalIdSchema.describe('Revision in force when the check-in was made.'),
  goal_key: GoalKeySchema.describe('Lineage of that revision, so check-ins survive goal revisions.'),
  date: LocalDateSchema,
  value_json: JsonValueSchema.describe('Measured value, shaped like the goal target.'),
  notes: z.string().nullable(),
  created_at: InstantSchema,
});

/**
 * A stored `goal_checkins` row, see {@link GoalCheckinRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: GoalCheckinRow) { return row.date; }
 * ```
 */
export type GoalCheckinRow = z.output<typeof GoalCheckinRowSchema>;

/**
 * Validates a new `goal_checkins` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected.
 *
 * @example
 * ```ts
 * const row = GoalCheckinInsertSchema.parse({ id: 'checkin_01', user_id: 'usr_01', goal_id: 'goal_01_r1', goal_key: 'goal_01', date: '2025-04-01', value_json: { load_kg: 130 }, created_at: '2025-04-01T18:00:00.000Z' });
 * ```
 */
export const GoalCheckinInsertSchema = withNullDefaults(GoalCheckinRowSchema);

/**
 * What may be passed to {@link GoalCheckinInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: GoalCheckinInsert = { id: 'checkin_01', user_id: 'usr_01', goal_id: 'goal_01_r1', goal_key: 'goal_01', date: '2025-04-01', value_json: { load_kg: 130 }, created_at: '2025-04-01T18:00:00.000Z' };
 * ```
 */
export type GoalCheckinInsert = z.input<typeof GoalCheckinInsertSchema>;

/**
 * Validates and completes a new `goal_checkins` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseGoalCheckin({ id: 'checkin_01', user_id: 'usr_01', goal_id: 'goal_01_r1', goal_key: 'goal_01', date: '2025-04-01', value_json: { load_kg: 130 }, created_at: '2025-04-01T18:00:00.000Z' });
 * ```
 */
export function parseGoalCheckin(input: unknown): GoalCheckinRow {
  return parseWithSchema(GoalCheckinInsertSchema, input, 'goal_checkins');
}

/**
 * Like {@link parseGoalCheckin} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseGoalCheckin(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseGoalCheckin(input: unknown): Result<GoalCheckinRow, ValidationError> {
  return safeParseWithSchema(GoalCheckinInsertSchema, input, 'goal_checkins');
}

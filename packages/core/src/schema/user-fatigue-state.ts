import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { JsonValueSchema } from '../columns/json-value.js';
import { FatigueScopeSchema, fatigueScopeKey } from '../enums/fatigue.js';
import { MuscleIdSchema, UserFatigueStateIdSchema, UserIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { LocalDateSchema } from '../time/local-date.js';
import { WHEN_FIELDS_VALID } from './when-fields-valid.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `user_fatigue_state`: cached fatigue per user, local day and scope: one row per muscle (`scope` muscle, `muscle_id` set) plus one systemic row (`scope` systemic, `muscle_id` null). `scope_key` (muscle id or `systemic`) makes (user_id, date, scope_key) unique on every dialect. Recomputable at any time from activities.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link UserFatigueStateInsertSchema}
 * (or {@link parseUserFatigueState}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: UserFatigueStateRow = UserFatigueStateRowSchema.parse(rowFromDatabase);
 * ```
 */
export const UserFatigueStateRowSchema = z.object({
  id: UserFatigueStateIdSchema,
  user_id: UserIdSchema,
  date: LocalDateSchema.describe('The user\'s local day the state is for.'),
  scope: FatigueScopeSchema,
  muscle_id: MuscleIdSchema.nullable().describe('Muscle of a muscle row; null for the systemic row.'),
  scope_key: z.string().min(1).describe('muscle_id for muscle rows, `systemic` for the systemic row (see fatigueScopeKey).'),
  fatigue_score: z.number().min(0).describe('Fatigue, >= 0 (0 = fresh); scale set by the heuristics config.'),
  acute_load: z.number().min(0).nullable().describe('Short-window (acute) load behind the score.'),
  chronic_load: z.number().min(0).nullable().describe('Long-window (chronic) load behind the score.'),
  computed_from: z.string().min(1).describe('Id of the computation that produced the row (engine run id, cited in provenance_json).'),
  provenance_json: JsonValueSchema.nullable().describe('Engine-output provenance: engine version, heuristics, sessions used, duplicates excluded.'),
  created_at: InstantSchema,
});

/**
 * A stored `user_fatigue_state` row, see {@link UserFatigueStateRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: UserFatigueStateRow) { return row.fatigue_score; }
 * ```
 */
export type UserFatigueStateRow = z.output<typeof UserFatigueStateRowSchema>;

/**
 * Validates a new `user_fatigue_state` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected, and `scope`, `muscle_id` and `scope_key` agree.
 *
 * @example
 * ```ts
 * const row = UserFatigueStateInsertSchema.parse({ id: 'fat_01', user_id: 'usr_01', date: '2025-03-04', scope: 'muscle', muscle_id: 'quadriceps', scope_key: 'quadriceps', fatigue_score: 42.5, computed_from: 'fatigue_run_01', created_at: '2025-03-04T20:00:00.000Z' });
 * ```
 */
export const UserFatigueStateInsertSchema = withNullDefaults(UserFatigueStateRowSchema)
  .superRefine((row, ctx) => {
    if ((row.scope === FatigueScopeSchema.enum.muscle) !== (row.muscle_id !== null)) {
      ctx.addIssue({ code: 'custom', path: ['muscle_id'], message: 'must be set exactly when scope is muscle' });
    } else if (row.scope_key !== fatigueScopeKey(row.scope, row.muscle_id)) {
      ctx.addIssue({ code: 'custom', path: ['scope_key'], message: 'must be muscle_id for muscle rows and systemic for the systemic row' });
    }
  }, WHEN_FIELDS_VALID);

/**
 * What may be passed to {@link UserFatigueStateInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: UserFatigueStateInsert = { id: 'fat_01', user_id: 'usr_01', date: '2025-03-04', scope: 'muscle', muscle_id: 'quadriceps', scope_key: 'quadriceps', fatigue_score: 42.5, computed_from: 'fatigue_run_01', created_at: '2025-03-04T20:00:00.000Z' };
 * ```
 */
export type UserFatigueStateInsert = z.input<typeof UserFatigueStateInsertSchema>;

/**
 * Validates and completes a new `user_fatigue_state` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseUserFatigueState({ id: 'fat_01', user_id: 'usr_01', date: '2025-03-04', scope: 'muscle', muscle_id: 'quadriceps', scope_key: 'quadriceps', fatigue_score: 42.5, computed_from: 'fatigue_run_01', created_at: '2025-03-04T20:00:00.000Z' });
 * ```
 */
export function parseUserFatigueState(input: unknown): UserFatigueStateRow {
  return parseWithSchema(UserFatigueStateInsertSchema, input, 'user_fatigue_state');
}

/**
 * Like {@link parseUserFatigueState} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseUserFatigueState(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseUserFatigueState(input: unknown): Result<UserFatigueStateRow, ValidationError> {
  return safeParseWithSchema(UserFatigueStateInsertSchema, input, 'user_fatigue_state');
}

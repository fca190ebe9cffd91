import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { JsonValueSchema } from '../columns/json-value.js';
import { GoalHorizonSchema, GoalStatusSchema, GoalTypeSchema } from '../enums/goal.js';
import { GoalIdSchema, GoalKeySchema, MacroCycleIdSchema, ProgramIdSchema, UserIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { WHEN_FIELDS_VALID } from './when-fields-valid.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `goals`: one revision of a versioned goal. All revisions of a goal share `goal_key`; `revision` counts 1, 2, ...; a revision is in force from `effective_from` until `effective_to` (null = current). Revisions are never edited in place: changing a goal closes the current revision and inserts the next.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link GoalInsertSchema}
 * (or {@link parseGoal}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: GoalRow = GoalRowSchema.parse(rowFromDatabase);
 * ```
 */
export const GoalRowSchema = z.object({
  id: GoalIdSchema.describe('Id of this revision (recommendations cite it).'),
  user_id: UserIdSchema,
  goal_key: GoalKeySchema.describe('Lineage id shared by every revision of the goal.'),
  revision: z.number().int().min(1).describe('Revision number within the lineage, 1-based; unique per (user_id, goal_key).'),
  parent_goal_key: GoalKeySchema.nullable().describe('Lineage of the parent goal (a 12-week goal under a 12-month goal).'),
  macro_cycle_id: MacroCycleIdSchema.nullable(),
  program_id: ProgramIdSchema.nullable(),
  horizon: GoalHorizonSchema,
  goal_type: GoalTypeSchema,
  title: z.string().min(1),
  target_json: JsonValueSchema.describe('Target, shaped by goal_type (e.g. { movement_id, load_kg, reps }).'),
  priority: z.number().int().min(1).default(1).describe('1 = highest priority.'),
  status: GoalStatusSchema.default('active'),
  effective_from: InstantSchema,
  effective_to: InstantSchema.nullable().describe('When a newer revision replaced this one; null while current.'),
  created_at: InstantSchema,
});

/**
 * A stored `goals` row, see {@link GoalRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: GoalRow) { return row.title; }
 * ```
 */
export type GoalRow = z.output<typeof GoalRowSchema>;

/**
 * Validates a new `goals` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected, and `effective_to` > `effective_from`.
 *
 * @example
 * ```ts
 * const row = GoalInsertSchema.parse({ id: 'goal_01_r1', user_id: 'usr_01', goal_key: 'goal_01', revision: 1, horizon: 'block', goal_type: 'strength', title: 'Squat 140 kg', target_json: { movement_id: 'back_squat', load_kg: 140, reps: 1 }, effective_from: '2025-03-01T00:00:00.000Z', created_at: '2025-03-01T08:00:00.000Z' });
 * ```
 */
export const GoalInsertSchema = withNullDefaults(GoalRowSchema)
  .superRefine((row, ctx) => {
    if (row.effective_to !== null && row.effective_from !== null && Date.parse(row.effective_to) <= Date.parse(row.effective_from)) {
      ctx.addIssue({ code: 'custom', path: ['effective_to'], message: 'must be > effective_from' });
    }
  }, WHEN_FIELDS_VALID);

/**
 * What may be passed to {@link GoalInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: GoalInsert = { id: 'goal_01_r1', user_id: 'usr_01', goal_key: 'goal_01', revision: 1, horizon: 'block', goal_type: 'strength', title: 'Squat 140 kg', target_json: { movement_id: 'back_squat', load_kg: 140, reps: 1 }, effective_from: '2025-03-01T00:00:00.000Z', created_at: '2025-03-01T08:00:00.000Z' };
 * ```
 */
export type GoalInsert = z.input<typeof GoalInsertSchema>;

/**
 * Validates and completes a new `goals` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseGoal({ id: 'goal_01_r1', user_id: 'usr_01', goal_key: 'goal_01', revision: 1, horizon: 'block', goal_type: 'strength', title: 'Squat 140 kg', target_json: { movement_id: 'back_squat', load_kg: 140, reps: 1 }, effective_from: '2025-03-01T00:00:00.000Z', created_at: '2025-03-01T08:00:00.000Z' });
 * ```
 */
export function parseGoal(input: unknown): GoalRow {
  return parseWithSchema(GoalInsertSchema, input, 'goals');
}

/**
 * Like {@link parseGoal} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseGoal(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseGoal(input: unknown): Result<GoalRow, ValidationError> {
  return safeParseWithSchema(GoalInsertSchema, input, 'goals');
}

import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { DistanceMetersSchema } from '../columns/distance-meters.js';
import { SetDurationSecondsSchema } from '../columns/duration-seconds.js';
import { LoadKgSchema } from '../columns/load-kg.js';
import { RepsSchema } from '../columns/reps.js';
import { RirSchema } from '../columns/rir.js';
import { RpeSchema } from '../columns/rpe.js';
import { ActivityInstanceIdSchema, ActivityStrengthSetIdSchema, MovementIdSchema, PlannedSessionExerciseIdSchema, UserIdSchema } from '../ids/entity-ids.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `activity_strength_sets`: one performed set of a movement within an activity instance (set-level detail for load and tonnage).
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link ActivityStrengthSetInsertSchema}
 * (or {@link parseActivityStrengthSet}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: ActivityStrengthSetRow = ActivityStrengthSetRowSchema.parse(rowFromDatabase);
 * ```
 */
export const ActivityStrengthSetRowSchema = z.object({
  id: ActivityStrengthSetIdSchema,
  user_id: UserIdSchema,
  activity_instance_id: ActivityInstanceIdSchema,
  movement_id: MovementIdSchema,
  planned_session_exercise_id: PlannedSessionExerciseIdSchema.nullable().describe('Prescription this set fulfils, when planned.'),
  set_index: z.number().int().min(0).describe('Position of the set in the activity, 0-based; unique per activity.'),
  reps: RepsSchema.nullable(),
  load_kg: LoadKgSchema.nullable(),
  rpe: RpeSchema.nullable(),
  rir: RirSchema.nullable(),
  duration_seconds: SetDurationSecondsSchema.nullable(),
  distance_m: DistanceMetersSchema.nullable(),
  is_warmup: z.boolean().default(false).describe('Warm-up sets are excluded from working volume.'),
  notes: z.string().nullable(),
});

/**
 * A stored `activity_strength_sets` row, see {@link ActivityStrengthSetRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: ActivityStrengthSetRow) { return row.set_index; }
 * ```
 */
export type ActivityStrengthSetRow = z.output<typeof ActivityStrengthSetRowSchema>;

/**
 * Validates a new `activity_strength_sets` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected.
 *
 * @example
 * ```ts
 * const row = ActivityStrengthSetInsertSchema.parse({ id: 'set_01', user_id: 'usr_01', activity_instance_id: 'act_01', movement_id: 'back_squat', set_index: 0, reps: 5, load_kg: 100, rpe: 8 });
 * ```
 */
export const ActivityStrengthSetInsertSchema = withNullDefaults(ActivityStrengthSetRowSchema);

/**
 * What may be passed to {@link ActivityStrengthSetInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: ActivityStrengthSetInsert = { id: 'set_01', user_id: 'usr_01', activity_instance_id: 'act_01', movement_id: 'back_squat', set_index: 0, reps: 5, load_kg: 100, rpe: 8 };
 * ```
 */
export type ActivityStrengthSetInsert = z.input<typeof ActivityStrengthSetInsertSchema>;

/**
 * Validates and completes a new `activity_strength_sets` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseActivityStrengthSet({ id: 'set_01', user_id: 'usr_01', activity_instance_id: 'act_01', movement_id: 'back_squat', set_index: 0, reps: 5, load_kg: 100, rpe: 8 });
 * ```
 */
export function parseActivityStrengthSet(input: unknown): ActivityStrengthSetRow {
  return parseWithSchema(ActivityStrengthSetInsertSchema, input, 'activity_strength_sets');
}

/**
 * Like {@link parseActivityStrengthSet} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseActivityStrengthSet(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseActivityStrengthSet(input: unknown): Result<ActivityStrengthSetRow, ValidationError> {
  return safeParseWithSchema(ActivityStrengthSetInsertSchema, input, 'activity_strength_sets');
}

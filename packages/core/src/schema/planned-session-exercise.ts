import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { DistanceMetersSchema } from '../columns/distance-meters.js';
import { TRAINKIT_BOUNDS } from '../bounds/trainkit-bounds.js';
import { SetDurationSecondsSchema } from '../columns/duration-seconds.js';
import { LoadKgSchema } from '../columns/load-kg.js';
import { RepsSchema } from '../columns/reps.js';
import { RirSchema } from '../columns/rir.js';
import { RpeSchema } from '../columns/rpe.js';
import { MovementIdSchema, PlannedSessionExerciseIdSchema, PlannedSessionIdSchema, UserIdSchema } from '../ids/entity-ids.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `planned_session_exercises`: one exercise prescription of a planned session (the brief's `session_exercises`).
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link PlannedSessionExerciseInsertSchema}
 * (or {@link parsePlannedSessionExercise}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: PlannedSessionExerciseRow = PlannedSessionExerciseRowSchema.parse(rowFromDatabase);
 * ```
 */
export const PlannedSessionExerciseRowSchema = z.object({
  id: PlannedSessionExerciseIdSchema,
  user_id: UserIdSchema,
  planned_session_id: PlannedSessionIdSchema,
  movement_id: MovementIdSchema,
  order_index: z.number().int().min(0).describe('Position in the session, 0-based; unique per session.'),
  sets: z.number().int().min(TRAINKIT_BOUNDS.setsPerSession.min).max(TRAINKIT_BOUNDS.setsPerSession.max).nullable(),
  reps: RepsSchema.nullable().describe('Reps per set.'),
  load_kg: LoadKgSchema.nullable(),
  rpe: RpeSchema.nullable(),
  rir: RirSchema.nullable(),
  duration_seconds: SetDurationSecondsSchema.nullable().describe('Work time per set (holds, intervals).'),
  distance_m: DistanceMetersSchema.nullable().describe('Distance per set (carries, sprints).'),
  rest_seconds: SetDurationSecondsSchema.nullable(),
  notes: z.string().nullable(),
});

/**
 * A stored `planned_session_exercises` row, see {@link PlannedSessionExerciseRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: PlannedSessionExerciseRow) { return row.movement_id; }
 * ```
 */
export type PlannedSessionExerciseRow = z.output<typeof PlannedSessionExerciseRowSchema>;

/**
 * Validates a new `planned_session_exercises` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected.
 *
 * @example
 * ```ts
 * const row = PlannedSessionExerciseInsertSchema.parse({ id: 'sessex_01', user_id: 'usr_01', planned_session_id: 'sess_01', movement_id: 'back_squat', order_index: 0, sets: 5, reps: 5, load_kg: 100 });
 * ```
 */
export const PlannedSessionExerciseInsertSchema = withNullDefaults(PlannedSessionExerciseRowSchema);

/**
 * What may be passed to {@link PlannedSessionExerciseInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: PlannedSessionExerciseInsert = { id: 'sessex_01', user_id: 'usr_01', planned_session_id: 'sess_01', movement_id: 'back_squat', order_index: 0, sets: 5, reps: 5, load_kg: 100 };
 * ```
 */
export type PlannedSessionExerciseInsert = z.input<typeof PlannedSessionExerciseInsertSchema>;

/**
 * Validates and completes a new `planned_session_exercises` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parsePlannedSessionExercise({ id: 'sessex_01', user_id: 'usr_01', planned_session_id: 'sess_01', movement_id: 'back_squat', order_index: 0, sets: 5, reps: 5, load_kg: 100 });
 * ```
 */
export function parsePlannedSessionExercise(input: unknown): PlannedSessionExerciseRow {
  return parseWithSchema(PlannedSessionExerciseInsertSchema, input, 'planned_session_exercises');
}

/**
 * Like {@link parsePlannedSessionExercise} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParsePlannedSessionExercise(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParsePlannedSessionExercise(input: unknown): Result<PlannedSessionExerciseRow, ValidationError> {
  return safeParseWithSchema(PlannedSessionExerciseInsertSchema, input, 'planned_session_exercises');
}

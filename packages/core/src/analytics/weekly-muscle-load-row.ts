import { z } from 'zod';
import { MuscleIdSchema } from '../ids/entity-ids.js';
import { LocalDateSchema } from '../time/local-date.js';

/**
 * One row of `AnalyticsRepository.weeklyMuscleLoad`: planned and performed load per week and muscle, through the
 * muscle maps (magnitude-weighted):
 * - `performed_sets` = sum over non-warm-up `activity_strength_sets` of `movement_muscle_map.magnitude`;
 * - `planned_sets` = sum over `planned_session_exercises` of `COALESCE(sets, 1) * movement_muscle_map.magnitude`;
 * - `performed_duration_seconds` = sum over activity instances with an `activity_definition_id` of
 *   `COALESCE(duration_seconds, performed_end - performed_start, 0) * activity_muscle_map.magnitude`;
 * - `planned_duration_seconds` = sum over planned sessions with an `activity_definition_id` of
 *   `COALESCE(planned_duration_seconds, 0) * activity_muscle_map.magnitude`.
 * Performed rows are bucketed by the activity's `local_date`, planned rows by `scheduled_date` (cancelled sessions
 * excluded). A (week, muscle) appears when any measure is non-zero.
 *
 * @example
 * ```ts
 * WeeklyMuscleLoadRowSchema.parse({ week_start: '2025-03-03', muscle_id: 'quadriceps', planned_sets: 12, performed_sets: 10.4, planned_duration_seconds: 0, performed_duration_seconds: 1260 });
 * ```
 */
export const WeeklyMuscleLoadRowSchema = z.strictObject({
  week_start: LocalDateSchema,
  muscle_id: MuscleIdSchema,
  planned_sets: z.number().min(0),
  performed_sets: z.number().min(0),
  planned_duration_seconds: z.number().min(0),
  performed_duration_seconds: z.number().min(0),
});

/**
 * See {@link WeeklyMuscleLoadRowSchema}.
 *
 * @example
 * ```ts
 * const gap = (row: WeeklyMuscleLoadRow) => row.planned_sets - row.performed_sets;
 * ```
 */
export type WeeklyMuscleLoadRow = z.output<typeof WeeklyMuscleLoadRowSchema>;

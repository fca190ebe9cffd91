import { z } from 'zod';
import { LocalDateSchema } from '../time/local-date.js';

/**
 * One row of `AnalyticsRepository.weeklyAdherence`: planned vs performed per week.
 * `planned_count` counts planned sessions by `scheduled_date` (status `cancelled` excluded); `completed_count` counts
 * those that at least one activity instance points at through `planned_session_id` (whatever the session status);
 * `adherence` = completed / planned (null when nothing was planned); `unplanned_count` counts activity instances
 * without `planned_session_id` by `local_date`. A week appears when any count is non-zero.
 *
 * @example
 * ```ts
 * WeeklyAdherenceRowSchema.parse({ week_start: '2025-03-03', planned_count: 4, completed_count: 3, adherence: 0.75, unplanned_count: 1 });
 * ```
 */
export const WeeklyAdherenceRowSchema = z.strictObject({
  week_start: LocalDateSchema,
  planned_count: z.number().int().min(0),
  completed_count: z.number().int().min(0),
  adherence: z.number().min(0).max(1).nullable(),
  unplanned_count: z.number().int().min(0),
});

/**
 * See {@link WeeklyAdherenceRowSchema}.
 *
 * @example
 * ```ts
 * const percent = (row: WeeklyAdherenceRow) => (row.adherence ?? 0) * 100;
 * ```
 */
export type WeeklyAdherenceRow = z.output<typeof WeeklyAdherenceRowSchema>;

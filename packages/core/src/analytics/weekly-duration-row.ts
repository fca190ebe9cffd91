import { z } from 'zod';
import { DisciplineIdSchema } from '../ids/entity-ids.js';
import { LocalDateSchema } from '../time/local-date.js';

/**
 * One row of `AnalyticsRepository.weeklyDurationByDiscipline`: performed time per week and discipline.
 * `duration_seconds` sums `COALESCE(duration_seconds, performed_end - performed_start, 0)` of the activity instances
 * whose `local_date` falls in the week (and in the range); `discipline_id` null groups activities without one.
 *
 * @example
 * ```ts
 * WeeklyDurationRowSchema.parse({ week_start: '2025-03-03', discipline_id: 'running', duration_seconds: 7200, activity_count: 3 });
 * ```
 */
export const WeeklyDurationRowSchema = z.strictObject({
  week_start: LocalDateSchema,
  discipline_id: DisciplineIdSchema.nullable(),
  duration_seconds: z.number().min(0),
  activity_count: z.number().int().min(1),
});

/**
 * See {@link WeeklyDurationRowSchema}.
 *
 * @example
 * ```ts
 * const hours = (row: WeeklyDurationRow) => row.duration_seconds / 3600;
 * ```
 */
export type WeeklyDurationRow = z.output<typeof WeeklyDurationRowSchema>;

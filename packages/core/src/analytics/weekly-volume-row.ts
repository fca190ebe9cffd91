import { z } from 'zod';
import { DisciplineIdSchema } from '../ids/entity-ids.js';
import { LocalDateSchema } from '../time/local-date.js';

/**
 * One row of `AnalyticsRepository.weeklyVolumeByDiscipline`: performed volume per week and discipline.
 * `tonnage_kg` = sum of `reps * load_kg` over the non-warm-up strength sets (null reps or load count as 0);
 * `set_count` and `rep_count` count those sets and reps; `distance_m` sums the activities' `distance_m`.
 * Weeks come from the activity's `local_date`.
 *
 * @example
 * ```ts
 * WeeklyVolumeRowSchema.parse({ week_start: '2025-03-03', discipline_id: 'powerlifting', tonnage_kg: 12500, set_count: 24, rep_count: 120, distance_m: 0 });
 * ```
 */
export const WeeklyVolumeRowSchema = z.strictObject({
  week_start: LocalDateSchema,
  discipline_id: DisciplineIdSchema.nullable(),
  tonnage_kg: z.number().min(0),
  set_count: z.number().int().min(0),
  rep_count: z.number().int().min(0),
  distance_m: z.number().min(0),
});

/**
 * See {@link WeeklyVolumeRowSchema}.
 *
 * @example
 * ```ts
 * const tonnes = (row: WeeklyVolumeRow) => row.tonnage_kg / 1000;
 * ```
 */
export type WeeklyVolumeRow = z.output<typeof WeeklyVolumeRowSchema>;

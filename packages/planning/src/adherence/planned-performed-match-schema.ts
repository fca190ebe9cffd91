import { ActivityCategorySchema, ActivitySourceSchema, LocalDateSchema } from '@trainkit/core';
import { z } from 'zod';

/**
 * What became of a planned session: `completed` (a performed activity matches it, or it is marked `completed`),
 * `partial` (marked `partially_completed`), `missed` (still `planned`, its day is over, nothing matches),
 * `skipped` / `cancelled` (marked so), `pending` (still `planned`, today or later).
 *
 * @example
 * ```ts
 * PLANNED_OUTCOMES.includes('missed'); // true
 * ```
 */
export const PLANNED_OUTCOMES = ['completed', 'partial', 'missed', 'skipped', 'cancelled', 'pending'] as const;

/**
 * One of {@link PLANNED_OUTCOMES}.
 *
 * @example
 * ```ts
 * const outcome: PlannedOutcome = 'completed';
 * ```
 */
export type PlannedOutcome = (typeof PLANNED_OUTCOMES)[number];

/**
 * How a planned session was matched: `explicit_link` (the activity's `planned_session_id`), `same_day_discipline`
 * (same local day and the same discipline, or the same activity definition), `status` (no activity, but the
 * session is marked `completed` or `partially_completed`).
 *
 * @example
 * ```ts
 * MATCH_METHODS.includes('explicit_link'); // true
 * ```
 */
export const MATCH_METHODS = ['explicit_link', 'same_day_discipline', 'status'] as const;

/**
 * One of {@link MATCH_METHODS}.
 *
 * @example
 * ```ts
 * const method: MatchMethod = 'same_day_discipline';
 * ```
 */
export type MatchMethod = (typeof MATCH_METHODS)[number];

/**
 * A planned session with what became of it and the activities that fulfilled it.
 *
 * @example
 * ```ts
 * PlannedMatchSchema.parse(result.planned[0]);
 * ```
 */
export const PlannedMatchSchema = z.object({
  planned_session_id: z.string(),
  scheduled_date: LocalDateSchema,
  program_id: z.string().nullable(),
  title: z.string(),
  outcome: z.enum(PLANNED_OUTCOMES),
  method: z.enum(MATCH_METHODS).nullable(),
  /** Performed activities matched to it, by start then id. */
  activity_ids: z.array(z.string()),
});

/**
 * See {@link PlannedMatchSchema}.
 *
 * @example
 * ```ts
 * const match: PlannedMatch | undefined = result.planned[0];
 * ```
 */
export type PlannedMatch = z.output<typeof PlannedMatchSchema>;

/**
 * A performed activity no planned session accounts for (it still counts toward fatigue and goals). `hobby` when its
 * category is one of the hobby categories (default `hobby`).
 *
 * @example
 * ```ts
 * UnplannedActivitySchema.parse(result.unplanned[0]);
 * ```
 */
export const UnplannedActivitySchema = z.object({
  activity_id: z.string(),
  local_date: LocalDateSchema,
  discipline_id: z.string().nullable(),
  activity_definition_id: z.string().nullable(),
  category: ActivityCategorySchema.nullable(),
  hobby: z.boolean(),
  source: ActivitySourceSchema,
  provider: z.string().nullable(),
  title: z.string().nullable(),
  duration_seconds: z.number().nullable(),
});

/**
 * See {@link UnplannedActivitySchema}.
 *
 * @example
 * ```ts
 * const hobbies = (list: UnplannedActivity[]) => list.filter((activity) => activity.hobby);
 * ```
 */
export type UnplannedActivity = z.output<typeof UnplannedActivitySchema>;

/**
 * The result of {@link matchPlannedToPerformed}: every planned session with its outcome, the unplanned activities,
 * and the activities linked to a planned session that was not given (outside the window looked at).
 *
 * @example
 * ```ts
 * const result = PlannedPerformedMatchSchema.parse(matchPlannedToPerformed(planned, performed, { today }));
 * ```
 */
export const PlannedPerformedMatchSchema = z.object({
  /** The day outcomes were judged on (`missed` before it, `pending` from it), or null. */
  today: LocalDateSchema.nullable(),
  /** By scheduled date, `order_index`, id. */
  planned: z.array(PlannedMatchSchema),
  /** By local date, start, id. */
  unplanned: z.array(UnplannedActivitySchema),
  /** Activities linked to a planned session that was not given. */
  linked_elsewhere: z.array(z.object({ activity_id: z.string(), planned_session_id: z.string() })),
});

/**
 * See {@link PlannedPerformedMatchSchema}.
 *
 * @example
 * ```ts
 * const result: PlannedPerformedMatch = matchPlannedToPerformed(planned, performed, { today: '2024-06-12' });
 * ```
 */
export type PlannedPerformedMatch = z.output<typeof PlannedPerformedMatchSchema>;

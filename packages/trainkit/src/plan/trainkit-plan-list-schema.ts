import { LocalDateSchema, PlannedSessionExerciseRowSchema, PlannedSessionRowSchema } from '@trainkit/core';
import { z } from 'zod';
import { RecommendationSetSchema } from './recommendation-set-schema.js';

/**
 * The `format` tag of {@link TrainkitPlanListSchema}.
 *
 * @example
 * ```ts
 * plan.format === TRAINKIT_PLAN_LIST_FORMAT; // true
 * ```
 */
export const TRAINKIT_PLAN_LIST_FORMAT = 'trainkit.plan/1';

/**
 * A planned session with its exercises, its latest recommendation set, and how many earlier sets are kept.
 *
 * @example
 * ```ts
 * PlannedSessionPlanSchema.parse(plan.sessions[0]).latest_set?.recommendations[0]?.explanation;
 * ```
 */
export const PlannedSessionPlanSchema = z.object({
  planned_session: PlannedSessionRowSchema,
  exercises: z.array(PlannedSessionExerciseRowSchema),
  /** The newest set, or null when the session has none. */
  latest_set: RecommendationSetSchema.nullable(),
  /** Older sets kept unchanged in storage. */
  earlier_sets: z.number().int().min(0),
  /** The older sets, oldest first, when asked for (`includeHistory`), else null. */
  history: z.array(RecommendationSetSchema).nullable(),
});

/**
 * See {@link PlannedSessionPlanSchema}.
 *
 * @example
 * ```ts
 * const entry: PlannedSessionPlan | undefined = plan.sessions[0];
 * ```
 */
export type PlannedSessionPlan = z.output<typeof PlannedSessionPlanSchema>;

/**
 * What `trainkit.plan.list` returns (and `trainkit plan --json` prints inside its result): the planned sessions of
 * a user between two local days (by date, `order_index`, id) with their recommendations.
 *
 * @example
 * ```ts
 * const plan = TrainkitPlanListSchema.parse(await trainkit.plan.list({ userId: 'u1', from: '2024-06-10', to: '2024-06-23' }));
 * ```
 */
export const TrainkitPlanListSchema = z.object({
  format: z.literal(TRAINKIT_PLAN_LIST_FORMAT),
  user_id: z.string(),
  from: LocalDateSchema,
  to: LocalDateSchema,
  sessions: z.array(PlannedSessionPlanSchema),
});

/**
 * See {@link TrainkitPlanListSchema}.
 *
 * @example
 * ```ts
 * const plan: TrainkitPlanList = await trainkit.plan.list({ userId: 'u1', from: '2024-06-10', to: '2024-06-23' });
 * ```
 */
export type TrainkitPlanList = z.output<typeof TrainkitPlanListSchema>;

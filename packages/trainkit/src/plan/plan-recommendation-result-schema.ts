import { InstantSchema } from '@trainkit/core';
import { z } from 'zod';
import { TrainkitPlanListSchema } from './trainkit-plan-list-schema.js';

/**
 * What `recommend` did for one planned session of the range: `new_set` (a set was written), `unchanged` (the latest
 * set already says the same: nothing written), `not_upcoming` (before the as-of day, or no longer `planned`:
 * nothing computed).
 *
 * @example
 * ```ts
 * PLAN_SESSION_OUTCOMES.includes('unchanged'); // true
 * ```
 */
export const PLAN_SESSION_OUTCOMES = ['new_set', 'unchanged', 'not_upcoming'] as const;

/**
 * What `trainkit.plan.recommend` returns: the plan of the range after the call ({@link TrainkitPlanListSchema}), plus
 * the instant computed for, the fatigue report and heuristics used, what happened per session and how many rows
 * were written.
 *
 * @example
 * ```ts
 * const result = PlanRecommendationResultSchema.parse(await trainkit.plan.recommend({ userId: 'u1', from, to }));
 * result.inserted; // 0 on a second call with the same inputs
 * ```
 */
export const PlanRecommendationResultSchema = TrainkitPlanListSchema.extend({
  as_of: InstantSchema,
  /** The fatigue report the recommendations read. */
  fatigue: z.object({
    as_of: InstantSchema,
    engine: z.string(),
    heuristics: z.object({ id: z.string(), version: z.string(), sha256: z.string() }),
    ingestion_run_ids: z.array(z.string()),
  }),
  /** The planning heuristics used. */
  heuristics: z.object({ id: z.string(), version: z.string(), sha256: z.string() }),
  /** The planning engine. */
  engine_version: z.string(),
  outcomes: z.array(
    z.object({
      planned_session_id: z.string(),
      outcome: z.enum(PLAN_SESSION_OUTCOMES),
      /** The set written (`new_set`) or found (`unchanged`); null for `not_upcoming`. */
      sequence: z.number().int().nullable(),
    }),
  ),
  /** Recommendation rows written by this call. */
  inserted: z.number().int().min(0),
});

/**
 * See {@link PlanRecommendationResultSchema}.
 *
 * @example
 * ```ts
 * const result: PlanRecommendationResult = await trainkit.plan.recommend({ userId: 'u1', from: '2024-06-10', to: '2024-06-23' });
 * ```
 */
export type PlanRecommendationResult = z.output<typeof PlanRecommendationResultSchema>;

import type { PlanningHeuristics } from '@trainkit/planning';
import type { PlanAdherenceOptions, PlanListOptions, PlanRecommendOptions } from './plan-options.js';
import type { PlanRecommendationResult } from './plan-recommendation-result-schema.js';
import type { TrainkitPlanAdherence } from './trainkit-plan-adherence-schema.js';
import type { TrainkitPlanList } from './trainkit-plan-list-schema.js';

/**
 * Adaptive planning from stored data (`trainkit.plan`): recommendations for upcoming planned sessions, stored with
 * their provenance and never rewritten, and adherence of performed to planned sessions.
 *
 * @example
 * ```ts
 * const result = await trainkit.plan.recommend({ userId: 'u1', from: '2024-06-10', to: '2024-06-23' });
 * const plan = await trainkit.plan.list({ userId: 'u1', from: '2024-06-10', to: '2024-06-23' });
 * const adherence = await trainkit.plan.adherence({ userId: 'u1', from: '2024-06-03', to: '2024-06-09' });
 * ```
 */
export interface TrainkitPlan {
  /** The planning heuristics every recommendation is computed with (id, version and sha256 in each row). */
  readonly heuristics: PlanningHeuristics;
  /**
   * Computes recommendations for the user's planned sessions from `from` to `to` (those still `planned`, from the
   * as-of day on) with `recommendSessions` of `@trainkit/planning`, from the fatigue report at `asOf` (with its
   * forecast), the goal revisions in force on each session's day as known at `asOf`, skills, constraints and
   * `equipment`, and stores them in `recommendations` in one transaction. Rows are only ever inserted: for each
   * session a new set is written only when it differs from the session's latest set (so the same inputs again
   * write nothing, and a goal revision writes a new set citing the new revision while the old rows stay exactly as
   * they were). Returns the plan of the range afterwards.
   *
   * Throws `NotFoundError` for an unknown user, `ValidationError` for a malformed user id, date, range or equipment.
   */
  recommend(options: PlanRecommendOptions): Promise<PlanRecommendationResult>;
  /** The planned sessions from `from` to `to` with their exercises and latest recommendation set (older sets on request). */
  list(options: PlanListOptions): Promise<TrainkitPlanList>;
  /** Matches performed activities to the planned sessions of the range and reports adherence per week and per block. */
  adherence(options: PlanAdherenceOptions): Promise<TrainkitPlanAdherence>;
}

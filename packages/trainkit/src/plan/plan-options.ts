import type { Equipment, Weekday } from '@trainkit/core';
import type { FatigueAsOf } from '../fatigue/resolve-as-of.js';

/**
 * Options of `trainkit.plan.recommend`.
 *
 * @example
 * ```ts
 * const options: PlanRecommendOptions = { userId: 'u1', from: '2024-06-10', to: '2024-06-23', equipment: ['barbell', 'dumbbell'] };
 * ```
 */
export interface PlanRecommendOptions {
  /** The user (`users.id`); an unknown one is a `NotFoundError`. */
  readonly userId: string;
  /** First local day of the planned sessions to adapt (inclusive). */
  readonly from: string;
  /** Last local day (inclusive), not before `from`. */
  readonly to: string;
  /** Equipment at hand (core `EQUIPMENT` values); omitted or null = everything (bodyweight always). */
  readonly equipment?: readonly Equipment[] | null;
  /** When for (the fatigue report's as-of); default the facade's clock. A local date means the end of that day. */
  readonly asOf?: FatigueAsOf;
}

/**
 * Options of `trainkit.plan.list`.
 *
 * @example
 * ```ts
 * const options: PlanListOptions = { userId: 'u1', from: '2024-06-10', to: '2024-06-23', includeHistory: true };
 * ```
 */
export interface PlanListOptions {
  readonly userId: string;
  readonly from: string;
  readonly to: string;
  /** Also return the earlier recommendation sets of each session, oldest first (default false). */
  readonly includeHistory?: boolean;
}

/**
 * Options of `trainkit.plan.adherence`.
 *
 * @example
 * ```ts
 * const options: PlanAdherenceOptions = { userId: 'u1', from: '2024-06-03', to: '2024-06-30', weekStart: 'monday' };
 * ```
 */
export interface PlanAdherenceOptions {
  readonly userId: string;
  readonly from: string;
  readonly to: string;
  /** First day of a week; default the user's `user_settings.week_start_day`, else `monday`. */
  readonly weekStart?: Weekday;
  /** Today for `missed` vs `pending`: default the facade's clock, as a local day in the user's zone. */
  readonly asOf?: FatigueAsOf;
}

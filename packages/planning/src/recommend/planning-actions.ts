import { z } from 'zod';

/**
 * What a recommendation tells the athlete to do (`payload.action`), beside its stored `kind` (core
 * `RECOMMENDATION_KINDS`): `keep` (kind `note`), `reduce_volume` and `remove_exercise` (`adjust_volume`),
 * `reduce_intensity` (`adjust_load`), `swap_movement` (`regress_movement` when the variant is easier, else
 * `swap_movement`), `move_session` (`reschedule_session`), `replace_with_recovery` (`rest_day`).
 *
 * @example
 * ```ts
 * PLANNING_ACTIONS.includes('move_session'); // true
 * ```
 */
export const PLANNING_ACTIONS = [
  'keep',
  'reduce_volume',
  'remove_exercise',
  'reduce_intensity',
  'swap_movement',
  'move_session',
  'replace_with_recovery',
] as const;

/**
 * One of {@link PLANNING_ACTIONS}.
 *
 * @example
 * ```ts
 * const action: PlanningAction = 'keep';
 * ```
 */
export type PlanningAction = (typeof PLANNING_ACTIONS)[number];

/**
 * Schema of {@link PLANNING_ACTIONS}.
 *
 * @example
 * ```ts
 * PlanningActionSchema.parse('reduce_volume');
 * ```
 */
export const PlanningActionSchema = z.enum(PLANNING_ACTIONS);

import { z } from 'zod';

/**
 * What a goal is about; the shape of `target_json` depends on it.
 *
 * @example
 * ```ts
 * GOAL_TYPES.includes('strength'); // true
 * ```
 */
export const GOAL_TYPES = [
  'strength', 'endurance', 'body_composition', 'skill', 'performance', 'event', 'consistency', 'health',
  'other',
] as const;
/**
 * One of {@link GOAL_TYPES}.
 *
 * @example
 * ```ts
 * const value: GoalType = 'other';
 * ```
 */
export type GoalType = (typeof GOAL_TYPES)[number];
/**
 * Schema of {@link GOAL_TYPES}.
 *
 * @example
 * ```ts
 * GoalTypeSchema.parse('strength');
 * ```
 */
export const GoalTypeSchema = z.enum(GOAL_TYPES);

/**
 * Lifecycle of a goal revision. Which revision is current is told by `effective_to` (null = current), not by status.
 *
 * @example
 * ```ts
 * GOAL_STATUSES.includes('active'); // true
 * ```
 */
export const GOAL_STATUSES = ['active', 'paused', 'achieved', 'abandoned'] as const;
/**
 * One of {@link GOAL_STATUSES}.
 *
 * @example
 * ```ts
 * const value: GoalStatus = 'abandoned';
 * ```
 */
export type GoalStatus = (typeof GOAL_STATUSES)[number];
/**
 * Schema of {@link GOAL_STATUSES}.
 *
 * @example
 * ```ts
 * GoalStatusSchema.parse('active');
 * ```
 */
export const GoalStatusSchema = z.enum(GOAL_STATUSES);

/**
 * Level in the goal hierarchy: `macro` (about 12 months, tied to a macro cycle), `block` (about 12 weeks, tied to a program), `session` (a single workout target).
 *
 * @example
 * ```ts
 * GOAL_HORIZONS.includes('macro'); // true
 * ```
 */
export const GOAL_HORIZONS = ['macro', 'block', 'session'] as const;
/**
 * One of {@link GOAL_HORIZONS}.
 *
 * @example
 * ```ts
 * const value: GoalHorizon = 'session';
 * ```
 */
export type GoalHorizon = (typeof GOAL_HORIZONS)[number];
/**
 * Schema of {@link GOAL_HORIZONS}.
 *
 * @example
 * ```ts
 * GoalHorizonSchema.parse('macro');
 * ```
 */
export const GoalHorizonSchema = z.enum(GOAL_HORIZONS);

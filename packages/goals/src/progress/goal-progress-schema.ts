import { GoalIdSchema, GoalKeySchema, InstantSchema } from '@trainkit/core';
import { z } from 'zod';

/**
 * Where a goal stands: `achieved` (the target is met, or the goal was retired as achieved), `ahead` / `on_track` /
 * `behind` (the least-squares projection at the deadline against the target; without a deadline, whether the trend
 * moves toward the target), `no_data` (fewer than two measurements at different times, or nothing to measure).
 *
 * @example
 * ```ts
 * GOAL_PROGRESS_STATUSES.includes('on_track'); // true
 * ```
 */
export const GOAL_PROGRESS_STATUSES = ['ahead', 'on_track', 'behind', 'achieved', 'no_data'] as const;

/**
 * One of {@link GOAL_PROGRESS_STATUSES}.
 *
 * @example
 * ```ts
 * const status: GoalProgressStatus = 'behind';
 * ```
 */
export type GoalProgressStatus = (typeof GOAL_PROGRESS_STATUSES)[number];

/**
 * The measure of a goal as reported (see `GoalTargetMeasure`).
 *
 * @example
 * ```ts
 * GoalProgressMeasureSchema.parse({ field: 'load_kg', unit: 'kg', better: 'higher', basis: 'best', label: 'one-rep max', target: 140 });
 * ```
 */
export const GoalProgressMeasureSchema = z.object({
  field: z.string(),
  unit: z.string(),
  better: z.enum(['higher', 'lower']),
  basis: z.enum(['best', 'latest']),
  label: z.string(),
  target: z.number(),
});

/**
 * The progress of a goal at `as_of`, as `goalProgress` returns it. Values are in the measure's unit; `null`
 * where they cannot be known (no measurement, no slope, no deadline).
 *
 * @example
 * ```ts
 * const progress = GoalProgressSchema.parse(JSON.parse(json));
 * progress.status; // 'on_track'
 * ```
 */
export const GoalProgressSchema = z.object({
  goal_id: GoalIdSchema,
  goal_key: GoalKeySchema,
  revision: z.number().int().min(1),
  as_of: InstantSchema,
  status: z.enum(GOAL_PROGRESS_STATUSES),
  measure: GoalProgressMeasureSchema.nullable(),
  start: InstantSchema.describe('Start of the goal window: the expected line starts here at the baseline.'),
  deadline: InstantSchema.nullable(),
  baseline_value: z.number().nullable().describe('The last value at or before start, else the first after it (or the one given).'),
  current_value: z.number().nullable().describe('The best value so far (basis best) or the latest (basis latest).'),
  latest_value: z.number().nullable(),
  projected_value: z.number().nullable().describe('The least-squares trend line at as_of.'),
  projected_at_deadline: z.number().nullable().describe('The trend line at the deadline.'),
  expected_value_now: z.number().nullable().describe('Where a straight path from baseline at start to the target at the deadline is at as_of.'),
  slope_per_week: z.number().nullable(),
  points_used: z.number().int().min(0),
  checkins_used: z.number().int().min(0),
  checkins_skipped: z.number().int().min(0).describe('Check-ins in the window without a value for this measure.'),
  observations_used: z.number().int().min(0),
  explanation: z.string(),
});

/**
 * A goal's progress, see {@link GoalProgressSchema}.
 *
 * @example
 * ```ts
 * function headline(progress: GoalProgress) { return `${progress.goal_key}: ${progress.status}`; }
 * ```
 */
export type GoalProgress = z.output<typeof GoalProgressSchema>;

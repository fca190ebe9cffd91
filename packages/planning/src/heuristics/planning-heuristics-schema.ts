import { ActivityCategorySchema, SemanticVersionSchema, Sha256HexSchema } from '@trainkit/core';
import { z } from 'zod';

const percent = z.number().min(0).max(100);
const negativePercent = z.number().min(-100).max(0);

/**
 * Zod schema of the versioned planning heuristics config (keys in snake_case, like the fatigue engine's). Strict:
 * an unknown key is rejected so a typo cannot pass silently. `sha256` is optional on input; when present it must
 * match the canonical JSON of everything else (see {@link parsePlanningHeuristics}).
 *
 * - `form`: form (TSB) as a percentage of fitness (CTL) entering the session's day; below `reduce_below_percent` the
 *   session's volume is reduced, below `recovery_below_percent` it is replaced by recovery. Not applied while CTL is
 *   under `min_ctl` (too little load for a ratio), nor while the history is shorter than `min_history_days`: CTL starts
 *   from zero and needs several of its time constants to converge, so early on it is underestimated and form looks far
 *   more negative than it is.
 * - `systemic`: the acute systemic (CNS) channel, in percent of its display capacity, entering the session's day.
 * - `muscle`: per-muscle fatigue entering the session's day, read on the muscles a movement loads with one of
 *   `roles`; at `reduce_at_percent` the exercise's sets are reduced, at `swap_at_percent` a variant sparing the
 *   muscle is sought (else the sets are reduced).
 * - `readiness`: applied to sessions up to `applies_days` after the readiness date (0 = that day only); band `low`
 *   reduces intensity, a score at or below `move_at_or_below_score` moves the session.
 * - `adjustments`: the stated amounts of every reduction.
 * - `move`: how many days later a session may move to (a day without another planned session).
 * - `recovery`: what replaces a session that should not happen.
 * - `goals`: taper before an event goal; whether a movement named by a goal is reduced rather than swapped when its
 *   muscles are fatigued.
 *
 * @example
 * ```ts
 * const parsed = PlanningHeuristicsSchema.safeParse(PLANNING_HEURISTICS);
 * parsed.success; // true
 * ```
 */
export const PlanningHeuristicsSchema = z
  .strictObject({
    /** Config id, stamped into every recommendation (`heuristics_config_id`). */
    id: z.string().min(1).max(120),
    /** Semantic version of the config. */
    version: SemanticVersionSchema,
    /** SHA-256 of the canonical JSON of everything but this field; computed when absent. */
    sha256: Sha256HexSchema.optional(),
    form: z.strictObject({
      min_ctl: z.number().min(0).max(1000),
      min_history_days: z.number().int().min(0).max(3650),
      reduce_below_percent: negativePercent,
      recovery_below_percent: negativePercent,
    }),
    systemic: z.strictObject({ reduce_at_percent: percent, recovery_at_percent: percent }),
    muscle: z.strictObject({
      roles: z.array(z.enum(['primary', 'secondary', 'stabilizer'])).min(1).readonly(),
      reduce_at_percent: percent,
      swap_at_percent: percent,
    }),
    readiness: z.strictObject({
      applies_days: z.number().int().min(0).max(7),
      move_at_or_below_score: percent,
    }),
    adjustments: z.strictObject({
      /** Session volume reduction when form or systemic fatigue calls for it. */
      volume_reduction_percent: z.number().gt(0).max(90),
      /** Exercise volume reduction when the exercise's muscles are fatigued. */
      muscle_volume_reduction_percent: z.number().gt(0).max(90),
      /** Volume reduction before an event goal (taper). */
      taper_volume_reduction_percent: z.number().gt(0).max(90),
      /** Load reduction when readiness is low (or a `limited` movement has no variant). */
      intensity_reduction_percent: z.number().gt(0).max(50),
      /** RPE points taken off prescribed RPEs (and added to RIR) when intensity is reduced. */
      rpe_reduction: z.number().min(0).max(5).multipleOf(0.5),
      /** Reduced loads are rounded down to a multiple of this (kg). */
      load_step_kg: z.number().gt(0).max(10),
      /** Fewest sets an exercise keeps when its volume is reduced. */
      min_sets: z.number().int().min(1).max(10),
    }),
    move: z.strictObject({ max_days: z.number().int().min(1).max(7) }),
    recovery: z.strictObject({
      activity: z.string().min(1).max(64),
      category: ActivityCategorySchema,
      duration_seconds: z.number().int().min(300).max(7200),
      max_rpe: z.number().min(0).max(10),
    }),
    goals: z.strictObject({
      taper_days: z.number().int().min(0).max(28),
      protect_goal_movements: z.boolean(),
    }),
  })
  .refine((config) => config.form.recovery_below_percent < config.form.reduce_below_percent, {
    path: ['form', 'recovery_below_percent'],
    message: 'must be below reduce_below_percent',
  })
  .refine((config) => config.systemic.recovery_at_percent > config.systemic.reduce_at_percent, {
    path: ['systemic', 'recovery_at_percent'],
    message: 'must be above reduce_at_percent',
  })
  .refine((config) => config.muscle.swap_at_percent > config.muscle.reduce_at_percent, {
    path: ['muscle', 'swap_at_percent'],
    message: 'must be above reduce_at_percent',
  })
  .refine((config) => new Set(config.muscle.roles).size === config.muscle.roles.length, {
    path: ['muscle', 'roles'],
    message: 'a role is listed twice',
  });

/**
 * A validated planning heuristics config with its `sha256` (see {@link PlanningHeuristicsSchema}).
 *
 * @example
 * ```ts
 * const config: PlanningHeuristics = PLANNING_HEURISTICS;
 * config.adjustments.volume_reduction_percent; // 30
 * ```
 */
export type PlanningHeuristics = z.output<typeof PlanningHeuristicsSchema> & { readonly sha256: string };

/**
 * What {@link parsePlanningHeuristics} accepts: a config with or without `sha256`.
 *
 * @example
 * ```ts
 * const input: PlanningHeuristicsInput = { ...PLANNING_HEURISTICS, version: '0.1.1', sha256: undefined };
 * ```
 */
export type PlanningHeuristicsInput = z.input<typeof PlanningHeuristicsSchema>;

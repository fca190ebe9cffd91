import {
  ActivityDefinitionIdSchema,
  BIOMETRIC_METRIC_RANGES,
  DisciplineIdSchema,
  LocalDateSchema,
  MovementIdSchema,
  SKILL_LEVELS,
  TRAINKIT_BOUNDS,
} from '@trainkit/core';
import { z } from 'zod';

const positive = (max: number) => z.number().positive().max(max);
const LoadKg = positive(TRAINKIT_BOUNDS.loadKg.max).describe('Load in kg.');
const DistanceM = positive(TRAINKIT_BOUNDS.distanceM.max).describe('Distance in metres.');
const DurationSeconds = positive(TRAINKIT_BOUNDS.sessionDurationSeconds.max).describe('Duration in seconds.');

/** What an endurance target is about: a discipline (`dis_running`) or one activity (`act_trail_running`), or both. */
const ENDURANCE_SCOPE = {
  discipline_id: DisciplineIdSchema.optional().describe('The discipline it is measured in (disciplines.id).'),
  activity_definition_id: ActivityDefinitionIdSchema.optional().describe('The activity it is measured in (activity_definitions.id).'),
} as const;

function hasScope(target: { discipline_id?: unknown; activity_definition_id?: unknown }): boolean {
  return target.discipline_id !== undefined || target.activity_definition_id !== undefined;
}
const SCOPE_REQUIRED = { message: 'give discipline_id or activity_definition_id', path: ['discipline_id'] };

/** Exactly one of `keys` is set. */
function exactlyOne(target: Record<string, unknown>, keys: readonly string[]): boolean {
  return keys.filter((key) => target[key] !== undefined).length === 1;
}

/**
 * The goal target types, the discriminant of {@link GoalTargetSchema}.
 *
 * @example
 * ```ts
 * GOAL_TARGET_TYPES.includes('one_rep_max'); // true
 * ```
 */
export const GOAL_TARGET_TYPES = [
  'one_rep_max', 'time', 'distance', 'pace', 'power', 'body_composition', 'skill', 'adherence', 'habit', 'event',
] as const;

/**
 * One of {@link GOAL_TARGET_TYPES}.
 *
 * @example
 * ```ts
 * const type: GoalTargetType = 'pace';
 * ```
 */
export type GoalTargetType = (typeof GOAL_TARGET_TYPES)[number];

/**
 * Schema of {@link GOAL_TARGET_TYPES}.
 *
 * @example
 * ```ts
 * GoalTargetTypeSchema.parse('event');
 * ```
 */
export const GoalTargetTypeSchema = z.enum(GOAL_TARGET_TYPES);

/**
 * The body-composition metrics a goal can target (a subset of core `BIOMETRIC_METRIC_TYPES`).
 *
 * @example
 * ```ts
 * BODY_COMPOSITION_METRICS.includes('waist_cm'); // true
 * ```
 */
export const BODY_COMPOSITION_METRICS = ['weight_kg', 'body_fat_percent', 'lean_mass_kg', 'waist_cm'] as const;

/**
 * One of {@link BODY_COMPOSITION_METRICS}.
 *
 * @example
 * ```ts
 * const metric: BodyCompositionMetric = 'weight_kg';
 * ```
 */
export type BodyCompositionMetric = (typeof BODY_COMPOSITION_METRICS)[number];

/**
 * Which way a body-composition value should move.
 *
 * @example
 * ```ts
 * TARGET_DIRECTIONS.includes('decrease'); // true
 * ```
 */
export const TARGET_DIRECTIONS = ['decrease', 'increase'] as const;

/**
 * One of {@link TARGET_DIRECTIONS}.
 *
 * @example
 * ```ts
 * const direction: TargetDirection = 'increase';
 * ```
 */
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];

/**
 * A one-repetition-maximum target: lift `load_kg` once on `movement_id`.
 *
 * @example
 * ```ts
 * OneRepMaxTargetSchema.parse({ type: 'one_rep_max', movement_id: 'mov_back_squat', load_kg: 140 });
 * ```
 */
export const OneRepMaxTargetSchema = z.strictObject({
  type: z.literal('one_rep_max'),
  movement_id: MovementIdSchema.describe('The movement (movements.id).'),
  load_kg: LoadKg,
});

/**
 * A time target: cover `distance_m` in at most `duration_seconds` (a 10 km run in 45 minutes).
 *
 * @example
 * ```ts
 * TimeTargetSchema.parse({ type: 'time', discipline_id: 'dis_running', distance_m: 10_000, duration_seconds: 2700 });
 * ```
 */
export const TimeTargetSchema = z
  .strictObject({ type: z.literal('time'), ...ENDURANCE_SCOPE, distance_m: DistanceM, duration_seconds: DurationSeconds })
  .refine(hasScope, SCOPE_REQUIRED);

/**
 * A distance target: cover `distance_m` in one session (a first marathon), optionally within `duration_seconds`.
 *
 * @example
 * ```ts
 * DistanceTargetSchema.parse({ type: 'distance', discipline_id: 'dis_running', distance_m: 42_195 });
 * ```
 */
export const DistanceTargetSchema = z
  .strictObject({ type: z.literal('distance'), ...ENDURANCE_SCOPE, distance_m: DistanceM, duration_seconds: DurationSeconds.optional() })
  .refine(hasScope, SCOPE_REQUIRED);

/**
 * A pace target: hold `seconds_per_km` (or faster), over at least `distance_m` when given.
 *
 * @example
 * ```ts
 * PaceTargetSchema.parse({ type: 'pace', discipline_id: 'dis_running', seconds_per_km: 270, distance_m: 5000 });
 * ```
 */
export const PaceTargetSchema = z
  .strictObject({
    type: z.literal('pace'),
    ...ENDURANCE_SCOPE,
    seconds_per_km: z.number().positive().max(3600).describe('Pace in seconds per kilometre (lower is faster).'),
    distance_m: DistanceM.optional(),
  })
  .refine(hasScope, SCOPE_REQUIRED);

/**
 * A power target: hold `watts` (or more) for `duration_seconds` (an FTP of 300 W is 300 W for 3600 s).
 *
 * @example
 * ```ts
 * PowerTargetSchema.parse({ type: 'power', discipline_id: 'dis_cycling', watts: 300, duration_seconds: 1200 });
 * ```
 */
export const PowerTargetSchema = z
  .strictObject({
    type: z.literal('power'),
    ...ENDURANCE_SCOPE,
    watts: positive(TRAINKIT_BOUNDS.powerW.max).describe('Average power in W.'),
    duration_seconds: DurationSeconds,
  })
  .refine(hasScope, SCOPE_REQUIRED);

/**
 * A body-composition target: bring `metric` to `target` (its unit is in the metric's name), going `direction`.
 * `target` must lie in the plausible range of the metric (core `BIOMETRIC_METRIC_RANGES`).
 *
 * @example
 * ```ts
 * BodyCompositionTargetSchema.parse({ type: 'body_composition', metric: 'weight_kg', target: 78, direction: 'decrease' });
 * ```
 */
export const BodyCompositionTargetSchema = z
  .strictObject({
    type: z.literal('body_composition'),
    metric: z.enum(BODY_COMPOSITION_METRICS),
    target: z.number(),
    direction: z.enum(TARGET_DIRECTIONS),
  })
  .superRefine((target, ctx) => {
    const range = BIOMETRIC_METRIC_RANGES[target.metric];
    if (target.target < range.min || target.target > range.max) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: `${target.metric} must be ${range.min}..${range.max}` });
    }
  });

/**
 * A skill target on a movement: reach a skill `level` (core `SKILL_LEVELS`), or do `reps` in one set, or hold for
 * `hold_seconds`: exactly one of the three.
 *
 * @example
 * ```ts
 * SkillTargetSchema.parse({ type: 'skill', movement_id: 'mov_pull_up', reps: 10 });
 * ```
 */
export const SkillTargetSchema = z
  .strictObject({
    type: z.literal('skill'),
    movement_id: MovementIdSchema,
    level: z.enum(SKILL_LEVELS).optional(),
    reps: z.number().int().positive().max(TRAINKIT_BOUNDS.reps.max).optional(),
    hold_seconds: z.number().positive().max(TRAINKIT_BOUNDS.setDurationSeconds.max).optional(),
  })
  .refine((target) => exactlyOne(target, ['level', 'reps', 'hold_seconds']), {
    message: 'give exactly one of level, reps, hold_seconds',
    path: ['level'],
  });

/**
 * An adherence target: train `sessions_per_week` times, or `weekly_minutes` minutes a week (exactly one), in one
 * discipline when `discipline_id` is given.
 *
 * @example
 * ```ts
 * AdherenceTargetSchema.parse({ type: 'adherence', sessions_per_week: 4 });
 * ```
 */
export const AdherenceTargetSchema = z
  .strictObject({
    type: z.literal('adherence'),
    discipline_id: DisciplineIdSchema.optional(),
    sessions_per_week: z.number().int().positive().max(50).optional(),
    weekly_minutes: z.number().positive().max(7 * 24 * 60).optional(),
  })
  .refine((target) => exactlyOne(target, ['sessions_per_week', 'weekly_minutes']), {
    message: 'give exactly one of sessions_per_week, weekly_minutes',
    path: ['sessions_per_week'],
  });

/**
 * A habit target: do `habit` on `days_per_week` days a week (measured by check-ins).
 *
 * @example
 * ```ts
 * HabitTargetSchema.parse({ type: 'habit', habit: 'mobility 10 minutes', days_per_week: 5 });
 * ```
 */
export const HabitTargetSchema = z.strictObject({
  type: z.literal('habit'),
  habit: z.string().trim().min(1).max(200),
  days_per_week: z.number().int().min(1).max(7),
});

/**
 * An event target: take part in `name` on `date` in `discipline_id`, optionally covering `distance_m` within
 * `duration_seconds` (a finish time).
 *
 * @example
 * ```ts
 * EventTargetSchema.parse({ type: 'event', name: 'Berlin Marathon', date: '2025-09-21', discipline_id: 'dis_running', distance_m: 42_195, duration_seconds: 12_600 });
 * ```
 */
export const EventTargetSchema = z
  .strictObject({
    type: z.literal('event'),
    name: z.string().trim().min(1).max(200),
    date: LocalDateSchema,
    discipline_id: DisciplineIdSchema,
    distance_m: DistanceM.optional(),
    duration_seconds: DurationSeconds.optional(),
  })
  .refine((target) => target.duration_seconds === undefined || target.distance_m !== undefined, {
    message: 'a finish time (duration_seconds) needs distance_m',
    path: ['distance_m'],
  });

/**
 * A goal's target (`goals.target_json`), discriminated by `type`: performance (`one_rep_max`, `time`, `distance`,
 * `pace`, `power`), `body_composition`, `skill`, `adherence`, `habit` and `event`. Unknown keys are rejected. Which
 * types fit which `goal_type` is `GOAL_TARGET_TYPES_BY_GOAL_TYPE`.
 *
 * @example
 * ```ts
 * const target = GoalTargetSchema.parse({ type: 'one_rep_max', movement_id: 'mov_back_squat', load_kg: 140 });
 * ```
 */
export const GoalTargetSchema = z.discriminatedUnion('type', [
  OneRepMaxTargetSchema,
  TimeTargetSchema,
  DistanceTargetSchema,
  PaceTargetSchema,
  PowerTargetSchema,
  BodyCompositionTargetSchema,
  SkillTargetSchema,
  AdherenceTargetSchema,
  HabitTargetSchema,
  EventTargetSchema,
]);

/**
 * A validated goal target, see {@link GoalTargetSchema}.
 *
 * @example
 * ```ts
 * function describe(target: GoalTarget) { return target.type; }
 * ```
 */
export type GoalTarget = z.output<typeof GoalTargetSchema>;

/**
 * What may be passed as a goal target (ids as plain strings), see {@link GoalTargetSchema}.
 *
 * @example
 * ```ts
 * const input: GoalTargetInput = { type: 'adherence', sessions_per_week: 4 };
 * ```
 */
export type GoalTargetInput = z.input<typeof GoalTargetSchema>;

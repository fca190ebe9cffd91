import {
  GoalHorizonSchema,
  GoalStatusSchema,
  GoalTypeSchema,
  LocalDateSchema,
  ProgramStatusSchema,
  SKILL_LEVELS,
} from '@trainkit/core';
import { RETIRED_GOAL_STATUSES } from '@trainkit/goals';
import { z } from 'zod';

/** A point in time of a goal call: an ISO instant, or a local date (`YYYY-MM-DD`) read in the athlete's zone. */
const GoalTimeSchema = z.string().min(1).describe('An ISO-8601 date-time with Z or an offset, or a local date YYYY-MM-DD.');
const Id = z.string().min(1);
const Text = z.string().trim().min(1);

/**
 * Input of `trainkit.goals.createCycle`: a macro cycle (about 12 months) of an athlete. `id` defaults to a new id.
 *
 * @example
 * ```ts
 * const input: CreateCycleInput = { userId: 'u1', name: '2025 season', startDate: '2025-01-06', endDate: '2025-12-28' };
 * ```
 */
export const CreateCycleInputSchema = z.strictObject({
  userId: Id,
  id: Id.optional(),
  name: Text,
  startDate: LocalDateSchema,
  endDate: LocalDateSchema,
  notes: z.string().nullable().optional(),
});

/**
 * See {@link CreateCycleInputSchema}.
 *
 * @example
 * ```ts
 * await trainkit.goals.createCycle({ userId: 'u1', name: '2025 season', startDate: '2025-01-06', endDate: '2025-12-28' } satisfies CreateCycleInput);
 * ```
 */
export type CreateCycleInput = z.input<typeof CreateCycleInputSchema>;

/**
 * Input of `trainkit.goals.createBlock`: a 12-week block (a `programs` row) inside a macro cycle. `status` defaults
 * to `draft`, `id` to a new id.
 *
 * @example
 * ```ts
 * const input: CreateBlockInput = { userId: 'u1', macroCycleId: 'm1', name: 'Base 1', startDate: '2025-01-06', endDate: '2025-03-30' };
 * ```
 */
export const CreateBlockInputSchema = z.strictObject({
  userId: Id,
  id: Id.optional(),
  macroCycleId: Id,
  name: Text,
  startDate: LocalDateSchema,
  endDate: LocalDateSchema,
  description: z.string().nullable().optional(),
  status: ProgramStatusSchema.optional(),
});

/**
 * See {@link CreateBlockInputSchema}.
 *
 * @example
 * ```ts
 * const input: CreateBlockInput = { userId: 'u1', macroCycleId: 'm1', name: 'Build', startDate: '2025-04-07', endDate: '2025-06-29', status: 'active' };
 * ```
 */
export type CreateBlockInput = z.input<typeof CreateBlockInputSchema>;

/**
 * Input of `trainkit.goals.create`: a new goal (its first revision). `target` follows `@trainkit/goals`'
 * `GoalTargetSchema`, but movements, disciplines and activities may be named by catalog slug (`back_squat`,
 * `running`); they are stored as ids. A `block` goal names its block (`programId`; its macro cycle is taken from the
 * block), a `macro` goal its cycle (`macroCycleId`); `parentGoalKey` names the goal it serves (of a longer horizon).
 * `effectiveFrom` (valid from; a date means the start of that day in the athlete's zone) defaults to now, `goalKey`
 * to a new id.
 *
 * @example
 * ```ts
 * const input: CreateGoalInput = {
 *   userId: 'u1', title: 'Squat 140 kg', goalType: 'strength', horizon: 'block', programId: 'b1', parentGoalKey: 'strength_2025',
 *   target: { type: 'one_rep_max', movement_id: 'back_squat', load_kg: 140 },
 * };
 * ```
 */
export const CreateGoalInputSchema = z.strictObject({
  userId: Id,
  goalKey: Id.optional(),
  title: Text,
  goalType: GoalTypeSchema,
  horizon: GoalHorizonSchema,
  target: z.unknown(),
  priority: z.number().int().min(1).optional(),
  status: z.enum(['active', 'paused']).optional(),
  parentGoalKey: Id.nullable().optional(),
  macroCycleId: Id.nullable().optional(),
  programId: Id.nullable().optional(),
  effectiveFrom: GoalTimeSchema.optional(),
});

/**
 * See {@link CreateGoalInputSchema}.
 *
 * @example
 * ```ts
 * const input: CreateGoalInput = { userId: 'u1', title: 'Train 4 times a week', goalType: 'consistency', horizon: 'session', target: { type: 'adherence', sessions_per_week: 4 } };
 * ```
 */
export type CreateGoalInput = z.input<typeof CreateGoalInputSchema>;

/**
 * Input of `trainkit.goals.revise`: the change (any of `title`, `goalType`, `target`, `priority`, `status`,
 * `parentGoalKey`), the revision it is based on (a stale one is a `GoalRevisionConflictError`), and when it becomes
 * valid (`effectiveFrom`, default now; a date means the start of that day; may be in the past, a correction).
 *
 * @example
 * ```ts
 * const input: ReviseGoalInput = { userId: 'u1', goalKey: 'squat', basedOnRevision: 1, target: { type: 'one_rep_max', movement_id: 'back_squat', load_kg: 150 } };
 * ```
 */
export const ReviseGoalInputSchema = z.strictObject({
  userId: Id,
  goalKey: Id,
  basedOnRevision: z.number().int().min(1),
  title: Text.optional(),
  goalType: GoalTypeSchema.optional(),
  target: z.unknown().optional(),
  priority: z.number().int().min(1).optional(),
  status: GoalStatusSchema.optional(),
  parentGoalKey: Id.nullable().optional(),
  effectiveFrom: GoalTimeSchema.optional(),
});

/**
 * See {@link ReviseGoalInputSchema}.
 *
 * @example
 * ```ts
 * const input: ReviseGoalInput = { userId: 'u1', goalKey: 'squat', basedOnRevision: 2, priority: 2, effectiveFrom: '2025-04-01' };
 * ```
 */
export type ReviseGoalInput = z.input<typeof ReviseGoalInputSchema>;

/**
 * Input of `trainkit.goals.retire`: the goal is `achieved` or `abandoned` from `effectiveFrom` (default now).
 *
 * @example
 * ```ts
 * const input: RetireGoalInput = { userId: 'u1', goalKey: 'squat', basedOnRevision: 2, status: 'achieved' };
 * ```
 */
export const RetireGoalInputSchema = z.strictObject({
  userId: Id,
  goalKey: Id,
  basedOnRevision: z.number().int().min(1),
  status: z.enum(RETIRED_GOAL_STATUSES),
  effectiveFrom: GoalTimeSchema.optional(),
});

/**
 * See {@link RetireGoalInputSchema}.
 *
 * @example
 * ```ts
 * const input: RetireGoalInput = { userId: 'u1', goalKey: 'squat', basedOnRevision: 3, status: 'abandoned' };
 * ```
 */
export type RetireGoalInput = z.input<typeof RetireGoalInputSchema>;

/**
 * Options of `trainkit.goals.history`: the goal and, optionally, the record time to look from (`asKnownOn`: only
 * revisions and check-ins recorded by then; a date means the end of that day in the athlete's zone).
 *
 * @example
 * ```ts
 * const options: GoalHistoryOptions = { userId: 'u1', goalKey: 'squat', asKnownOn: '2025-04-15' };
 * ```
 */
export const GoalHistoryOptionsSchema = z.strictObject({
  userId: Id,
  goalKey: Id,
  asKnownOn: GoalTimeSchema.optional(),
});

/**
 * See {@link GoalHistoryOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: GoalHistoryOptions = { userId: 'u1', goalKey: 'squat' };
 * ```
 */
export type GoalHistoryOptions = z.input<typeof GoalHistoryOptionsSchema>;

/**
 * Options of `trainkit.goals.inForce`: the goals valid at `validAt` (default now) as known on `knownOn` (default:
 * everything recorded); dates mean the end of that day in the athlete's zone. Retired goals only with
 * `includeRetired`.
 *
 * @example
 * ```ts
 * const options: GoalsInForceOptions = { userId: 'u1', validAt: '2025-04-01', knownOn: '2025-03-15' };
 * ```
 */
export const GoalsInForceOptionsSchema = z.strictObject({
  userId: Id,
  validAt: GoalTimeSchema.optional(),
  knownOn: GoalTimeSchema.optional(),
  includeRetired: z.boolean().optional(),
});

/**
 * See {@link GoalsInForceOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: GoalsInForceOptions = { userId: 'u1' };
 * ```
 */
export type GoalsInForceOptions = z.input<typeof GoalsInForceOptionsSchema>;

/**
 * Input of `trainkit.goals.checkin`: a measured value of the goal's measure (kg for a 1RM, seconds for a time,
 * s/km for a pace, a skill level by name or index, ...), on `date` (default: today in the athlete's zone).
 *
 * @example
 * ```ts
 * const input: GoalCheckinInput = { userId: 'u1', goalKey: 'squat', value: 132.5, date: '2025-04-12', notes: 'single at RPE 9' };
 * ```
 */
export const GoalCheckinInputSchema = z.strictObject({
  userId: Id,
  goalKey: Id,
  value: z.union([z.number(), z.enum(SKILL_LEVELS)]),
  date: LocalDateSchema.optional(),
  notes: z.string().nullable().optional(),
});

/**
 * See {@link GoalCheckinInputSchema}.
 *
 * @example
 * ```ts
 * const input: GoalCheckinInput = { userId: 'u1', goalKey: 'handstand', value: 'intermediate' };
 * ```
 */
export type GoalCheckinInput = z.input<typeof GoalCheckinInputSchema>;

/**
 * Options of `trainkit.goals.progress`: at `asOf` (default now), from what was recorded by `knownOn` (default
 * `asOf`); dates mean the end of that day in the athlete's zone.
 *
 * @example
 * ```ts
 * const options: GoalProgressOptions = { userId: 'u1', goalKey: 'squat', asOf: '2025-04-15' };
 * ```
 */
export const GoalProgressOptionsSchema = z.strictObject({
  userId: Id,
  goalKey: Id,
  asOf: GoalTimeSchema.optional(),
  knownOn: GoalTimeSchema.optional(),
});

/**
 * See {@link GoalProgressOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: GoalProgressOptions = { userId: 'u1', goalKey: 'squat' };
 * ```
 */
export type GoalProgressOptions = z.input<typeof GoalProgressOptionsSchema>;

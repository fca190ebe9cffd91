import { z } from 'zod';
import { DistanceMetersSchema } from '../columns/distance-meters.js';
import { TRAINKIT_BOUNDS } from '../bounds/trainkit-bounds.js';
import { SetDurationSecondsSchema } from '../columns/duration-seconds.js';
import { LoadKgSchema } from '../columns/load-kg.js';
import { RepsSchema } from '../columns/reps.js';
import { RirSchema } from '../columns/rir.js';
import { RpeSchema } from '../columns/rpe.js';
import type { ValidationError } from '../errors/validation-error.js';
import { MovementIdSchema, PlannedSessionExerciseIdSchema } from '../ids/entity-ids.js';
import { unwrap, type Result } from '../result/result.js';
import { buildManualLog } from './build-manual-log.js';
import { checkManualSessionRules } from './check-manual-session-rules.js';
import type { ManualLog } from './manual-log.js';
import type { ManualLogContext } from './manual-log-context.js';
import { MANUAL_SESSION_FIELDS } from './manual-session-fields.js';

/**
 * One performed set of a strength log. A set needs a movement and something done: `reps`, `durationSeconds` (holds,
 * carries; 0..86,400 s) or `distanceM` (sled pushes). Effort is `rpe` (0..10) or `rir` (0..10 in halves), not both.
 * `loadKg` is the external load (0..2,000 kg; 0 for bodyweight; omit when not applicable).
 *
 * @example
 * ```ts
 * StrengthSetInputSchema.parse({ movementId: 'mov_back_squat', reps: 5, loadKg: 100, rpe: 8 });
 * ```
 */
export const StrengthSetInputSchema = z
  .strictObject({
    movementId: MovementIdSchema,
    reps: RepsSchema.nullish(),
    loadKg: LoadKgSchema.nullish(),
    rpe: RpeSchema.nullish(),
    rir: RirSchema.nullish(),
    durationSeconds: SetDurationSecondsSchema.nullish(),
    distanceM: DistanceMetersSchema.nullish(),
    isWarmup: z.boolean().nullish(),
    plannedSessionExerciseId: PlannedSessionExerciseIdSchema.nullish(),
    notes: z.string().nullish(),
  })
  .superRefine((set, ctx) => {
    if (set.reps == null && set.durationSeconds == null && set.distanceM == null) {
      ctx.addIssue({ code: 'custom', path: ['reps'], message: 'a set needs reps, durationSeconds or distanceM' });
    }
    if (set.rpe != null && set.rir != null) {
      ctx.addIssue({ code: 'custom', path: ['rir'], message: 'give rpe or rir, not both' });
    }
  });

/**
 * One set as given to {@link buildStrengthLog}, see {@link StrengthSetInputSchema}.
 *
 * @example
 * ```ts
 * const set: StrengthSetInput = { movementId: 'mov_bench_press', reps: 8, loadKg: 60, rir: 2 };
 * ```
 */
export type StrengthSetInput = z.input<typeof StrengthSetInputSchema>;

/**
 * Input of {@link buildStrengthLog}: the shared session fields (see `MANUAL_SESSION_FIELDS`; `rpe` there is the
 * session RPE) plus 1..5,000 sets (`TRAINKIT_BOUNDS.setsPerSession`). Duration is optional for strength sessions.
 *
 * @example
 * ```ts
 * StrengthLogInputSchema.parse({ userId: 'usr_01', start: '2024-06-01T07:00:00Z', sets: [{ movementId: 'mov_back_squat', reps: 5, loadKg: 100 }] });
 * ```
 */
export const StrengthLogInputSchema = z
  .strictObject({
    ...MANUAL_SESSION_FIELDS,
    sets: z.array(StrengthSetInputSchema).min(TRAINKIT_BOUNDS.setsPerSession.min).max(TRAINKIT_BOUNDS.setsPerSession.max),
  })
  .superRefine((input, ctx) => checkManualSessionRules(input, ctx, { requireDuration: false, requireWhat: false }));

/**
 * What {@link buildStrengthLog} takes, see {@link StrengthLogInputSchema}.
 *
 * @example
 * ```ts
 * const input: StrengthLogInput = {
 *   userId: 'usr_01', start: '2024-06-01T07:00:00Z', durationSeconds: 3600, timeZone: 'Europe/Berlin',
 *   sets: [{ movementId: 'mov_back_squat', reps: 5, loadKg: 100, rpe: 8 }],
 * };
 * ```
 */
export type StrengthLogInput = z.input<typeof StrengthLogInputSchema>;

/**
 * Like {@link buildStrengthLog}, but returns a `Result` holding the rows or the `ValidationError` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeBuildStrengthLog(input, { ids, createdAt: '2024-06-01T09:00:00Z' });
 * if (!result.ok) console.error(result.error.issues); // e.g. [{ path: 'sets.2.reps', rule: 'too_small', ... }]
 * ```
 */
export function safeBuildStrengthLog(input: StrengthLogInput, context: ManualLogContext): Result<ManualLog, ValidationError> {
  return buildManualLog(StrengthLogInputSchema, 'strength log', input, context, (parsed, activityInstanceId, ids) =>
    parsed.sets.map((set, index) => ({
      id: ids(),
      user_id: parsed.userId,
      activity_instance_id: activityInstanceId,
      movement_id: set.movementId,
      planned_session_exercise_id: set.plannedSessionExerciseId ?? null,
      set_index: index,
      reps: set.reps ?? null,
      load_kg: set.loadKg ?? null,
      rpe: set.rpe ?? null,
      rir: set.rir ?? null,
      duration_seconds: set.durationSeconds ?? null,
      distance_m: set.distanceM ?? null,
      is_warmup: set.isWarmup ?? false,
      notes: set.notes ?? null,
    })),
  );
}

/**
 * Builds the canonical rows of a manually logged strength session: one `activity_instances` row and one
 * `activity_strength_sets` row per set, in order. Pure: ids come from `context.ids`, timestamps from
 * `context.createdAt`. The activity is `planned` when `plannedSessionId` is given, else `manual`.
 *
 * @throws {ValidationError} Naming the input field and rule, e.g. `sets.2.reps` / `too_small`.
 *
 * @example
 * ```ts
 * const { activityInstance, strengthSets } = buildStrengthLog(
 *   { userId: 'usr_01', start: '2024-06-01T07:00:00Z', durationSeconds: 3600, timeZone: 'Europe/Berlin',
 *     sets: [{ movementId: 'mov_back_squat', reps: 5, loadKg: 100, rpe: 8 }] },
 *   { ids: createSequentialIdFactory('id'), createdAt: '2024-06-01T08:05:00Z' },
 * );
 * activityInstance.local_date; // '2024-06-01'
 * strengthSets[0].load_kg; // 100
 * ```
 */
export function buildStrengthLog(input: StrengthLogInput, context: ManualLogContext): ManualLog {
  return unwrap(safeBuildStrengthLog(input, context));
}

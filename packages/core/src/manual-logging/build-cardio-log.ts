import { z } from 'zod';
import { DistanceMetersSchema } from '../columns/distance-meters.js';
import { PowerWattsSchema } from '../columns/power-watts.js';
import type { ValidationError } from '../errors/validation-error.js';
import { unwrap, type Result } from '../result/result.js';
import { buildManualLog } from './build-manual-log.js';
import { checkManualSessionRules } from './check-manual-session-rules.js';
import type { ManualLog } from './manual-log.js';
import type { ManualLogContext } from './manual-log-context.js';
import { ENDURANCE_METRIC_FIELDS, MANUAL_SESSION_FIELDS } from './manual-session-fields.js';

/**
 * Input of {@link buildCardioLog}: the shared session fields (see `MANUAL_SESSION_FIELDS`), endurance metrics
 * (`distanceM`, `energyKcal`, `avgHeartRateBpm`, `maxHeartRateBpm`), plus `elevationGainM` and `avgPowerW`.
 * A cardio log needs a duration (`durationSeconds` or `end`) and what it was (`activityDefinitionId` or `title`).
 *
 * @example
 * ```ts
 * CardioLogInputSchema.parse({ userId: 'usr_01', activityDefinitionId: 'act_running', start: '2024-06-02T06:30:00Z', durationSeconds: 2700, distanceM: 10000 });
 * ```
 */
export const CardioLogInputSchema = z
  .strictObject({
    ...MANUAL_SESSION_FIELDS,
    ...ENDURANCE_METRIC_FIELDS,
    elevationGainM: DistanceMetersSchema.nullish(),
    avgPowerW: PowerWattsSchema.nullish(),
  })
  .superRefine((input, ctx) => checkManualSessionRules(input, ctx, { requireDuration: true, requireWhat: true }));

/**
 * What {@link buildCardioLog} takes, see {@link CardioLogInputSchema}.
 *
 * @example
 * ```ts
 * const input: CardioLogInput = {
 *   userId: 'usr_01', activityDefinitionId: 'act_running', disciplineId: 'dis_running', start: '2024-06-02T06:30:00Z',
 *   durationSeconds: 2700, distanceM: 10000, avgHeartRateBpm: 150, rpe: 6,
 * };
 * ```
 */
export type CardioLogInput = z.input<typeof CardioLogInputSchema>;

/**
 * Like {@link buildCardioLog}, but returns a `Result` holding the rows or the `ValidationError` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeBuildCardioLog({ ...input, avgHeartRateBpm: 300 }, context);
 * result.ok; // false: avgHeartRateBpm too_big
 * ```
 */
export function safeBuildCardioLog(input: CardioLogInput, context: ManualLogContext): Result<ManualLog, ValidationError> {
  return buildManualLog(CardioLogInputSchema, 'cardio log', input, context);
}

/**
 * Builds the canonical `activity_instances` row of a manually logged cardio session (run, ride, row, swim, ...):
 * duration, distance, heart rate and session RPE. Pure: the id comes from `context.ids` unless `input.id` is given,
 * timestamps from `context.createdAt`. The activity is `planned` when `plannedSessionId` is given, else `manual`.
 *
 * @throws {ValidationError} Naming the input field and rule, e.g. `durationSeconds` / `too_small`.
 *
 * @example
 * ```ts
 * const { activityInstance } = buildCardioLog(
 *   { userId: 'usr_01', activityDefinitionId: 'act_running', start: '2024-06-02T06:30:00Z', durationSeconds: 2700,
 *     distanceM: 10000, avgHeartRateBpm: 150, rpe: 6 },
 *   { ids: createSequentialIdFactory('act'), createdAt: '2024-06-02T07:30:00Z' },
 * );
 * activityInstance.performed_end; // '2024-06-02T07:15:00.000Z'
 * ```
 */
export function buildCardioLog(input: CardioLogInput, context: ManualLogContext): ManualLog {
  return unwrap(safeBuildCardioLog(input, context));
}

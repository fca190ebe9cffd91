import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import { unwrap, type Result } from '../result/result.js';
import { buildManualLog } from './build-manual-log.js';
import { checkManualSessionRules } from './check-manual-session-rules.js';
import type { ManualLog } from './manual-log.js';
import type { ManualLogContext } from './manual-log-context.js';
import { ENDURANCE_METRIC_FIELDS, MANUAL_SESSION_FIELDS } from './manual-session-fields.js';

/**
 * Input of {@link buildSessionLog}, for sports and hobbies (tennis, climbing, hiking, a football match): the shared
 * session fields (see `MANUAL_SESSION_FIELDS`: duration, session RPE, enjoyment 1..5, notes) plus optional endurance
 * metrics when a watch measured them. It needs a duration (`durationSeconds` or `end`) and what it was
 * (`activityDefinitionId` or `title`).
 *
 * @example
 * ```ts
 * SessionLogInputSchema.parse({ userId: 'usr_01', activityDefinitionId: 'act_tennis', start: '2024-06-02T16:00:00Z', durationSeconds: 5400, rpe: 7, enjoyment: 5 });
 * ```
 */
export const SessionLogInputSchema = z
  .strictObject({ ...MANUAL_SESSION_FIELDS, ...ENDURANCE_METRIC_FIELDS })
  .superRefine((input, ctx) => checkManualSessionRules(input, ctx, { requireDuration: true, requireWhat: true }));

/**
 * What {@link buildSessionLog} takes, see {@link SessionLogInputSchema}.
 *
 * @example
 * ```ts
 * const input: SessionLogInput = {
 *   userId: 'usr_01', activityDefinitionId: 'act_tennis', start: '2024-06-02T16:00:00Z', durationSeconds: 5400,
 *   rpe: 7, enjoyment: 5, notes: 'Doubles, won 6-4 6-3',
 * };
 * ```
 */
export type SessionLogInput = z.input<typeof SessionLogInputSchema>;

/**
 * Like {@link buildSessionLog}, but returns a `Result` holding the rows or the `ValidationError` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeBuildSessionLog({ ...input, enjoyment: 6 }, context);
 * result.ok; // false: enjoyment too_big
 * ```
 */
export function safeBuildSessionLog(input: SessionLogInput, context: ManualLogContext): Result<ManualLog, ValidationError> {
  return buildManualLog(SessionLogInputSchema, 'session log', input, context);
}

/**
 * Builds the canonical `activity_instances` row of a manually logged sport or hobby session. Sports and hobbies
 * differ only in their activity definition's category, so one builder serves both. Pure: the id comes from
 * `context.ids` unless `input.id` is given, timestamps from `context.createdAt`. The activity is `planned` when
 * `plannedSessionId` is given, else `manual`.
 *
 * @throws {ValidationError} Naming the input field and rule, e.g. `enjoyment` / `too_big`.
 *
 * @example
 * ```ts
 * const { activityInstance } = buildSessionLog(
 *   { userId: 'usr_01', activityDefinitionId: 'act_tennis', start: '2024-06-02T16:00:00Z', durationSeconds: 5400,
 *     rpe: 7, enjoyment: 5, notes: 'Doubles' },
 *   { ids: createSequentialIdFactory('act'), createdAt: '2024-06-02T18:00:00Z' },
 * );
 * activityInstance.enjoyment_rating; // 5
 * ```
 */
export function buildSessionLog(input: SessionLogInput, context: ManualLogContext): ManualLog {
  return unwrap(safeBuildSessionLog(input, context));
}

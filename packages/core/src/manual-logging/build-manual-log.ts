import type { z } from 'zod';
import { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { err, ok } from '../result/result.js';
import { safeParseActivityInstance, type ActivityInstanceInsert } from '../schema/activity-instance.js';
import { safeParseActivityStrengthSet, type ActivityStrengthSetInsert } from '../schema/activity-strength-set.js';
import { InstantSchema, toInstant, type Instant } from '../time/instant.js';
import { localDayOf, utcOffsetMinutesAt } from '../time/local-day.js';
import { safeParseWithSchema, toValidationIssues } from '../validation/parse-with-schema.js';
import type { ManualLog } from './manual-log.js';
import type { ManualLogContext } from './manual-log-context.js';

/** The parsed common fields (see MANUAL_SESSION_FIELDS) that become `activity_instances` columns. */
export interface ParsedSessionFields {
  readonly id?: string | null;
  readonly userId: string;
  readonly start: Instant;
  readonly end?: Instant | null;
  readonly durationSeconds?: number | null;
  readonly timeZone?: string | null;
  readonly utcOffsetMinutes?: number | null;
  readonly activityDefinitionId?: string | null;
  readonly disciplineId?: string | null;
  readonly title?: string | null;
  readonly plannedSessionId?: string | null;
  readonly rpe?: number | null;
  readonly enjoyment?: number | null;
  readonly notes?: string | null;
  readonly visibility?: 'private' | 'followers' | 'public' | null;
  readonly distanceM?: number | null;
  readonly elevationGainM?: number | null;
  readonly energyKcal?: number | null;
  readonly avgHeartRateBpm?: number | null;
  readonly maxHeartRateBpm?: number | null;
  readonly avgPowerW?: number | null;
}

/** What a builder adds to the common pipeline: the sets of a strength log, built once the instance id is known. */
export type StrengthSetsOf<Input> = (
  input: Input,
  activityInstanceId: string,
  ids: ManualLogContext['ids'],
) => ActivityStrengthSetInsert[];

/**
 * The `activity_instances` insert of a manual log: `source` is `planned` when the log names the planned session it
 * fulfils, else `manual`; `end` and `duration_seconds` are derived from each other; the UTC offset comes from the
 * time zone (DST-aware) when known; `local_date` is the local day of `start`.
 */
function toActivityInstanceInsert(input: ParsedSessionFields, id: string, createdAt: Instant): ActivityInstanceInsert {
  const startMs = Date.parse(input.start);
  const end = input.end ?? (input.durationSeconds != null ? toInstant(startMs + input.durationSeconds * 1000) : null);
  const durationSeconds = input.durationSeconds ?? (input.end != null ? (Date.parse(input.end) - startMs) / 1000 : null);
  const utcOffsetMinutes = input.timeZone ? utcOffsetMinutesAt(input.start, input.timeZone) : (input.utcOffsetMinutes ?? 0);
  return {
    id,
    user_id: input.userId,
    planned_session_id: input.plannedSessionId ?? null,
    source: input.plannedSessionId != null ? 'planned' : 'manual',
    activity_definition_id: input.activityDefinitionId ?? null,
    discipline_id: input.disciplineId ?? null,
    title: input.title ?? null,
    performed_start: input.start,
    performed_end: end,
    timezone: input.timeZone ?? null,
    utc_offset_minutes: utcOffsetMinutes,
    local_date: localDayOf(input.start, { timeZone: input.timeZone, utcOffsetMinutes }),
    duration_seconds: durationSeconds,
    distance_m: input.distanceM ?? null,
    elevation_gain_m: input.elevationGainM ?? null,
    energy_kcal: input.energyKcal ?? null,
    avg_hr_bpm: input.avgHeartRateBpm ?? null,
    max_hr_bpm: input.maxHeartRateBpm ?? null,
    avg_power_w: input.avgPowerW ?? null,
    perceived_difficulty: input.rpe ?? null,
    enjoyment_rating: input.enjoyment ?? null,
    notes: input.notes ?? null,
    visibility: input.visibility ?? 'private',
    created_at: createdAt,
    updated_at: createdAt,
  };
}

/**
 * The pipeline every manual-log builder shares: validate the input with its schema (issues name the input field,
 * e.g. `sets.2.reps`), validate `createdAt`, build the rows, and validate them with the row insert schemas (issues
 * name the column). Returns a `ValidationError` for the first stage that fails; nothing is half-built.
 */
export function buildManualLog<S extends z.ZodType<ParsedSessionFields>>(
  schema: S,
  subject: string,
  input: unknown,
  context: ManualLogContext,
  strengthSetsOf?: StrengthSetsOf<z.output<S>>,
): Result<ManualLog, ValidationError> {
  const parsed = safeParseWithSchema(schema, input, subject);
  if (!parsed.ok) return parsed;
  const createdAt = InstantSchema.safeParse(context.createdAt);
  if (!createdAt.success) {
    const issues = toValidationIssues(createdAt.error.issues).map((issue) => ({ ...issue, path: 'createdAt' }));
    return err(new ValidationError(subject, issues, { cause: createdAt.error }));
  }
  const fields = parsed.value;
  const id = fields.id ?? context.ids();
  const instance = safeParseActivityInstance(toActivityInstanceInsert(fields, id, createdAt.data));
  if (!instance.ok) return instance;
  const strengthSets = [];
  for (const set of strengthSetsOf?.(fields, id, context.ids) ?? []) {
    const row = safeParseActivityStrengthSet(set);
    if (!row.ok) return row;
    strengthSets.push(row.value);
  }
  return ok({ activityInstance: instance.value, strengthSets });
}

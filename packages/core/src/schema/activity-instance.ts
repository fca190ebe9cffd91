import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { DistanceMetersSchema } from '../columns/distance-meters.js';
import { TRAINKIT_BOUNDS } from '../bounds/trainkit-bounds.js';
import { SessionDurationSecondsSchema } from '../columns/duration-seconds.js';
import { EnergyKcalSchema } from '../columns/energy-kcal.js';
import { EnjoymentRatingSchema } from '../columns/enjoyment-rating.js';
import { HeartRateBpmSchema } from '../columns/heart-rate-bpm.js';
import { PowerWattsSchema } from '../columns/power-watts.js';
import { RpeSchema } from '../columns/rpe.js';
import { ActivitySourceSchema } from '../enums/activity.js';
import { ProviderInputSchema, ProviderSchema } from '../enums/provider.js';
import { VisibilitySchema } from '../enums/visibility.js';
import { ActivityDefinitionIdSchema, ActivityInstanceIdSchema, DisciplineIdSchema, PlannedSessionIdSchema, UserIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { LocalDateSchema } from '../time/local-date.js';
import { localDayOf } from '../time/local-day.js';
import { TimeZoneSchema, UtcOffsetMinutesSchema } from '../time/time-zone.js';
import { CANONICAL_PROVENANCE_COLUMNS } from './canonical-provenance-columns.js';
import { WHEN_FIELDS_VALID } from './when-fields-valid.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `activity_instances`: the canonical performed activity (a workout, a run, a tennis match), whether logged by hand, imported or completed from a plan. Several raw records of one real-world session are merged into one instance (see `activity_instance_links`).
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link ActivityInstanceInsertSchema}
 * (or {@link parseActivityInstance}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: ActivityInstanceRow = ActivityInstanceRowSchema.parse(rowFromDatabase);
 * ```
 */
export const ActivityInstanceRowSchema = z.object({
  id: ActivityInstanceIdSchema,
  user_id: UserIdSchema,
  planned_session_id: PlannedSessionIdSchema.nullable().describe('Planned session this activity fulfils; adherence counts it.'),
  source: ActivitySourceSchema,
  provider: ProviderSchema.nullable().describe('Provider of the primary source record when source is provider.'),
  activity_definition_id: ActivityDefinitionIdSchema.nullable(),
  discipline_id: DisciplineIdSchema.nullable().describe('Discipline for analytics (usually the definition\'s discipline).'),
  title: z.string().nullable(),
  performed_start: InstantSchema,
  performed_end: InstantSchema.nullable(),
  timezone: TimeZoneSchema.nullable().describe('IANA zone where the activity happened, when known.'),
  utc_offset_minutes: UtcOffsetMinutesSchema.describe('UTC offset at performed_start, minutes.'),
  local_date: LocalDateSchema.describe('The user\'s local day of performed_start (from timezone when known, else utc_offset_minutes).'),
  duration_seconds: SessionDurationSecondsSchema.nullable().describe('Active duration; may be shorter than performed_end - performed_start.'),
  distance_m: DistanceMetersSchema.nullable(),
  elevation_gain_m: DistanceMetersSchema.nullable(),
  energy_kcal: EnergyKcalSchema.nullable(),
  avg_hr_bpm: HeartRateBpmSchema.nullable(),
  max_hr_bpm: HeartRateBpmSchema.nullable(),
  avg_power_w: PowerWattsSchema.nullable(),
  perceived_difficulty: RpeSchema.nullable().describe('Session RPE, 0..10.'),
  enjoyment_rating: EnjoymentRatingSchema.nullable(),
  notes: z.string().nullable(),
  visibility: VisibilitySchema.default('private'),
  ...CANONICAL_PROVENANCE_COLUMNS,
  created_at: InstantSchema,
  updated_at: InstantSchema,
});

/**
 * A stored `activity_instances` row, see {@link ActivityInstanceRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: ActivityInstanceRow) { return row.performed_start; }
 * ```
 */
export type ActivityInstanceRow = z.output<typeof ActivityInstanceRowSchema>;

/**
 * Validates a new `activity_instances` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected, and `performed_end` is 1 s .. 14 days after `performed_start` (`TRAINKIT_BOUNDS.sessionDurationSeconds`), `local_date` is the local day of `performed_start`, `provider` is set exactly for provider rows, `planned_session_id` is set for planned rows and `max_hr_bpm` >= `avg_hr_bpm`.
 *
 * @example
 * ```ts
 * const row = ActivityInstanceInsertSchema.parse({ id: 'act_01', user_id: 'usr_01', source: 'manual', performed_start: '2025-03-04T17:00:00.000Z', performed_end: '2025-03-04T18:05:00.000Z', timezone: 'Europe/Berlin', utc_offset_minutes: 60, local_date: '2025-03-04', duration_seconds: 3900, created_at: '2025-03-04T18:10:00.000Z', updated_at: '2025-03-04T18:10:00.000Z' });
 * ```
 */
export const ActivityInstanceInsertSchema = withNullDefaults(ActivityInstanceRowSchema)
  .extend({
    provider: ProviderInputSchema.nullable().default(null),
  })
  .superRefine((row, ctx) => {
    if (row.performed_end !== null && row.performed_start !== null) {
      const elapsedSeconds = (Date.parse(row.performed_end) - Date.parse(row.performed_start)) / 1000;
      if (elapsedSeconds < 0) {
        ctx.addIssue({ code: 'custom', path: ['performed_end'], message: 'must be >= performed_start' });
      } else if (elapsedSeconds < TRAINKIT_BOUNDS.sessionDurationSeconds.min || elapsedSeconds > TRAINKIT_BOUNDS.sessionDurationSeconds.max) {
        ctx.addIssue({
          code: 'custom',
          path: ['performed_end'],
          message: `must be 1 second to 14 days after performed_start (${elapsedSeconds} s)`,
        });
      }
    }
    const expectedDay = localDayOf(row.performed_start, { timeZone: row.timezone, utcOffsetMinutes: row.utc_offset_minutes });
    if (row.local_date !== expectedDay) {
      ctx.addIssue({ code: 'custom', path: ['local_date'], message: `must be the local day of performed_start (${expectedDay})` });
    }
    if ((row.source === ActivitySourceSchema.enum.provider) !== (row.provider !== null)) {
      ctx.addIssue({ code: 'custom', path: ['provider'], message: 'must be set exactly when source is provider' });
    }
    if (row.source === ActivitySourceSchema.enum.planned && row.planned_session_id === null) {
      ctx.addIssue({ code: 'custom', path: ['planned_session_id'], message: 'is required when source is planned' });
    }
    if (row.avg_hr_bpm !== null && row.max_hr_bpm !== null && row.max_hr_bpm < row.avg_hr_bpm) {
      ctx.addIssue({ code: 'custom', path: ['max_hr_bpm'], message: 'must be >= avg_hr_bpm' });
    }
  }, WHEN_FIELDS_VALID);

/**
 * What may be passed to {@link ActivityInstanceInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: ActivityInstanceInsert = { id: 'act_01', user_id: 'usr_01', source: 'manual', performed_start: '2025-03-04T17:00:00.000Z', performed_end: '2025-03-04T18:05:00.000Z', timezone: 'Europe/Berlin', utc_offset_minutes: 60, local_date: '2025-03-04', duration_seconds: 3900, created_at: '2025-03-04T18:10:00.000Z', updated_at: '2025-03-04T18:10:00.000Z' };
 * ```
 */
export type ActivityInstanceInsert = z.input<typeof ActivityInstanceInsertSchema>;

/**
 * Validates and completes a new `activity_instances` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseActivityInstance({ id: 'act_01', user_id: 'usr_01', source: 'manual', performed_start: '2025-03-04T17:00:00.000Z', performed_end: '2025-03-04T18:05:00.000Z', timezone: 'Europe/Berlin', utc_offset_minutes: 60, local_date: '2025-03-04', duration_seconds: 3900, created_at: '2025-03-04T18:10:00.000Z', updated_at: '2025-03-04T18:10:00.000Z' });
 * ```
 */
export function parseActivityInstance(input: unknown): ActivityInstanceRow {
  return parseWithSchema(ActivityInstanceInsertSchema, input, 'activity_instances');
}

/**
 * Like {@link parseActivityInstance} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseActivityInstance(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseActivityInstance(input: unknown): Result<ActivityInstanceRow, ValidationError> {
  return safeParseWithSchema(ActivityInstanceInsertSchema, input, 'activity_instances');
}

import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { TRAINKIT_BOUNDS } from '../bounds/trainkit-bounds.js';
import { HeartRateBpmSchema } from '../columns/heart-rate-bpm.js';
import { JsonValueSchema } from '../columns/json-value.js';
import { SemanticVersionSchema } from '../columns/semantic-version.js';
import { UnitSystemSchema, WeekdaySchema } from '../enums/settings.js';
import { UserIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { TimeZoneSchema } from '../time/time-zone.js';
import { WHEN_FIELDS_VALID } from './when-fields-valid.js';

/**
 * The one canonical settings surface of a user: the API input schema **and** the `user_settings` row are this same
 * schema, so they cannot disagree (the gap where API settings named fields the table lacked is closed by
 * construction; a test checks every field is a registry column and vice versa).
 *
 * One row per user (primary key `user_id`). Nullable fields may be omitted and default to `null`; `unit_system`
 * defaults to `metric` and `week_start_day` to `monday`. Unknown keys are rejected. Physiology fields feed the
 * fatigue engine (HR zones, TRIMP, power and pace thresholds) and use its bounds (`TRAINKIT_BOUNDS`: resting HR
 * 20..250, maximum 60..250, threshold 40..250 bpm; FTP 1..3000 W; threshold pace 120..1800 s/km), with the same
 * cross-field rules: `hr_max_bpm` and `lthr_bpm` above `hr_rest_bpm`, `lthr_bpm` not above `hr_max_bpm`.
 * `fatigue_overrides_json` holds per-user overrides of the heuristics config, validated by the fatigue package (an
 * invalid one is skipped by the facade's report with a warning).
 *
 * @example
 * ```ts
 * const settings = UserSettingsSchema.parse({
 *   user_id: 'usr_01', timezone: 'Europe/Berlin', hr_max_bpm: 188, updated_at: '2025-03-01T08:00:00.000Z',
 * });
 * settings.unit_system; // 'metric'
 * ```
 */
export const UserSettingsSchema = z.strictObject({
  user_id: UserIdSchema,
  unit_system: UnitSystemSchema.default('metric').describe('Display units; storage is always SI.'),
  timezone: TimeZoneSchema.nullable().default(null).describe('Home IANA time zone, used when an activity has none.'),
  week_start_day: WeekdaySchema.default('monday').describe('First day of the user\'s training week.'),
  heuristics_config_id: z.string().min(1).nullable().default(null).describe('Heuristics config the engines use; null = library default.'),
  heuristics_config_version: SemanticVersionSchema.nullable().default(null).describe('Pinned version of that config; null = latest.'),
  fatigue_overrides_json: JsonValueSchema.nullable().default(null).describe('Per-user overrides of fatigue heuristics (e.g. recovery half-lives).'),
  hr_max_bpm: z
    .number()
    .min(TRAINKIT_BOUNDS.maxHeartRateBpm.min)
    .max(TRAINKIT_BOUNDS.maxHeartRateBpm.max)
    .nullable()
    .default(null)
    .describe('Maximum heart rate; above hr_rest_bpm.'),
  hr_rest_bpm: HeartRateBpmSchema.nullable().default(null).describe('Resting heart rate used for HR reserve.'),
  lthr_bpm: z
    .number()
    .min(TRAINKIT_BOUNDS.thresholdHeartRateBpm.min)
    .max(TRAINKIT_BOUNDS.thresholdHeartRateBpm.max)
    .nullable()
    .default(null)
    .describe('Lactate threshold heart rate; above hr_rest_bpm, not above hr_max_bpm.'),
  ftp_w: z.number().min(TRAINKIT_BOUNDS.ftpW.min).max(TRAINKIT_BOUNDS.ftpW.max).nullable().default(null).describe('Cycling functional threshold power.'),
  threshold_pace_seconds_per_km: z
    .number()
    .min(TRAINKIT_BOUNDS.thresholdPaceSecondsPerKm.min)
    .max(TRAINKIT_BOUNDS.thresholdPaceSecondsPerKm.max)
    .nullable()
    .default(null)
    .describe('Running threshold pace, seconds per km.'),
  updated_at: InstantSchema,
}).superRefine((settings, ctx) => {
  const rest = settings.hr_rest_bpm;
  if (rest != null && settings.hr_max_bpm != null && settings.hr_max_bpm <= rest) {
    ctx.addIssue({ code: 'custom', path: ['hr_max_bpm'], message: 'must exceed hr_rest_bpm' });
  }
  if (rest != null && settings.lthr_bpm != null && settings.lthr_bpm <= rest) {
    ctx.addIssue({ code: 'custom', path: ['lthr_bpm'], message: 'must exceed hr_rest_bpm' });
  }
  if (settings.hr_max_bpm != null && settings.lthr_bpm != null && settings.lthr_bpm > settings.hr_max_bpm) {
    ctx.addIssue({ code: 'custom', path: ['lthr_bpm'], message: 'must not exceed hr_max_bpm' });
  }
}, WHEN_FIELDS_VALID);

/**
 * A user's settings, see {@link UserSettingsSchema}.
 *
 * @example
 * ```ts
 * function zone(settings: UserSettings) { return settings.timezone ?? 'UTC'; }
 * ```
 */
export type UserSettings = z.output<typeof UserSettingsSchema>;

/**
 * The `user_settings` row schema: the very same object as {@link UserSettingsSchema}.
 *
 * @example
 * ```ts
 * UserSettingsRowSchema === UserSettingsSchema; // true
 * ```
 */
export const UserSettingsRowSchema = UserSettingsSchema;

/**
 * A stored `user_settings` row (identical to {@link UserSettings}).
 *
 * @example
 * ```ts
 * const row: UserSettingsRow = UserSettingsRowSchema.parse(rowFromDatabase);
 * ```
 */
export type UserSettingsRow = UserSettings;

/**
 * Insert schema of `user_settings`: the very same object as {@link UserSettingsSchema}.
 *
 * @example
 * ```ts
 * UserSettingsInsertSchema.parse({ user_id: 'usr_01', updated_at: '2025-03-01T08:00:00.000Z' });
 * ```
 */
export const UserSettingsInsertSchema = UserSettingsSchema;

/**
 * What may be passed to {@link UserSettingsSchema}: settings with optional nullable and defaulted fields.
 *
 * @example
 * ```ts
 * const input: UserSettingsInput = { user_id: 'usr_01', unit_system: 'imperial', updated_at: '2025-03-01T08:00:00.000Z' };
 * ```
 */
export type UserSettingsInput = z.input<typeof UserSettingsSchema>;

/**
 * A partial settings update (what a settings API accepts for PATCH): any field but `user_id` and `updated_at`.
 * Built from the fields of {@link UserSettingsSchema} without their defaults (an omitted field stays unchanged);
 * a test checks it covers every settings column but `user_id` and `updated_at`.
 *
 * @example
 * ```ts
 * UserSettingsPatchSchema.parse({ week_start_day: 'sunday' });
 * ```
 */
export const UserSettingsPatchSchema = z.strictObject({
  unit_system: UserSettingsSchema.shape.unit_system.unwrap().optional(),
  timezone: UserSettingsSchema.shape.timezone.unwrap().optional(),
  week_start_day: UserSettingsSchema.shape.week_start_day.unwrap().optional(),
  heuristics_config_id: UserSettingsSchema.shape.heuristics_config_id.unwrap().optional(),
  heuristics_config_version: UserSettingsSchema.shape.heuristics_config_version.unwrap().optional(),
  fatigue_overrides_json: UserSettingsSchema.shape.fatigue_overrides_json.unwrap().optional(),
  hr_max_bpm: UserSettingsSchema.shape.hr_max_bpm.unwrap().optional(),
  hr_rest_bpm: UserSettingsSchema.shape.hr_rest_bpm.unwrap().optional(),
  lthr_bpm: UserSettingsSchema.shape.lthr_bpm.unwrap().optional(),
  ftp_w: UserSettingsSchema.shape.ftp_w.unwrap().optional(),
  threshold_pace_seconds_per_km: UserSettingsSchema.shape.threshold_pace_seconds_per_km.unwrap().optional(),
});

/**
 * A partial settings update, see {@link UserSettingsPatchSchema}.
 *
 * @example
 * ```ts
 * const patch: UserSettingsPatch = { hr_max_bpm: 190 };
 * ```
 */
export type UserSettingsPatch = z.input<typeof UserSettingsPatchSchema>;

/**
 * Validates user settings (API input or row); throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const settings = parseUserSettings({ user_id: 'usr_01', updated_at: '2025-03-01T08:00:00.000Z' });
 * ```
 */
export function parseUserSettings(input: unknown): UserSettings {
  return parseWithSchema(UserSettingsSchema, input, 'user_settings');
}

/**
 * Like {@link parseUserSettings} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseUserSettings(body);
 * if (!result.ok) reply(400, result.error.issues);
 * ```
 */
export function safeParseUserSettings(input: unknown): Result<UserSettings, ValidationError> {
  return safeParseWithSchema(UserSettingsSchema, input, 'user_settings');
}

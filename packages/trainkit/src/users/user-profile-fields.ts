import { UserProfileRowSchema, UserSettingsPatchSchema } from '@trainkit/core';

/**
 * The profile fields of a user as the facade takes them (camelCase, units in the names), each validated by the
 * schema of the column it is stored in, so the facade, the repositories and the fatigue engine agree on the bounds
 * (`TRAINKIT_BOUNDS`). Every field is optional; `null` clears a value. Where each goes:
 *
 * | field | column |
 * |---|---|
 * | `timeZone` | `user_settings.timezone` (IANA zone: the user's "today" and the local day of sessions without one) |
 * | `birthDate` | `user_profile.date_of_birth` (`YYYY-MM-DD`) |
 * | `sex` | `user_profile.sex` (`female`, `male`, `intersex`, `unspecified`) |
 * | `heightCm` | `user_profile.height_cm` (50..272) |
 * | `unitSystem` | `user_settings.unit_system` (`metric` or `imperial`; display only) |
 * | `weekStartDay` | `user_settings.week_start_day` (`monday` ...) |
 * | `restingHeartRateBpm` | `user_settings.hr_rest_bpm` (20..250) |
 * | `maxHeartRateBpm` | `user_settings.hr_max_bpm` (60..250, above the resting rate) |
 * | `thresholdHeartRateBpm` | `user_settings.lthr_bpm` (40..250, between the resting and the maximum rate) |
 * | `ftpW` | `user_settings.ftp_w` (1..3000 W) |
 * | `thresholdPaceSecondsPerKm` | `user_settings.threshold_pace_seconds_per_km` (120..1800 s/km) |
 *
 * @example
 * ```ts
 * const Input = z.strictObject({ ...USER_PROFILE_FIELDS });
 * Input.parse({ timeZone: 'Europe/Berlin', birthDate: '1990-04-12', maxHeartRateBpm: 188 });
 * ```
 */
export const USER_PROFILE_FIELDS = {
  timeZone: UserSettingsPatchSchema.shape.timezone,
  birthDate: UserProfileRowSchema.shape.date_of_birth.optional(),
  sex: UserProfileRowSchema.shape.sex.optional(),
  heightCm: UserProfileRowSchema.shape.height_cm.optional(),
  unitSystem: UserSettingsPatchSchema.shape.unit_system,
  weekStartDay: UserSettingsPatchSchema.shape.week_start_day,
  restingHeartRateBpm: UserSettingsPatchSchema.shape.hr_rest_bpm,
  maxHeartRateBpm: UserSettingsPatchSchema.shape.hr_max_bpm,
  thresholdHeartRateBpm: UserSettingsPatchSchema.shape.lthr_bpm,
  ftpW: UserSettingsPatchSchema.shape.ftp_w,
  thresholdPaceSecondsPerKm: UserSettingsPatchSchema.shape.threshold_pace_seconds_per_km,
};

/** Internal: profile field -> `user_profile` column. */
export const PROFILE_ROW_COLUMNS = {
  birthDate: 'date_of_birth',
  sex: 'sex',
  heightCm: 'height_cm',
} as const satisfies Partial<Record<keyof typeof USER_PROFILE_FIELDS, string>>;

/** Internal: profile field -> `user_settings` column. */
export const SETTINGS_COLUMNS = {
  timeZone: 'timezone',
  unitSystem: 'unit_system',
  weekStartDay: 'week_start_day',
  restingHeartRateBpm: 'hr_rest_bpm',
  maxHeartRateBpm: 'hr_max_bpm',
  thresholdHeartRateBpm: 'lthr_bpm',
  ftpW: 'ftp_w',
  thresholdPaceSecondsPerKm: 'threshold_pace_seconds_per_km',
} as const satisfies Partial<Record<keyof typeof USER_PROFILE_FIELDS, string>>;

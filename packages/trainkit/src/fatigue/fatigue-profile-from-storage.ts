import type { UserProfileRow, UserSettings } from '@trainkit/core';
import type { FatigueProfileInput } from '@trainkit/fatigue';
import type { PROFILE_VALUE_SOURCES } from './fatigue-input-sources-schema.js';

/**
 * The profile zone when neither `user_settings.timezone` nor any recent activity names one; the report warns
 * `profile.time_zone_default:UTC`.
 *
 * @example
 * ```ts
 * DEFAULT_PROFILE_TIME_ZONE; // 'UTC'
 * ```
 */
export const DEFAULT_PROFILE_TIME_ZONE = 'UTC';

type ProfileValueSource = (typeof PROFILE_VALUE_SOURCES)[number];

/** Internal: engine profile field -> storage column it came from (for error messages). */
export const PROFILE_FIELD_COLUMNS: Readonly<Record<string, string>> = {
  time_zone: 'user_settings.timezone',
  birth_date: 'user_profile.date_of_birth',
  sex: 'user_profile.sex',
  resting_hr_bpm: 'user_settings.hr_rest_bpm',
  max_hr_bpm: 'user_settings.hr_max_bpm',
  lthr_bpm: 'user_settings.lthr_bpm',
  ftp_w: 'user_settings.ftp_w',
  threshold_speed_m_per_s: 'user_settings.threshold_pace_seconds_per_km',
};

/**
 * Internal: the engine profile from `user_profile` (birth date, sex) and `user_settings` (zone, heart rates, FTP,
 * threshold pace as a speed: 1000 / seconds per km). The zone: the settings' zone, else `latestActivityTimeZone` (the
 * zone of the user's most recent activity that has one), else UTC. Returns the source of every value set.
 */
export function fatigueProfileFromStorage(
  settings: UserSettings | undefined,
  profile: UserProfileRow | undefined,
  latestActivityTimeZone: string | null,
): { readonly profile: FatigueProfileInput; readonly sources: Record<string, ProfileValueSource> } {
  const sources: Record<string, ProfileValueSource> = {};
  const timeZone = settings?.timezone ?? latestActivityTimeZone ?? DEFAULT_PROFILE_TIME_ZONE;
  sources.time_zone = settings?.timezone ? 'user_settings' : latestActivityTimeZone ? 'latest_activity' : 'default';
  const result: FatigueProfileInput = { time_zone: timeZone };
  const set = (field: keyof FatigueProfileInput, value: unknown, source: ProfileValueSource) => {
    if (value === null || value === undefined) return;
    (result as Record<string, unknown>)[field] = value;
    sources[field] = source;
  };
  set('birth_date', profile?.date_of_birth, 'user_profile');
  set('sex', profile?.sex, 'user_profile');
  set('resting_hr_bpm', settings?.hr_rest_bpm, 'user_settings');
  set('max_hr_bpm', settings?.hr_max_bpm, 'user_settings');
  set('lthr_bpm', settings?.lthr_bpm, 'user_settings');
  set('ftp_w', settings?.ftp_w, 'user_settings');
  const pace = settings?.threshold_pace_seconds_per_km;
  set('threshold_speed_m_per_s', pace != null ? 1000 / pace : null, 'user_settings');
  return { profile: result, sources };
}

import type { UserProfileRow, UserSettings, ValidationIssue } from '@trainkit/core';
import { FatigueProfileSchema, type FatigueProfileInput } from '@trainkit/fatigue';
import type { LoadedPhysiology } from '../biometrics/load-physiology.js';
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

/** Internal: the stored column of a profile value taken from a row of its own, by its source. */
export const BODY_VALUE_COLUMNS: Readonly<Record<string, string>> = {
  user_biometrics_history: 'user_biometrics_history.value',
  recovery_signals: 'recovery_signals.value',
  observed_activity: 'activity_instances.max_hr_bpm',
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

/**
 * Engine profile field <- field of the physiology of `@trainkit/biometrics`, in the order they are added, with the
 * step each value is rounded to: heart rates to whole bpm (as the settings store them), body mass to 0.5 kg, VO2max
 * to whole ml/kg/min. The profile applies to the whole history, so every change of it recomputes the cached daily
 * state from the start; rounding keeps a new weigh-in or night's resting heart rate from doing so every day.
 */
const BODY_FIELDS = [
  ['resting_hr_bpm', 'resting_hr_bpm', 1],
  ['max_hr_bpm', 'max_hr_bpm', 1],
  ['body_mass_kg', 'body_mass_kg', 0.5],
  ['vo2max_ml_per_kg_min', 'vo2max_ml_kg_min', 1],
] as const;

/** Internal: a body value the engine would not accept beside the profile's other values. */
export interface RejectedBodyValue {
  readonly field: string;
  readonly table: string;
  readonly rowId: string;
  readonly column: string;
  readonly issues: readonly Pick<ValidationIssue, 'rule' | 'message'>[];
}

/**
 * Internal: fills the engine profile fields the settings leave empty from the user's body over time
 * (`loadPhysiology`): resting heart rate (the smoothed value of `user_biometrics_history` / `recovery_signals`),
 * maximum heart rate (the highest observed in an activity of the last two years; an age prediction is left to the
 * engine, which predicts per session date), body mass and VO2max (the latest value), each rounded (see
 * `BODY_FIELDS`). Settings always win. A value
 * the engine would reject beside the others (a maximum not above the resting rate, below the threshold) is left out
 * and returned in `rejected`. Adds the source of each value to `sources` and its row to `sourceIds`.
 */
export function addBodyValues(
  profile: FatigueProfileInput,
  sources: Record<string, ProfileValueSource>,
  loaded: LoadedPhysiology,
): { readonly profile: FatigueProfileInput; readonly sourceIds: Record<string, string>; readonly rejected: RejectedBodyValue[] } {
  let current: FatigueProfileInput = profile;
  const sourceIds: Record<string, string> = {};
  const rejected: RejectedBodyValue[] = [];
  for (const [field, bodyField, step] of BODY_FIELDS) {
    const value = loaded.physiology[bodyField];
    if (current[field] != null || value === null || value.source_id === null) continue;
    if (value.source !== 'biometrics' && value.source !== 'observed_activity') continue;
    const source: ProfileValueSource =
      value.source === 'observed_activity'
        ? 'observed_activity'
        : loaded.sourceTables[bodyField] === 'recovery_signals'
          ? 'recovery_signals'
          : 'user_biometrics_history';
    const candidate = { ...current, [field]: Math.round(value.value / step) * step };
    const parsed = FatigueProfileSchema.safeParse(candidate);
    if (!parsed.success) {
      const [table, column] = BODY_VALUE_COLUMNS[source]!.split('.') as [string, string];
      rejected.push({
        field,
        table,
        rowId: value.source_id,
        column,
        issues: parsed.error.issues.map((issue) => ({ rule: issue.code, message: `${issue.path.join('.')}: ${issue.message}` })),
      });
      continue;
    }
    current = candidate;
    sources[field] = source;
    sourceIds[field] = value.source_id;
  }
  return { profile: current, sourceIds, rejected };
}

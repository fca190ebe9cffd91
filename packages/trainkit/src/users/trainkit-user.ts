import type { Instant, LocalDate, Sex, UnitSystem, UserId, UserProfileRow, UserRow, UserSettings, Weekday } from '@trainkit/core';

/**
 * A user's profile as the facade returns it: the `user_profile` and `user_settings` values it manages (see
 * `USER_PROFILE_FIELDS`), `null` where none is stored; `unitSystem` and `weekStartDay` have their defaults.
 *
 * @example
 * ```ts
 * const profile: UserProfile = await trainkit.users.profile('athlete_1');
 * profile.timeZone; // 'Europe/Berlin'
 * ```
 */
export interface UserProfile {
  readonly timeZone: string | null;
  readonly birthDate: LocalDate | null;
  readonly sex: Sex | null;
  readonly heightCm: number | null;
  readonly unitSystem: UnitSystem;
  readonly weekStartDay: Weekday;
  readonly restingHeartRateBpm: number | null;
  readonly maxHeartRateBpm: number | null;
  readonly thresholdHeartRateBpm: number | null;
  readonly ftpW: number | null;
  readonly thresholdPaceSecondsPerKm: number | null;
}

/**
 * A user as the facade returns it: the stored `users` row's id, name and creation instant, and the profile.
 *
 * @example
 * ```ts
 * const user: TrainkitUser = await trainkit.users.get('athlete_1');
 * user.profile.maxHeartRateBpm; // 188
 * ```
 */
export interface TrainkitUser {
  readonly id: UserId;
  readonly displayName: string | null;
  readonly createdAt: Instant;
  readonly profile: UserProfile;
}

/** Internal: the facade's view of the stored rows of one user. */
export function toUserProfile(profile: UserProfileRow | undefined, settings: UserSettings | undefined): UserProfile {
  return {
    timeZone: settings?.timezone ?? null,
    birthDate: profile?.date_of_birth ?? null,
    sex: profile?.sex ?? null,
    heightCm: profile?.height_cm ?? null,
    unitSystem: settings?.unit_system ?? 'metric',
    weekStartDay: settings?.week_start_day ?? 'monday',
    restingHeartRateBpm: settings?.hr_rest_bpm ?? null,
    maxHeartRateBpm: settings?.hr_max_bpm ?? null,
    thresholdHeartRateBpm: settings?.lthr_bpm ?? null,
    ftpW: settings?.ftp_w ?? null,
    thresholdPaceSecondsPerKm: settings?.threshold_pace_seconds_per_km ?? null,
  };
}

/** Internal: the facade's view of a user's rows. */
export function toTrainkitUser(user: UserRow, profile: UserProfileRow | undefined, settings: UserSettings | undefined): TrainkitUser {
  return { id: user.id, displayName: user.display_name, createdAt: user.created_at, profile: toUserProfile(profile, settings) };
}

import type { BiometricFatigueProfile } from '@trainkit/biometrics';
import type { Instant } from '@trainkit/core';

/**
 * Stored tables a value of `trainkit.biometrics.profileAt` can come from.
 *
 * @example
 * ```ts
 * BIOMETRIC_PROFILE_SOURCE_TABLES.includes('activity_instances'); // true (an observed maximum heart rate)
 * ```
 */
export const BIOMETRIC_PROFILE_SOURCE_TABLES = ['user_profile', 'user_biometrics_history', 'recovery_signals', 'activity_instances'] as const;

/**
 * A user's body on a day, from stored data (see `fatigueProfileFromBiometrics` of `@trainkit/biometrics`): age, sex,
 * body mass, VO2max, resting and maximum heart rate with the row each came from, plus the user's height, the instant
 * and zone the day was taken in, and the table of every value (`source_tables`, by field).
 *
 * @example
 * ```ts
 * const body: BiometricProfileAt = await trainkit.biometrics.profileAt({ userId: 'athlete_1', asOf: '2024-06-12' });
 * body.body_mass_kg?.source_id; // the user_biometrics_history row
 * ```
 */
export interface BiometricProfileAt extends BiometricFatigueProfile {
  readonly user_id: string;
  /** The instant values were taken up to (exclusive for values with a measurement instant). */
  readonly as_of_instant: Instant;
  /** The zone `as_of` (the local day) was taken in: the user's settings, else the latest activity's, else UTC. */
  readonly time_zone: string;
  /** `user_profile.height_cm`, or `null`. */
  readonly height_cm: number | null;
  /** The stored table of each value set, by field. */
  readonly source_tables: Readonly<Partial<Record<'age_years' | 'sex' | 'body_mass_kg' | 'vo2max_ml_kg_min' | 'resting_hr_bpm' | 'max_hr_bpm', (typeof BIOMETRIC_PROFILE_SOURCE_TABLES)[number]>>>;
}

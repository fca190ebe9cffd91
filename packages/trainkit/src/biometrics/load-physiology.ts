import {
  FATIGUE_PROFILE_LOOKBACK_DAYS,
  fatigueProfileFromBiometrics,
  observedMaxHeartRate,
  OBSERVED_MAX_HEART_RATE_LOOKBACK_DAYS,
  type BiometricFatigueProfile,
  type BiometricSourcePriority,
} from '@trainkit/biometrics';
import { MIN_INSTANT, type ActivityInstanceRow, type Instant, type LocalDate, type TrainkitRepositories, type UserId, type UserProfileRow } from '@trainkit/core';
import { addLocalDays } from '../time/local-date-time-to-instant.js';
import type { BiometricProfileAt } from './biometric-profile-at.js';
import { loadBiometricValues, type StoredBiometricValue } from './load-biometric-entries.js';

/** Internal: the physiology of a user at an instant, and the stored table of each value. */
export interface LoadedPhysiology {
  readonly physiology: BiometricFatigueProfile;
  readonly sourceTables: BiometricProfileAt['source_tables'];
}

const DAY_MS = 86_400_000;

/**
 * Internal: `fatigueProfileFromBiometrics` over stored data: the profile row, the body values of the lookbacks
 * (weight, VO2max, resting heart rate from `user_biometrics_history` and `recovery_signals`) and the highest
 * `max_hr_bpm` of the activities of the last two years, all measured before `asOf`. Pass `activities` (every
 * activity before `asOf` that should count) when they are loaded already.
 */
export async function loadPhysiology(
  repositories: TrainkitRepositories,
  options: {
    readonly userId: UserId;
    readonly profile: UserProfileRow | undefined;
    readonly asOf: Instant;
    readonly asOfDate: LocalDate;
    readonly priority?: BiometricSourcePriority | undefined;
    readonly activities?: readonly ActivityInstanceRow[];
  },
): Promise<LoadedPhysiology> {
  const { userId, asOf, asOfDate } = options;
  const longest = Math.max(...Object.values(FATIGUE_PROFILE_LOOKBACK_DAYS));
  const values: StoredBiometricValue[] = await loadBiometricValues(repositories, userId, {
    metrics: ['weight_kg', 'vo2max_ml_kg_min', 'resting_hr_bpm'],
    from: addLocalDays(asOfDate, -longest),
    asOf: { instant: asOf, date: asOfDate },
  });
  let activities = options.activities;
  if (activities === undefined) {
    // Two years of days before the as-of day, with a day of margin for zones far from UTC.
    const from = Math.max(Date.parse(asOf) - (OBSERVED_MAX_HEART_RATE_LOOKBACK_DAYS + 1) * DAY_MS, Date.parse(MIN_INSTANT));
    activities = Date.parse(asOf) > from ? await repositories.activityInstances.listBetween(userId, new Date(from).toISOString() as Instant, asOf) : [];
  }
  const observed = observedMaxHeartRate(activities, { asOf: asOfDate });
  const physiology = fatigueProfileFromBiometrics({
    profile: options.profile ?? null,
    biometrics: values,
    observedMaxHeartRateBpm: observed,
    asOf: asOfDate,
    ...(options.priority === undefined ? {} : { priority: options.priority }),
  });
  const tableOf = new Map(values.map((value) => [value.id, value.table]));
  const sourceTables: Record<string, string> = {};
  for (const field of ['age_years', 'sex', 'body_mass_kg', 'vo2max_ml_kg_min', 'resting_hr_bpm', 'max_hr_bpm'] as const) {
    const value = physiology[field];
    if (value === null) continue;
    if (value.source === 'profile' || value.source === 'age_predicted') sourceTables[field] = 'user_profile';
    else if (value.source === 'observed_activity') sourceTables[field] = 'activity_instances';
    else if (value.source_id !== null) sourceTables[field] = tableOf.get(value.source_id) ?? 'user_biometrics_history';
  }
  return { physiology, sourceTables: sourceTables as BiometricProfileAt['source_tables'] };
}

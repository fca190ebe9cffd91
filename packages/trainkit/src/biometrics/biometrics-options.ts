import type { BiometricSourcePriority } from '@trainkit/biometrics';
import type { BiometricMetricType } from '@trainkit/core';
import type { FatigueAsOf } from '../fatigue/resolve-as-of.js';

/**
 * Options of `trainkit.biometrics.list`: the user, optionally one metric (default every metric), the first and last
 * local day (`YYYY-MM-DD`, inclusive; default the whole history), only the values chosen per metric and day
 * (`selectedOnly`), and a source priority (default `BIOMETRIC_SOURCE_PRIORITY`).
 *
 * @example
 * ```ts
 * const options: ListBiometricsOptions = { userId: 'athlete_1', metric: 'resting_hr_bpm', from: '2024-06-01', selectedOnly: true };
 * ```
 */
export interface ListBiometricsOptions {
  readonly userId: string;
  readonly metric?: BiometricMetricType;
  readonly from?: string;
  readonly to?: string;
  readonly selectedOnly?: boolean;
  readonly priority?: BiometricSourcePriority;
}

/**
 * Options of `trainkit.biometrics.trend`: the user and metric; `asOf` an instant or a local day (its end in the
 * user's zone; default now), values measured later are left out; `from` the first day of the points returned; the
 * smoothing half-life and fit window in days and the source priority (defaults of `biometricTrend`).
 *
 * @example
 * ```ts
 * const options: BiometricTrendCallOptions = { userId: 'athlete_1', metric: 'weight_kg', asOf: '2024-06-12', from: '2024-03-01' };
 * ```
 */
export interface BiometricTrendCallOptions {
  readonly userId: string;
  readonly metric: BiometricMetricType;
  readonly asOf?: FatigueAsOf;
  readonly from?: string;
  readonly halfLifeDays?: number;
  readonly fitWindowDays?: number;
  readonly priority?: BiometricSourcePriority;
}

/**
 * Options of `trainkit.biometrics.profileAt`: the user, `asOf` (an instant or a local day, meaning its end in the
 * user's zone; default now) and the source priority.
 *
 * @example
 * ```ts
 * const options: BiometricProfileAtOptions = { userId: 'athlete_1', asOf: '2024-06-12' };
 * ```
 */
export interface BiometricProfileAtOptions {
  readonly userId: string;
  readonly asOf?: FatigueAsOf;
  readonly priority?: BiometricSourcePriority;
}

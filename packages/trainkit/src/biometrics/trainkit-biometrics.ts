import type { BiometricTrend } from '@trainkit/biometrics';
import type { BiometricEntry } from './biometric-entry.js';
import type { BiometricProfileAt } from './biometric-profile-at.js';
import type { BiometricProfileAtOptions, BiometricTrendCallOptions, ListBiometricsOptions } from './biometrics-options.js';
import type { RecordBiometricInput } from './record-biometric-input-schema.js';

/**
 * A user's body over time, from `user_profile`, `user_biometrics_history` (manual entries and provider body
 * measurements, each provider value with its raw record `external_record_id`) and the resting heart rate and HRV
 * recovery signals of WHOOP, Oura and Garmin. When several sources have a value for one metric on one day, the
 * source priority chooses one (`BIOMETRIC_SOURCE_PRIORITY` of `@trainkit/biometrics`: a manual entry first).
 *
 * @example
 * ```ts
 * await trainkit.biometrics.record({ userId: 'athlete_1', metric: 'weight_kg', value: 72.4, date: '2024-06-12' });
 * const weight = await trainkit.biometrics.trend({ userId: 'athlete_1', metric: 'weight_kg', asOf: '2024-06-12' });
 * weight.weekly_change; // kg per week over the last 28 days
 * const body = await trainkit.biometrics.profileAt({ userId: 'athlete_1', asOf: '2024-06-12' });
 * body.max_hr_bpm?.method; // 'maximum' (observed in an activity) or 'tanaka' (from age)
 * ```
 */
export interface TrainkitBiometrics {
  /**
   * Records a manual measurement (`source` `manual`) in `user_biometrics_history` and returns it. Throws
   * `ValidationError` naming the input field (`metric`, `value` outside the metric's range, `date`, `measuredAt`,
   * `userId`), `NotFoundError` for an unknown user, `ConflictError` for a taken `id`.
   */
  record(input: RecordBiometricInput): Promise<BiometricEntry>;
  /**
   * The stored values of a user (one metric or all), ordered by metric, day, instant, id, each with its device class
   * and whether it is the one chosen for its day. `NotFoundError` for an unknown user; `ValidationError` for a bad
   * `userId`, `from`, `to` or `priority`.
   */
  list(options: ListBiometricsOptions): Promise<BiometricEntry[]>;
  /**
   * The trend of one metric as of an instant or day (see `biometricTrend`): one value per day by source priority,
   * EWMA-smoothed, with the weekly change from a least-squares fit over the last 28 days and the last raw value.
   */
  trend(options: BiometricTrendCallOptions): Promise<BiometricTrend>;
  /**
   * The body the fatigue engine sees at an instant or day (see `BiometricProfileAt`): age, sex, height, body mass,
   * VO2max, resting and maximum heart rate, each naming the stored row it came from.
   */
  profileAt(options: BiometricProfileAtOptions): Promise<BiometricProfileAt>;
}

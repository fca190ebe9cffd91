import type { BiometricMetricType } from '../enums/biometric.js';
import type { UserBiometricId, UserId } from '../ids/entity-ids.js';
import type { LocalDate } from '../time/local-date.js';
import type { UserBiometricInsert, UserBiometricRow } from '../schema/user-biometric.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * `user_biometrics_history`: body measurements over time.
 *
 * @example
 * ```ts
 * const weights = await storage.biometrics.listByMetric(userId, 'weight_kg', '2025-01-01', '2025-03-31');
 * ```
 */
export interface UserBiometricRepository extends UserScopedRepository<UserBiometricRow, UserBiometricId, UserBiometricInsert> {
  /**
   * Measurements of one metric with `date` in `from`..`to` (inclusive; either bound may be omitted), ordered by
   * `date`, `measured_at` (nulls first), id.
   */
  listByMetric(userId: UserId, metricType: BiometricMetricType, from?: LocalDate, to?: LocalDate): Promise<UserBiometricRow[]>;
}

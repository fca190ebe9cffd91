import type { BiometricDeviceClass } from '@trainkit/biometrics';
import type { BiometricMetricType, DataSource, Instant, LocalDate, Provider } from '@trainkit/core';

/**
 * Tables a body value is read from: `user_biometrics_history` (manual entries, and what providers report as body
 * measurements: Apple Health body mass, body fat, resting heart rate, VO2max; Garmin scales; Oura's profile weight),
 * and `recovery_signals` for the resting heart rate and HRV that WHOOP, Oura and Garmin report as recovery signals.
 *
 * @example
 * ```ts
 * BIOMETRIC_ENTRY_TABLES.includes('recovery_signals'); // true
 * ```
 */
export const BIOMETRIC_ENTRY_TABLES = ['user_biometrics_history', 'recovery_signals'] as const;

/**
 * One stored body value as `trainkit.biometrics` returns it: the row's id and table, metric, local day, instant
 * (when known) and value; where it came from (`source`, `provider`, the raw record `external_record_id`, the
 * ingestion run and normalizer); its device class under the source priority; and whether it is the value chosen for
 * its metric and day (`selected`).
 *
 * @example
 * ```ts
 * const [entry] = await trainkit.biometrics.list({ userId: 'athlete_1', metric: 'weight_kg' });
 * entry?.selected; // true when no better source has a value that day
 * ```
 */
export interface BiometricEntry {
  readonly id: string;
  readonly table: (typeof BIOMETRIC_ENTRY_TABLES)[number];
  readonly metric_type: BiometricMetricType;
  readonly date: LocalDate;
  readonly measured_at: Instant | null;
  readonly value: number;
  readonly source: DataSource;
  readonly provider: Provider | null;
  readonly external_record_id: string | null;
  readonly ingestion_run_id: string | null;
  readonly normalizer_id: string | null;
  readonly normalizer_version: string | null;
  readonly notes: string | null;
  readonly created_at: Instant;
  readonly device_class: BiometricDeviceClass;
  readonly selected: boolean;
}

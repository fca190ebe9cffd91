import { z } from 'zod';

/**
 * Mapped recovery signal types. Provider-specific names are kept raw in `signal_type_raw`; unknown ones map to `other`.
 *
 * @example
 * ```ts
 * RECOVERY_SIGNAL_TYPES.includes('sleep_duration_seconds'); // true
 * ```
 */
export const RECOVERY_SIGNAL_TYPES = [
  'sleep_duration_seconds', 'sleep_score', 'sleep_efficiency_percent', 'hrv_rmssd_ms', 'resting_hr_bpm',
  'readiness_score', 'recovery_score', 'strain_score', 'body_battery', 'respiratory_rate_bpm',
  'skin_temperature_deviation_c', 'soreness', 'stress', 'mood', 'energy', 'other',
] as const;
/**
 * One of {@link RECOVERY_SIGNAL_TYPES}.
 *
 * @example
 * ```ts
 * const value: RecoverySignalType = 'other';
 * ```
 */
export type RecoverySignalType = (typeof RECOVERY_SIGNAL_TYPES)[number];
/**
 * Schema of {@link RECOVERY_SIGNAL_TYPES}.
 *
 * @example
 * ```ts
 * RecoverySignalTypeSchema.parse('sleep_duration_seconds');
 * ```
 */
export const RecoverySignalTypeSchema = z.enum(RECOVERY_SIGNAL_TYPES);

import { z } from 'zod';
import { TRAINKIT_BOUNDS, type ValueBounds } from '../bounds/trainkit-bounds.js';

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

/**
 * Plausible ranges of the recovery signal types that have a fixed scale (`TRAINKIT_BOUNDS`): sleep duration
 * 0..86,400 s, HRV 1..500 ms, resting heart rate 20..250 bpm, scores and percentages 0..100. `recovery_signals`
 * rows of these types are refused outside them, so readiness can always read what is stored. Other types (strain,
 * body battery, mood, ...) keep the provider's scale and are not bounded.
 *
 * @example
 * ```ts
 * RECOVERY_SIGNAL_RANGES.sleep_score; // { min: 0, max: 100 }
 * RECOVERY_SIGNAL_RANGES.mood; // undefined
 * ```
 */
export const RECOVERY_SIGNAL_RANGES: Readonly<Partial<Record<RecoverySignalType, ValueBounds>>> = {
  sleep_duration_seconds: TRAINKIT_BOUNDS.sleepDurationSeconds,
  sleep_score: TRAINKIT_BOUNDS.scorePercent,
  sleep_efficiency_percent: TRAINKIT_BOUNDS.scorePercent,
  hrv_rmssd_ms: TRAINKIT_BOUNDS.hrvRmssdMs,
  resting_hr_bpm: TRAINKIT_BOUNDS.heartRateBpm,
  readiness_score: TRAINKIT_BOUNDS.scorePercent,
  recovery_score: TRAINKIT_BOUNDS.scorePercent,
};

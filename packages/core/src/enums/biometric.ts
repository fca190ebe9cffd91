import { z } from 'zod';

/**
 * Body measurements tracked over time in `user_biometrics_history`; each name carries its unit.
 *
 * @example
 * ```ts
 * BIOMETRIC_METRIC_TYPES.includes('weight_kg'); // true
 * ```
 */
export const BIOMETRIC_METRIC_TYPES = [
  'weight_kg', 'body_fat_percent', 'lean_mass_kg', 'height_cm', 'waist_cm', 'resting_hr_bpm', 'hrv_rmssd_ms',
  'vo2max_ml_kg_min', 'blood_pressure_systolic_mmhg', 'blood_pressure_diastolic_mmhg',
] as const;
/**
 * One of {@link BIOMETRIC_METRIC_TYPES}.
 *
 * @example
 * ```ts
 * const value: BiometricMetricType = 'blood_pressure_diastolic_mmhg';
 * ```
 */
export type BiometricMetricType = (typeof BIOMETRIC_METRIC_TYPES)[number];
/**
 * Schema of {@link BIOMETRIC_METRIC_TYPES}.
 *
 * @example
 * ```ts
 * BiometricMetricTypeSchema.parse('weight_kg');
 * ```
 */
export const BiometricMetricTypeSchema = z.enum(BIOMETRIC_METRIC_TYPES);

/**
 * Plausible value range of each {@link BiometricMetricType}, inclusive; values outside are rejected at the boundary.
 *
 * @example
 * ```ts
 * BIOMETRIC_METRIC_RANGES.weight_kg; // { min: 20, max: 400 }
 * ```
 */
export const BIOMETRIC_METRIC_RANGES: Readonly<Record<BiometricMetricType, { readonly min: number; readonly max: number }>> = {
  weight_kg: { min: 20, max: 400 },
  body_fat_percent: { min: 1, max: 75 },
  lean_mass_kg: { min: 10, max: 200 },
  height_cm: { min: 50, max: 272 },
  waist_cm: { min: 30, max: 250 },
  resting_hr_bpm: { min: 20, max: 250 },
  hrv_rmssd_ms: { min: 1, max: 500 },
  vo2max_ml_kg_min: { min: 10, max: 100 },
  blood_pressure_systolic_mmhg: { min: 60, max: 260 },
  blood_pressure_diastolic_mmhg: { min: 30, max: 160 },
};

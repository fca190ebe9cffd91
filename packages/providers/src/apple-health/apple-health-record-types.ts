import { BIOMETRIC_METRIC_RANGES, DAILY_TOTAL_RANGES, TRAINKIT_BOUNDS, type BiometricMetricType, type DailyTotalMetric, type ValueBounds } from '@trainkit/core';
import { convertAppleHealthUnit, roundSignificant } from './apple-health-units.js';

/**
 * What trainkit makes of the `Record` elements of one HealthKit type:
 * - `biometric`: a `user_biometrics_history` value per record (body mass, body fat, resting heart rate, VO2max, ...);
 * - `sample`: a metric sample per record (heart rate);
 * - `recovery_other`: a recovery signal of type `other` per record, the raw type kept (HRV SDNN, see below);
 * - `daily_total`: summed per local day, one source per day (steps, energy, distance).
 *
 * Every other type is kept in the raw lake only.
 *
 * @example
 * ```ts
 * function target(rule: AppleHealthRecordRule) { return rule.kind === 'recovery_other' ? 'other' : rule.metric; }
 * ```
 */
export type AppleHealthRecordRule =
  | { readonly kind: 'biometric'; readonly metric: BiometricMetricType; readonly convert: (value: number, unit: string | null) => number | null }
  | { readonly kind: 'sample'; readonly metric: string; readonly unit: string; readonly bounds: ValueBounds; readonly convert: (value: number, unit: string | null) => number | null }
  | { readonly kind: 'recovery_other'; readonly unit: string; readonly bounds: ValueBounds; readonly convert: (value: number, unit: string | null) => number | null }
  | { readonly kind: 'daily_total'; readonly metric: DailyTotalMetric; readonly convert: (value: number, unit: string | null) => number | null };

const asIs = (...units: string[]) => (value: number, unit: string | null) => (unit !== null && units.includes(unit) ? value : null);
const mass = (value: number, unit: string | null) => convertAppleHealthUnit(value, unit, 'mass_kg');
const lengthCm = (value: number, unit: string | null) => {
  const metres = convertAppleHealthUnit(value, unit, 'length_m');
  return metres === null ? null : roundSignificant(metres * 100);
};
// HealthKit's percent unit holds a fraction: body fat 0.215 with unit "%" is 21.5 %.
const fractionToPercent = (value: number, unit: string | null) => (unit === '%' ? roundSignificant(value * 100) : null);
const VO2MAX_UNITS = ['mL/min·kg', 'mL/(kg·min)', 'mL/kg/min', 'ml/(kg*min)', 'mL/kg·min'];

/**
 * The HealthKit record types trainkit reads, and what it makes of each (see {@link AppleHealthRecordRule}).
 *
 * HRV: Apple exports `HeartRateVariabilitySDNN`, the standard deviation of beat-to-beat intervals over about a minute.
 * It is **not** RMSSD (what WHOOP, Oura and Garmin report and what readiness baselines are built on); the two are not
 * interchangeable, so SDNN never becomes `hrv_rmssd_ms`: it is a recovery signal of type `other` whose
 * `signal_type_raw` keeps the HealthKit type.
 *
 * @example
 * ```ts
 * APPLE_HEALTH_RECORD_RULES.get('HKQuantityTypeIdentifierBodyMass')?.kind; // 'biometric'
 * ```
 */
export const APPLE_HEALTH_RECORD_RULES: ReadonlyMap<string, AppleHealthRecordRule> = new Map<string, AppleHealthRecordRule>([
  ['HKQuantityTypeIdentifierBodyMass', { kind: 'biometric', metric: 'weight_kg', convert: mass }],
  ['HKQuantityTypeIdentifierLeanBodyMass', { kind: 'biometric', metric: 'lean_mass_kg', convert: mass }],
  ['HKQuantityTypeIdentifierBodyFatPercentage', { kind: 'biometric', metric: 'body_fat_percent', convert: fractionToPercent }],
  ['HKQuantityTypeIdentifierHeight', { kind: 'biometric', metric: 'height_cm', convert: lengthCm }],
  ['HKQuantityTypeIdentifierWaistCircumference', { kind: 'biometric', metric: 'waist_cm', convert: lengthCm }],
  ['HKQuantityTypeIdentifierRestingHeartRate', { kind: 'biometric', metric: 'resting_hr_bpm', convert: asIs('count/min') }],
  ['HKQuantityTypeIdentifierVO2Max', { kind: 'biometric', metric: 'vo2max_ml_kg_min', convert: asIs(...VO2MAX_UNITS) }],
  ['HKQuantityTypeIdentifierBloodPressureSystolic', { kind: 'biometric', metric: 'blood_pressure_systolic_mmhg', convert: asIs('mmHg') }],
  ['HKQuantityTypeIdentifierBloodPressureDiastolic', { kind: 'biometric', metric: 'blood_pressure_diastolic_mmhg', convert: asIs('mmHg') }],
  ['HKQuantityTypeIdentifierHeartRate', { kind: 'sample', metric: 'heart_rate_bpm', unit: 'bpm', bounds: TRAINKIT_BOUNDS.heartRateBpm, convert: asIs('count/min') }],
  ['HKQuantityTypeIdentifierHeartRateVariabilitySDNN', { kind: 'recovery_other', unit: 'ms', bounds: TRAINKIT_BOUNDS.hrvRmssdMs, convert: asIs('ms') }],
  ['HKQuantityTypeIdentifierStepCount', { kind: 'daily_total', metric: 'steps', convert: asIs('count') }],
  ['HKQuantityTypeIdentifierActiveEnergyBurned', { kind: 'daily_total', metric: 'active_energy_kcal', convert: (value, unit) => convertAppleHealthUnit(value, unit, 'energy_kcal') }],
  ['HKQuantityTypeIdentifierBasalEnergyBurned', { kind: 'daily_total', metric: 'basal_energy_kcal', convert: (value, unit) => convertAppleHealthUnit(value, unit, 'energy_kcal') }],
  ['HKQuantityTypeIdentifierDistanceWalkingRunning', { kind: 'daily_total', metric: 'distance_m', convert: (value, unit) => convertAppleHealthUnit(value, unit, 'length_m') }],
]);

/** The bounds a converted value of `rule` must lie within. */
export function boundsOf(rule: AppleHealthRecordRule): ValueBounds {
  switch (rule.kind) {
    case 'biometric':
      return BIOMETRIC_METRIC_RANGES[rule.metric];
    case 'daily_total':
      // One record never exceeds a whole day's plausible total.
      return DAILY_TOTAL_RANGES[rule.metric];
    default:
      return rule.bounds;
  }
}

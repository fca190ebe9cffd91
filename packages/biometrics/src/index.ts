/**
 * `@trainkit/biometrics`: pure body metrics over time. Age at a date (leap-day births handled), one value per metric
 * and day by source priority (manual entries first, then device classes), EWMA-smoothed trends with a weekly change
 * for weight, body fat, resting heart rate, HRV or any other body metric, and the physiology the fatigue engine
 * needs (body mass, VO2max, resting and maximum heart rate, age, sex), each value naming the row it came from. No
 * I/O, no clock, no randomness.
 *
 * @packageDocumentation
 */
export { ageAt } from './age/age-at.js';
export { BiometricObservationSchema, type BiometricObservation } from './observation/biometric-observation-schema.js';
export { BIOMETRIC_DEVICE_CLASSES, BiometricDeviceClassSchema, type BiometricDeviceClass } from './priority/biometric-device-class.js';
export {
  BiometricSourcePrioritySchema,
  parseBiometricSourcePriority,
  type BiometricSourcePriority,
} from './priority/biometric-source-priority-schema.js';
export { BIOMETRIC_SOURCE_PRIORITY } from './priority/biometric-source-priority.js';
export { biometricDeviceClassOf } from './priority/biometric-device-class-of.js';
export { biometricSourceRank } from './priority/biometric-source-rank.js';
export { selectBiometricValues, type SelectBiometricValuesOptions } from './selection/select-biometric-values.js';
export {
  BIOMETRIC_TREND_FIT_WINDOW_DAYS,
  BIOMETRIC_TREND_HALF_LIFE_DAYS,
  BiometricTrendOptionsSchema,
  type BiometricTrendOptions,
} from './trend/biometric-trend-options-schema.js';
export {
  BiometricTrendPointSchema,
  BiometricTrendSchema,
  type BiometricTrend,
  type BiometricTrendPoint,
} from './trend/biometric-trend-schema.js';
export { biometricTrend } from './trend/biometric-trend.js';
export {
  observedMaxHeartRate,
  OBSERVED_MAX_HEART_RATE_LOOKBACK_DAYS,
  type ObservedMaxHeartRate,
} from './profile/observed-max-heart-rate.js';
export {
  BiometricFatigueProfileSchema,
  FATIGUE_PROFILE_VALUE_METHODS,
  FATIGUE_PROFILE_VALUE_SOURCES,
  FatigueProfileValueSchema,
  type BiometricFatigueProfile,
  type FatigueProfileValue,
} from './profile/biometric-fatigue-profile-schema.js';
export {
  FATIGUE_PROFILE_LOOKBACK_DAYS,
  FATIGUE_PROFILE_RESTING_HR_HALF_LIFE_DAYS,
  fatigueProfileFromBiometrics,
  OBSERVED_MAX_HEART_RATE_TOLERANCE_BPM,
  type FatigueProfileFromBiometricsInput,
} from './profile/fatigue-profile-from-biometrics.js';

import type { BiometricSourcePriority } from './biometric-source-priority-schema.js';
import { deepFreeze } from './deep-freeze.js';

/** Heart rate at rest and HRV: overnight measurements first, they are taken in the same state every night. */
const OVERNIGHT_FIRST = ['manual', 'overnight_wearable', 'watch', 'health_hub', 'scale', 'profile_entry', 'other'] as const;

/** VO2max: a watch's estimate from workouts first. */
const WATCH_FIRST = ['manual', 'watch', 'health_hub', 'overnight_wearable', 'scale', 'profile_entry', 'other'] as const;

/**
 * The default source priority: a manual entry always wins; then, for body composition (weight, body fat, lean
 * mass, waist and the default), a connected scale, a watch, an overnight wearable, a health hub, a value typed into a
 * provider profile; for resting heart rate and HRV an overnight wearable (WHOOP, Oura) before a watch; for VO2max a
 * watch first. Device classes: Garmin body compositions are `scale`, Garmin dailies and FIT files `watch`, WHOOP and
 * Oura `overnight_wearable` (Oura's personal info `profile_entry`), Apple Health `health_hub` (its `Me` record
 * `profile_entry`). Replace it with your own through `parseBiometricSourcePriority`.
 *
 * @example
 * ```ts
 * BIOMETRIC_SOURCE_PRIORITY.order.default[0]; // 'manual'
 * BIOMETRIC_SOURCE_PRIORITY.device_classes.by_normalizer['garmin.body_compositions']; // 'scale'
 * ```
 */
export const BIOMETRIC_SOURCE_PRIORITY: BiometricSourcePriority = deepFreeze<BiometricSourcePriority>({
  id: 'trainkit.biometrics.source_priority',
  version: '1.0.0',
  device_classes: {
    by_normalizer: {
      'garmin.body_compositions': 'scale',
      'garmin.dailies': 'watch',
      'garmin.fit': 'watch',
      'oura.personal_info': 'profile_entry',
      'apple_health.me': 'profile_entry',
    },
    by_provider: {
      garmin: 'watch',
      whoop: 'overnight_wearable',
      oura: 'overnight_wearable',
      apple_health: 'health_hub',
      strava: 'other',
    },
  },
  order: {
    default: ['manual', 'scale', 'watch', 'overnight_wearable', 'health_hub', 'profile_entry', 'other'],
    by_metric: {
      resting_hr_bpm: [...OVERNIGHT_FIRST],
      hrv_rmssd_ms: [...OVERNIGHT_FIRST],
      vo2max_ml_kg_min: [...WATCH_FIRST],
    },
  },
});

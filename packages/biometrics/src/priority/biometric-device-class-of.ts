import type { BiometricObservation } from '../observation/biometric-observation-schema.js';
import type { BiometricDeviceClass } from './biometric-device-class.js';
import { BIOMETRIC_SOURCE_PRIORITY } from './biometric-source-priority.js';
import type { BiometricSourcePriority } from './biometric-source-priority-schema.js';

/**
 * The device class of a value: `manual` for a manual row; for a provider row the class its `normalizer_id` maps to,
 * else the class of its `provider`, else `other`.
 *
 * @example
 * ```ts
 * biometricDeviceClassOf({ source: 'provider', provider: 'garmin', normalizer_id: 'garmin.body_compositions' }); // 'scale'
 * biometricDeviceClassOf({ source: 'provider', provider: 'whoop', normalizer_id: 'whoop.recovery' }); // 'overnight_wearable'
 * biometricDeviceClassOf({ source: 'manual' }); // 'manual'
 * ```
 */
export function biometricDeviceClassOf(
  observation: Pick<BiometricObservation, 'source' | 'provider' | 'normalizer_id'>,
  priority: BiometricSourcePriority = BIOMETRIC_SOURCE_PRIORITY,
): BiometricDeviceClass {
  if (observation.source === 'manual') return 'manual';
  const classes = priority.device_classes;
  const normalizer = observation.normalizer_id;
  if (normalizer != null && Object.hasOwn(classes.by_normalizer, normalizer)) return classes.by_normalizer[normalizer]!;
  const provider = observation.provider;
  if (provider != null && Object.hasOwn(classes.by_provider, provider)) return classes.by_provider[provider]!;
  return 'other';
}

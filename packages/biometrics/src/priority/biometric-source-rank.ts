import type { BiometricObservation } from '../observation/biometric-observation-schema.js';
import { BIOMETRIC_DEVICE_CLASSES } from './biometric-device-class.js';
import { biometricDeviceClassOf } from './biometric-device-class-of.js';
import { BIOMETRIC_SOURCE_PRIORITY } from './biometric-source-priority.js';
import type { BiometricSourcePriority } from './biometric-source-priority-schema.js';

/**
 * The rank of a value's source for its metric, 0 best: the position of its device class in the metric's order
 * (`order.by_metric[metric]`, else `order.default`); a class the order does not name ranks after all named ones,
 * in the order of `BIOMETRIC_DEVICE_CLASSES`.
 *
 * @example
 * ```ts
 * biometricSourceRank({ metric_type: 'weight_kg', source: 'manual' }); // 0
 * biometricSourceRank({ metric_type: 'resting_hr_bpm', source: 'provider', provider: 'whoop' }); // 1
 * ```
 */
export function biometricSourceRank(
  observation: Pick<BiometricObservation, 'metric_type' | 'source' | 'provider' | 'normalizer_id'>,
  priority: BiometricSourcePriority = BIOMETRIC_SOURCE_PRIORITY,
): number {
  const deviceClass = biometricDeviceClassOf(observation, priority);
  const order = priority.order.by_metric[observation.metric_type] ?? priority.order.default;
  const index = order.indexOf(deviceClass);
  return index >= 0 ? index : order.length + BIOMETRIC_DEVICE_CLASSES.indexOf(deviceClass);
}

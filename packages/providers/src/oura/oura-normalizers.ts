import type { NormalizerDescriptor } from '../normalizer-descriptor.js';

/**
 * The descriptors of the Oura normalizers; every draft records the one that made it.
 *
 * @example
 * ```ts
 * OURA_NORMALIZERS.sleep; // { id: 'oura.sleep', version: '1.0.0' }
 * ```
 */
export const OURA_NORMALIZERS = {
  workout: { id: 'oura.workout', version: '1.0.0' },
  daily_readiness: { id: 'oura.daily_readiness', version: '1.0.0' },
  sleep: { id: 'oura.sleep', version: '1.0.0' },
  daily_activity: { id: 'oura.daily_activity', version: '1.0.0' },
  heartrate: { id: 'oura.heartrate', version: '1.0.0' },
  personal_info: { id: 'oura.personal_info', version: '1.0.0' },
  webhook: { id: 'oura.webhook', version: '1.0.0' },
} as const satisfies Record<string, NormalizerDescriptor>;

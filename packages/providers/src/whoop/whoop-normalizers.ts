import type { NormalizerDescriptor } from '../normalizer-descriptor.js';

/**
 * The descriptors of the WHOOP normalizers; every draft records the one that made it.
 *
 * @example
 * ```ts
 * WHOOP_NORMALIZERS.workout; // { id: 'whoop.workout', version: '1.0.0' }
 * ```
 */
export const WHOOP_NORMALIZERS = {
  workout: { id: 'whoop.workout', version: '1.0.0' },
  recovery: { id: 'whoop.recovery', version: '1.1.0' },
  cycle: { id: 'whoop.cycle', version: '1.0.0' },
  sleep: { id: 'whoop.sleep', version: '1.0.0' },
  webhook: { id: 'whoop.webhook', version: '1.0.0' },
} as const satisfies Record<string, NormalizerDescriptor>;

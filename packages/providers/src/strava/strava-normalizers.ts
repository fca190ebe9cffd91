import type { NormalizerDescriptor } from '../normalizer-descriptor.js';

/**
 * The descriptors of the Strava normalizers; every draft records the one that made it.
 *
 * - `strava.activity`: athlete activity pages and detailed activities;
 * - `strava.streams`: activity streams (both response shapes);
 * - `strava.webhook`: webhook event bodies.
 *
 * @example
 * ```ts
 * STRAVA_NORMALIZERS.activity; // { id: 'strava.activity', version: '1.0.0' }
 * ```
 */
export const STRAVA_NORMALIZERS = {
  activity: { id: 'strava.activity', version: '1.0.0' },
  streams: { id: 'strava.streams', version: '1.0.0' },
  webhook: { id: 'strava.webhook', version: '1.0.0' },
} as const satisfies Record<string, NormalizerDescriptor>;

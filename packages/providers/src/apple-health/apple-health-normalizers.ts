import type { NormalizerDescriptor } from '../normalizer-descriptor.js';

/**
 * The descriptors of the Apple Health normalizers; every draft records the one that made it. `export` names the
 * batches {@link readAppleHealthXml} yields; the others name the raw records inside them:
 *
 * - `workout`: one `Workout` element;
 * - `record`: the `Record` elements of one type, source and local day;
 * - `correlation`: the `Correlation` elements (blood pressure, food) of one type, source and local day;
 * - `me`: the `Me` element (date of birth, sex);
 * - `activity_summary`: one `ActivitySummary` (the activity rings of a day);
 * - `daily_total`: a day's total of steps, energy or distance, with the per-source sums it was chosen from;
 * - `workout_route`: a workout's route, from its GPX file.
 *
 * @example
 * ```ts
 * APPLE_HEALTH_NORMALIZERS.workout; // { id: 'apple_health.workout', version: '1.0.1' }
 * ```
 */
export const APPLE_HEALTH_NORMALIZERS = {
  export: { id: 'apple_health.export', version: '1.0.0' },
  workout: { id: 'apple_health.workout', version: '1.0.1' },
  record: { id: 'apple_health.record', version: '1.0.0' },
  correlation: { id: 'apple_health.correlation', version: '1.0.0' },
  me: { id: 'apple_health.me', version: '1.0.0' },
  activity_summary: { id: 'apple_health.activity_summary', version: '1.0.0' },
  daily_total: { id: 'apple_health.daily_total', version: '1.0.0' },
  workout_route: { id: 'apple_health.workout_route', version: '1.0.0' },
} as const satisfies Record<string, NormalizerDescriptor>;

/**
 * The `resource` of each kind of Apple Health raw record (`RawRecordIdentity.resource`), which
 * {@link normalizeAppleHealthRawRecord} dispatches on when the lake is replayed.
 *
 * @example
 * ```ts
 * APPLE_HEALTH_RESOURCES.includes('workout'); // true
 * ```
 */
export const APPLE_HEALTH_RESOURCES = ['workout', 'record', 'correlation', 'me', 'activity_summary', 'daily_total', 'workout_route'] as const;

/**
 * One of {@link APPLE_HEALTH_RESOURCES}.
 *
 * @example
 * ```ts
 * const resource: AppleHealthResource = 'daily_total';
 * ```
 */
export type AppleHealthResource = (typeof APPLE_HEALTH_RESOURCES)[number];

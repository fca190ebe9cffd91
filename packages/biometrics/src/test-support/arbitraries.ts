/** Test-only arbitraries (not published). */
import { BIOMETRIC_METRIC_TYPES, PROVIDERS } from '@trainkit/core';
import fc from 'fast-check';
import { BIOMETRIC_DEVICE_CLASSES } from '../priority/biometric-device-class.js';
import type { BiometricSourcePriority } from '../priority/biometric-source-priority-schema.js';
import { dateOfDayNumber, dayNumberOf } from '../time/day-number.js';

/** Days 1900-01-01 .. 2199-12-31 as day numbers. */
export const FIRST_DAY = dayNumberOf('1900-01-01');
export const LAST_DAY = dayNumberOf('2199-12-31');

/** A calendar day in 1900..2199. */
export const localDate = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(dateOfDayNumber);

/** Normalizer ids the default priority knows, and some it does not. */
const NORMALIZERS = ['garmin.body_compositions', 'garmin.dailies', 'oura.personal_info', 'apple_health.record', 'whoop.recovery', 'oura.sleep', 'custom.thing'];

/** One stored body value without its id (added by {@link observations}), over a few metrics and days so groups collide. */
export const observationWithoutId = fc
  .record({
    metric_type: fc.constantFrom('weight_kg', 'resting_hr_bpm', 'hrv_rmssd_ms', 'vo2max_ml_kg_min'),
    dayOffset: fc.integer({ min: 0, max: 5 }),
    value: fc.double({ min: 20, max: 200, noNaN: true }),
    manual: fc.boolean(),
    provider: fc.constantFrom(...PROVIDERS),
    normalizer_id: fc.option(fc.constantFrom(...NORMALIZERS), { nil: null }),
    measuredMinute: fc.option(fc.integer({ min: 0, max: 3 * 1440 }), { nil: null }),
  })
  .map(({ dayOffset, manual, provider, normalizer_id, measuredMinute, ...rest }) => ({
    ...rest,
    date: dateOfDayNumber(dayNumberOf('2024-06-10') + dayOffset),
    source: manual ? ('manual' as const) : ('provider' as const),
    provider: manual ? null : provider,
    normalizer_id: manual ? null : normalizer_id,
    external_record_id: manual ? null : `rec_${provider}`,
    measured_at: measuredMinute === null ? null : new Date(Date.parse('2024-06-09T00:00:00.000Z') + measuredMinute * 60_000).toISOString(),
  }));

/** Body values with distinct ids (ids in a random order, so id order is not insertion order). */
export const observations = fc
  .array(observationWithoutId, { maxLength: 40 })
  .chain((rows) =>
    fc
      .uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: rows.length, maxLength: rows.length })
      .map((ids) => rows.map((row, index) => ({ ...row, id: ids[index]! }))),
  );

/** A priority with a random order of the device classes (for every metric) and the default device mapping. */
export function shuffledPriority(base: BiometricSourcePriority) {
  return fc.shuffledSubarray([...BIOMETRIC_DEVICE_CLASSES], { minLength: 1 }).map(
    (order): BiometricSourcePriority => ({ ...base, id: 'test.priority', order: { default: order, by_metric: {} } }),
  );
}

export { BIOMETRIC_METRIC_TYPES };

import { BiometricMetricTypeSchema, parseWithSchema, ProviderSchema } from '@trainkit/core';
import { z } from 'zod';
import { BiometricDeviceClassSchema } from './biometric-device-class.js';

const ClassOrderSchema = z
  .array(BiometricDeviceClassSchema)
  .min(1)
  .refine((classes) => new Set(classes).size === classes.length, 'must not name a device class twice');

/**
 * Which source wins when one metric has several values on one local day (see `selectBiometricValues`).
 *
 * - `id` and `version` name the configuration, so a caller can record which priority chose a value.
 * - `device_classes` says what kind of source a provider row is: first by the row's `normalizer_id`
 *   (`by_normalizer`), else by its `provider` (`by_provider`), else `other`; a manual row is always `manual`.
 * - `order` ranks the device classes, best first: `by_metric` for one metric, else `default`. A class missing from
 *   the order ranks after every class named, in the order of `BIOMETRIC_DEVICE_CLASSES`.
 *
 * @example
 * ```ts
 * const scaleFirst = parseBiometricSourcePriority({
 *   ...BIOMETRIC_SOURCE_PRIORITY,
 *   id: 'my-app.biometrics',
 *   order: { default: ['scale', 'manual'], by_metric: {} },
 * });
 * ```
 */
export const BiometricSourcePrioritySchema = z.strictObject({
  id: z.string().min(1),
  version: z.string().min(1),
  device_classes: z.strictObject({
    by_normalizer: z.record(z.string().min(1), BiometricDeviceClassSchema),
    by_provider: z.partialRecord(ProviderSchema, BiometricDeviceClassSchema),
  }),
  order: z.strictObject({
    default: ClassOrderSchema,
    by_metric: z.partialRecord(BiometricMetricTypeSchema, ClassOrderSchema),
  }),
});

/**
 * A source priority configuration, see {@link BiometricSourcePrioritySchema}.
 *
 * @example
 * ```ts
 * const order = (priority: BiometricSourcePriority) => priority.order.default;
 * ```
 */
export type BiometricSourcePriority = z.output<typeof BiometricSourcePrioritySchema>;

/**
 * Validates a source priority configuration; throws a `ValidationError` naming the field and rule (an unknown device
 * class or metric, a class named twice in one order, an empty order).
 *
 * @example
 * ```ts
 * const priority = parseBiometricSourcePriority(JSON.parse(configText));
 * ```
 */
export function parseBiometricSourcePriority(input: unknown): BiometricSourcePriority {
  return parseWithSchema(BiometricSourcePrioritySchema, input, 'biometric source priority');
}

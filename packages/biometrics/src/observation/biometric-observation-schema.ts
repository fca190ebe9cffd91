import { BiometricMetricTypeSchema, DataSourceSchema, InstantSchema, LocalDateSchema, ProviderSchema } from '@trainkit/core';
import { z } from 'zod';

/**
 * One measured body value, as the functions of this package read it: a `user_biometrics_history` row fits as it is
 * (`UserBiometricRow`), and so does anything else shaped like it (a resting heart rate or HRV value from
 * `recovery_signals` mapped to these names). `id` identifies the row the value came from (results name it);
 * `date` is the person's local day of the measurement; `measured_at` the instant when known. Provider values carry
 * `provider`, `normalizer_id` (which decides their device class, see `BiometricSourcePrioritySchema`) and the raw
 * record they were normalized from, `external_record_id`; the functions keep every field of the rows they return.
 *
 * @example
 * ```ts
 * BiometricObservationSchema.parse({ id: 'bio_1', metric_type: 'weight_kg', date: '2024-06-12', value: 72.4, source: 'manual' });
 * ```
 */
export const BiometricObservationSchema = z.object({
  id: z.string().min(1),
  metric_type: BiometricMetricTypeSchema,
  date: LocalDateSchema,
  measured_at: InstantSchema.nullish(),
  value: z.number().finite(),
  source: DataSourceSchema,
  provider: ProviderSchema.nullish(),
  external_record_id: z.string().min(1).nullish(),
  normalizer_id: z.string().min(1).nullish(),
});

/**
 * A body value as callers pass it (plain strings for days and instants; `UserBiometricRow` is one), see
 * {@link BiometricObservationSchema}.
 *
 * @example
 * ```ts
 * const weight: BiometricObservation = { id: 'bio_1', metric_type: 'weight_kg', date: '2024-06-12', value: 72.4, source: 'manual' };
 * ```
 */
export type BiometricObservation = z.input<typeof BiometricObservationSchema>;

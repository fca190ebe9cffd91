import { BiometricMetricTypeSchema, LocalDateSchema } from '@trainkit/core';
import { z } from 'zod';

/**
 * A manual body measurement for `trainkit.biometrics.record`: the user, the metric (`weight_kg`, `body_fat_percent`,
 * `resting_hr_bpm`, `hrv_rmssd_ms`, `vo2max_ml_kg_min`, ...; the unit is in the name), the value (within the metric's
 * plausible range, `BIOMETRIC_METRIC_RANGES`), and when: `measuredAt` (an instant) and / or `date` (the local day;
 * default the day of `measuredAt` in the user's zone). Without either it is measured now. `id` is optional (the
 * facade's id factory otherwise).
 *
 * @example
 * ```ts
 * RecordBiometricInputSchema.parse({ userId: 'athlete_1', metric: 'weight_kg', value: 72.4, date: '2024-06-12' });
 * ```
 */
export const RecordBiometricInputSchema = z.strictObject({
  userId: z.string(),
  metric: BiometricMetricTypeSchema,
  value: z.number().finite(),
  date: LocalDateSchema.optional(),
  measuredAt: z.union([z.string(), z.date()]).optional(),
  notes: z.string().nullable().optional(),
  id: z.string().optional(),
});

/**
 * What `trainkit.biometrics.record` accepts, see {@link RecordBiometricInputSchema}.
 *
 * @example
 * ```ts
 * const input: RecordBiometricInput = { userId: 'athlete_1', metric: 'resting_hr_bpm', value: 52, measuredAt: '2024-06-12T05:30:00Z' };
 * ```
 */
export type RecordBiometricInput = z.input<typeof RecordBiometricInputSchema>;

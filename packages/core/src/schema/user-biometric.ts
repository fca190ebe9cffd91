import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { BIOMETRIC_METRIC_RANGES, BiometricMetricTypeSchema } from '../enums/biometric.js';
import { DataSourceSchema } from '../enums/integration.js';
import { ProviderInputSchema, ProviderSchema } from '../enums/provider.js';
import { ExternalActivityRecordIdSchema, UserBiometricIdSchema, UserIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { LocalDateSchema } from '../time/local-date.js';
import { CANONICAL_PROVENANCE_COLUMNS } from './canonical-provenance-columns.js';
import { WHEN_FIELDS_VALID } from './when-fields-valid.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `user_biometrics_history`: one body measurement (weight, body fat, resting HR, HRV, VO2max, ...) on a day, manual or from a provider.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link UserBiometricInsertSchema}
 * (or {@link parseUserBiometric}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: UserBiometricRow = UserBiometricRowSchema.parse(rowFromDatabase);
 * ```
 */
export const UserBiometricRowSchema = z.object({
  id: UserBiometricIdSchema,
  user_id: UserIdSchema,
  date: LocalDateSchema.describe('The user\'s local day of the measurement.'),
  measured_at: InstantSchema.nullable(),
  metric_type: BiometricMetricTypeSchema,
  value: z.number().describe('Value in the unit named by metric_type, within its plausible range.'),
  source: DataSourceSchema.default('manual'),
  provider: ProviderSchema.nullable(),
  external_record_id: ExternalActivityRecordIdSchema.nullable().describe('Raw record it was normalized from, when any.'),
  ...CANONICAL_PROVENANCE_COLUMNS,
  notes: z.string().nullable(),
  created_at: InstantSchema,
});

/**
 * A stored `user_biometrics_history` row, see {@link UserBiometricRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: UserBiometricRow) { return row.metric_type; }
 * ```
 */
export type UserBiometricRow = z.output<typeof UserBiometricRowSchema>;

/**
 * Validates a new `user_biometrics_history` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected, and `value` lies in the plausible range of its metric type and `provider` is set exactly for provider rows.
 *
 * @example
 * ```ts
 * const row = UserBiometricInsertSchema.parse({ id: 'bio_01', user_id: 'usr_01', date: '2025-03-04', metric_type: 'weight_kg', value: 72.4, created_at: '2025-03-04T07:00:00.000Z' });
 * ```
 */
export const UserBiometricInsertSchema = withNullDefaults(UserBiometricRowSchema)
  .extend({
    provider: ProviderInputSchema.nullable().default(null),
  })
  .superRefine((row, ctx) => {
    const range = BIOMETRIC_METRIC_RANGES[row.metric_type];
    if (row.value < range.min || row.value > range.max) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `${row.metric_type} must be within ${range.min}..${range.max}` });
    }
    if ((row.source === DataSourceSchema.enum.provider) !== (row.provider !== null)) {
      ctx.addIssue({ code: 'custom', path: ['provider'], message: 'must be set exactly when source is provider' });
    }
  }, WHEN_FIELDS_VALID);

/**
 * What may be passed to {@link UserBiometricInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: UserBiometricInsert = { id: 'bio_01', user_id: 'usr_01', date: '2025-03-04', metric_type: 'weight_kg', value: 72.4, created_at: '2025-03-04T07:00:00.000Z' };
 * ```
 */
export type UserBiometricInsert = z.input<typeof UserBiometricInsertSchema>;

/**
 * Validates and completes a new `user_biometrics_history` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseUserBiometric({ id: 'bio_01', user_id: 'usr_01', date: '2025-03-04', metric_type: 'weight_kg', value: 72.4, created_at: '2025-03-04T07:00:00.000Z' });
 * ```
 */
export function parseUserBiometric(input: unknown): UserBiometricRow {
  return parseWithSchema(UserBiometricInsertSchema, input, 'user_biometrics_history');
}

/**
 * Like {@link parseUserBiometric} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseUserBiometric(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseUserBiometric(input: unknown): Result<UserBiometricRow, ValidationError> {
  return safeParseWithSchema(UserBiometricInsertSchema, input, 'user_biometrics_history');
}

import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { asOpenCategorical } from '../columns/column-kind.js';
import { JsonValueSchema } from '../columns/json-value.js';
import { DataSourceSchema } from '../enums/integration.js';
import { ProviderInputSchema, ProviderSchema } from '../enums/provider.js';
import { RECOVERY_SIGNAL_RANGES, RecoverySignalTypeSchema } from '../enums/recovery.js';
import { ExternalActivityRecordIdSchema, RecoverySignalIdSchema, UserIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { LocalDateSchema } from '../time/local-date.js';
import { CANONICAL_PROVENANCE_COLUMNS } from './canonical-provenance-columns.js';
import { WHEN_FIELDS_VALID } from './when-fields-valid.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `recovery_signals`: a recovery measurement (sleep, HRV, readiness, soreness, ...) with its raw payload kept in `raw_payload_json`.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link RecoverySignalInsertSchema}
 * (or {@link parseRecoverySignal}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: RecoverySignalRow = RecoverySignalRowSchema.parse(rowFromDatabase);
 * ```
 */
export const RecoverySignalRowSchema = z.object({
  id: RecoverySignalIdSchema,
  user_id: UserIdSchema,
  source: DataSourceSchema,
  provider: ProviderSchema.nullable(),
  signal_type: RecoverySignalTypeSchema,
  signal_type_raw: asOpenCategorical(z.string().min(1)).nullable().describe('Signal name as the provider called it; unknown ones map to signal_type other.'),
  measured_at: InstantSchema,
  local_date: LocalDateSchema.describe('The user\'s local day the signal belongs to (e.g. the wake-up day for sleep).'),
  value: z.number(),
  unit: asOpenCategorical(z.string().min(1)).nullable().describe('Unit as reported (bpm, W, m/s, ...).'),
  raw_payload_json: JsonValueSchema.nullable().describe('The payload as received (API or form), kept exactly.'),
  external_record_id: ExternalActivityRecordIdSchema.nullable(),
  ...CANONICAL_PROVENANCE_COLUMNS,
  notes: z.string().nullable(),
  created_at: InstantSchema,
});

/**
 * A stored `recovery_signals` row, see {@link RecoverySignalRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: RecoverySignalRow) { return row.signal_type; }
 * ```
 */
export type RecoverySignalRow = z.output<typeof RecoverySignalRowSchema>;

/**
 * Validates a new `recovery_signals` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected, `value` lies in the range of its type when it has one (`RECOVERY_SIGNAL_RANGES`), and `provider` is set exactly for provider rows.
 *
 * @example
 * ```ts
 * const row = RecoverySignalInsertSchema.parse({ id: 'rec_sig_01', user_id: 'usr_01', source: 'provider', provider: 'oura_ring', signal_type: 'hrv_rmssd_ms', signal_type_raw: 'average_hrv', measured_at: '2025-03-04T06:30:00.000Z', local_date: '2025-03-04', value: 48, unit: 'ms', raw_payload_json: { average_hrv: 48 }, created_at: '2025-03-04T07:00:00.000Z' });
 * ```
 */
export const RecoverySignalInsertSchema = withNullDefaults(RecoverySignalRowSchema)
  .extend({
    provider: ProviderInputSchema.nullable().default(null),
  })
  .superRefine((row, ctx) => {
    const range = RECOVERY_SIGNAL_RANGES[row.signal_type];
    if (range !== undefined && (row.value < range.min || row.value > range.max)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `${row.signal_type} must be within ${range.min}..${range.max}` });
    }
    if ((row.source === DataSourceSchema.enum.provider) !== (row.provider !== null)) {
      ctx.addIssue({ code: 'custom', path: ['provider'], message: 'must be set exactly when source is provider' });
    }
  }, WHEN_FIELDS_VALID);

/**
 * What may be passed to {@link RecoverySignalInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: RecoverySignalInsert = { id: 'rec_sig_01', user_id: 'usr_01', source: 'provider', provider: 'oura_ring', signal_type: 'hrv_rmssd_ms', signal_type_raw: 'average_hrv', measured_at: '2025-03-04T06:30:00.000Z', local_date: '2025-03-04', value: 48, unit: 'ms', raw_payload_json: { average_hrv: 48 }, created_at: '2025-03-04T07:00:00.000Z' };
 * ```
 */
export type RecoverySignalInsert = z.input<typeof RecoverySignalInsertSchema>;

/**
 * Validates and completes a new `recovery_signals` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseRecoverySignal({ id: 'rec_sig_01', user_id: 'usr_01', source: 'provider', provider: 'oura_ring', signal_type: 'hrv_rmssd_ms', signal_type_raw: 'average_hrv', measured_at: '2025-03-04T06:30:00.000Z', local_date: '2025-03-04', value: 48, unit: 'ms', raw_payload_json: { average_hrv: 48 }, created_at: '2025-03-04T07:00:00.000Z' });
 * ```
 */
export function parseRecoverySignal(input: unknown): RecoverySignalRow {
  return parseWithSchema(RecoverySignalInsertSchema, input, 'recovery_signals');
}

/**
 * Like {@link parseRecoverySignal} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseRecoverySignal(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseRecoverySignal(input: unknown): Result<RecoverySignalRow, ValidationError> {
  return safeParseWithSchema(RecoverySignalInsertSchema, input, 'recovery_signals');
}

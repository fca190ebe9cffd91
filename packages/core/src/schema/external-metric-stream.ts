import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { asOpenCategorical } from '../columns/column-kind.js';
import { JsonValueSchema } from '../columns/json-value.js';
import { ExternalActivityRecordIdSchema, ExternalMetricStreamIdSchema, UserIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `external_metric_streams`: a raw time series (heart rate, pace, power, cadence, ...) attached to a raw record, kept exactly as received.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link ExternalMetricStreamInsertSchema}
 * (or {@link parseExternalMetricStream}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: ExternalMetricStreamRow = ExternalMetricStreamRowSchema.parse(rowFromDatabase);
 * ```
 */
export const ExternalMetricStreamRowSchema = z.object({
  id: ExternalMetricStreamIdSchema,
  user_id: UserIdSchema,
  external_activity_record_id: ExternalActivityRecordIdSchema,
  stream_type: asOpenCategorical(z.string().min(1)).describe('Stream name as the provider calls it (heartrate, watts, cadence, ...).'),
  unit: asOpenCategorical(z.string().min(1)).nullable().describe('Unit as reported (bpm, W, m/s, ...).'),
  sample_count: z.number().int().min(0).nullable(),
  raw_stream_json: JsonValueSchema.describe('The stream payload, kept exactly.'),
  created_at: InstantSchema,
});

/**
 * A stored `external_metric_streams` row, see {@link ExternalMetricStreamRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: ExternalMetricStreamRow) { return row.stream_type; }
 * ```
 */
export type ExternalMetricStreamRow = z.output<typeof ExternalMetricStreamRowSchema>;

/**
 * Validates a new `external_metric_streams` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected.
 *
 * @example
 * ```ts
 * const row = ExternalMetricStreamInsertSchema.parse({ id: 'stream_01', user_id: 'usr_01', external_activity_record_id: 'raw_01', stream_type: 'heartrate', raw_stream_json: [120, 122, 125], created_at: '2024-06-12T07:05:00.000Z' });
 * ```
 */
export const ExternalMetricStreamInsertSchema = withNullDefaults(ExternalMetricStreamRowSchema);

/**
 * What may be passed to {@link ExternalMetricStreamInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: ExternalMetricStreamInsert = { id: 'stream_01', user_id: 'usr_01', external_activity_record_id: 'raw_01', stream_type: 'heartrate', raw_stream_json: [120, 122, 125], created_at: '2024-06-12T07:05:00.000Z' };
 * ```
 */
export type ExternalMetricStreamInsert = z.input<typeof ExternalMetricStreamInsertSchema>;

/**
 * Validates and completes a new `external_metric_streams` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseExternalMetricStream({ id: 'stream_01', user_id: 'usr_01', external_activity_record_id: 'raw_01', stream_type: 'heartrate', raw_stream_json: [120, 122, 125], created_at: '2024-06-12T07:05:00.000Z' });
 * ```
 */
export function parseExternalMetricStream(input: unknown): ExternalMetricStreamRow {
  return parseWithSchema(ExternalMetricStreamInsertSchema, input, 'external_metric_streams');
}

/**
 * Like {@link parseExternalMetricStream} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseExternalMetricStream(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseExternalMetricStream(input: unknown): Result<ExternalMetricStreamRow, ValidationError> {
  return safeParseWithSchema(ExternalMetricStreamInsertSchema, input, 'external_metric_streams');
}

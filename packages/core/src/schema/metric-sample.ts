import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { asOpenCategorical } from '../columns/column-kind.js';
import { ActivityInstanceIdSchema, ExternalMetricStreamIdSchema, MetricSampleIdSchema, UserIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `metric_samples`: one normalized time-series sample (heart rate, power, steps, ...), from a raw stream or entered directly.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link MetricSampleInsertSchema}
 * (or {@link parseMetricSample}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: MetricSampleRow = MetricSampleRowSchema.parse(rowFromDatabase);
 * ```
 */
export const MetricSampleRowSchema = z.object({
  id: MetricSampleIdSchema,
  user_id: UserIdSchema,
  external_metric_stream_id: ExternalMetricStreamIdSchema.nullable(),
  activity_instance_id: ActivityInstanceIdSchema.nullable(),
  metric_type: asOpenCategorical(z.string().min(1)).describe('What is measured (heart_rate_bpm, power_w, cadence_rpm, ...); open vocabulary.'),
  recorded_at: InstantSchema,
  value: z.number(),
  unit: asOpenCategorical(z.string().min(1)).nullable().describe('Unit as reported (bpm, W, m/s, ...).'),
});

/**
 * A stored `metric_samples` row, see {@link MetricSampleRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: MetricSampleRow) { return row.metric_type; }
 * ```
 */
export type MetricSampleRow = z.output<typeof MetricSampleRowSchema>;

/**
 * Validates a new `metric_samples` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected.
 *
 * @example
 * ```ts
 * const row = MetricSampleInsertSchema.parse({ id: 'sample_01', user_id: 'usr_01', activity_instance_id: 'act_01', metric_type: 'heart_rate_bpm', recorded_at: '2025-03-04T17:00:05.000Z', value: 121, unit: 'bpm' });
 * ```
 */
export const MetricSampleInsertSchema = withNullDefaults(MetricSampleRowSchema);

/**
 * What may be passed to {@link MetricSampleInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: MetricSampleInsert = { id: 'sample_01', user_id: 'usr_01', activity_instance_id: 'act_01', metric_type: 'heart_rate_bpm', recorded_at: '2025-03-04T17:00:05.000Z', value: 121, unit: 'bpm' };
 * ```
 */
export type MetricSampleInsert = z.input<typeof MetricSampleInsertSchema>;

/**
 * Validates and completes a new `metric_samples` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseMetricSample({ id: 'sample_01', user_id: 'usr_01', activity_instance_id: 'act_01', metric_type: 'heart_rate_bpm', recorded_at: '2025-03-04T17:00:05.000Z', value: 121, unit: 'bpm' });
 * ```
 */
export function parseMetricSample(input: unknown): MetricSampleRow {
  return parseWithSchema(MetricSampleInsertSchema, input, 'metric_samples');
}

/**
 * Like {@link parseMetricSample} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseMetricSample(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseMetricSample(input: unknown): Result<MetricSampleRow, ValidationError> {
  return safeParseWithSchema(MetricSampleInsertSchema, input, 'metric_samples');
}

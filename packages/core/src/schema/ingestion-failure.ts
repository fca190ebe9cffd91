import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { JsonValueSchema } from '../columns/json-value.js';
import { ProviderInputSchema, ProviderSchema } from '../enums/provider.js';
import { ExternalActivityRecordIdSchema, IngestionFailureIdSchema, IngestionRunIdSchema, UserIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `ingestion_failures`: one payload or record of an ingestion run that could not be read or normalized, with its typed error code, message and path, kept beside its raw data (the stored raw record, the parsed payload, or the raw text when it was not JSON).
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link IngestionFailureInsertSchema}
 * (or {@link parseIngestionFailure}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: IngestionFailureRow = IngestionFailureRowSchema.parse(rowFromDatabase);
 * ```
 */
export const IngestionFailureRowSchema = z.object({
  id: IngestionFailureIdSchema,
  user_id: UserIdSchema,
  ingestion_run_id: IngestionRunIdSchema.describe('Run during which it failed.'),
  provider: ProviderSchema,
  resource: z.string().min(1).nullable().describe('Provider resource (endpoint or file kind) being read, e.g. `activities`.'),
  external_id: z.string().min(1).nullable().describe('The record\'s id at the provider, when it could be read.'),
  external_activity_record_id: ExternalActivityRecordIdSchema.nullable().describe('The stored raw record that failed to normalize, when it was stored.'),
  code: z.string().min(1).describe('Stable, typed error code (e.g. `invalid_json`, `missing_field`, `out_of_range`).'),
  message: z.string().min(1).describe('Human-readable reason.'),
  path_json: z
    .array(z.union([z.string(), z.number().int().min(0)]))
    .default([])
    .describe('Where in the payload it failed: keys and array indexes from the root (empty for the whole payload).'),
  raw_payload_json: JsonValueSchema.nullable().describe('The payload (or the failing part of it) when it parsed as JSON but was not stored as a raw record.'),
  raw_text: z.string().nullable().describe('The raw text when it was not JSON at all (an HTML error page, a truncated body), else null.'),
  created_at: InstantSchema,
});

/**
 * A stored `ingestion_failures` row, see {@link IngestionFailureRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: IngestionFailureRow) { return `${row.code}: ${row.message}`; }
 * ```
 */
export type IngestionFailureRow = z.output<typeof IngestionFailureRowSchema>;

/**
 * Validates a new `ingestion_failures` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected, and provider aliases are canonicalized.
 *
 * @example
 * ```ts
 * const row = IngestionFailureInsertSchema.parse({ id: 'fail_01', user_id: 'usr_01', ingestion_run_id: 'run_01', provider: 'strava', code: 'invalid_json', message: 'Unexpected token < in JSON at position 0', raw_text: '<html>502 Bad Gateway</html>', created_at: '2024-06-12T07:05:00.000Z' });
 * ```
 */
export const IngestionFailureInsertSchema = withNullDefaults(IngestionFailureRowSchema).extend({
  provider: ProviderInputSchema,
});

/**
 * What may be passed to {@link IngestionFailureInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: IngestionFailureInsert = { id: 'fail_01', user_id: 'usr_01', ingestion_run_id: 'run_01', provider: 'strava', code: 'missing_field', message: 'id is required', path_json: ['activities', 3, 'id'], created_at: '2024-06-12T07:05:00.000Z' };
 * ```
 */
export type IngestionFailureInsert = z.input<typeof IngestionFailureInsertSchema>;

/**
 * Validates and completes a new `ingestion_failures` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseIngestionFailure({ id: 'fail_01', user_id: 'usr_01', ingestion_run_id: 'run_01', provider: 'strava', code: 'invalid_json', message: 'Unexpected end of JSON input', created_at: '2024-06-12T07:05:00.000Z' });
 * ```
 */
export function parseIngestionFailure(input: unknown): IngestionFailureRow {
  return parseWithSchema(IngestionFailureInsertSchema, input, 'ingestion_failures');
}

/**
 * Like {@link parseIngestionFailure} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseIngestionFailure(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseIngestionFailure(input: unknown): Result<IngestionFailureRow, ValidationError> {
  return safeParseWithSchema(IngestionFailureInsertSchema, input, 'ingestion_failures');
}

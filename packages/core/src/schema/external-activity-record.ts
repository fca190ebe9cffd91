import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { asOpenCategorical } from '../columns/column-kind.js';
import { JsonValueOrTextSchema } from '../columns/json-text.js';
import { JsonValueSchema } from '../columns/json-value.js';
import { ExternalRecordKindSchema, NormalizationStatusSchema } from '../enums/integration.js';
import { ProviderInputSchema, ProviderSchema } from '../enums/provider.js';
import { ExternalActivityRecordIdSchema, IngestionRunIdSchema, UserIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { UtcOffsetMinutesSchema } from '../time/time-zone.js';
import { ContentHashSchema } from './content-hash.js';
import { WHEN_FIELDS_VALID } from './when-fields-valid.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `external_activity_records`: the raw lake: one provider record exactly as received, keyed by (user_id, provider, external_id). Canonical rows can be rebuilt from it at any time.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link ExternalActivityRecordInsertSchema}
 * (or {@link parseExternalActivityRecord}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: ExternalActivityRecordRow = ExternalActivityRecordRowSchema.parse(rowFromDatabase);
 * ```
 */
export const ExternalActivityRecordRowSchema = z.object({
  id: ExternalActivityRecordIdSchema,
  user_id: UserIdSchema,
  provider: ProviderSchema,
  external_id: z.string().min(1).describe('The record\'s id at the provider; unique per (user_id, provider).'),
  record_kind: ExternalRecordKindSchema.default('activity'),
  resource: z
    .string()
    .min(1)
    .nullable()
    .describe('Provider resource (endpoint or file kind) the record came from, e.g. `activities`, `dailies`, `export.xml`.'),
  parent_external_id: z
    .string()
    .min(1)
    .nullable()
    .describe('External id of the record this one belongs to at the same provider (e.g. the activity of a details or streams payload).'),
  activity_type_raw: asOpenCategorical(z.string().min(1)).nullable().describe('Activity or record type exactly as the provider named it (e.g. Strava `sport_type`).'),
  start_time: InstantSchema.nullable(),
  end_time: InstantSchema.nullable(),
  timezone: asOpenCategorical(z.string().min(1)).nullable().describe('Time zone as the provider reported it (may not be an IANA name).'),
  utc_offset_minutes: UtcOffsetMinutesSchema.nullable(),
  raw_payload_json: JsonValueSchema.describe('The provider payload, kept exactly.'),
  content_hash: ContentHashSchema.nullable().describe(
    'Lower-case hex SHA-256 of the canonical JSON of raw_payload_json: the same hash again changes nothing, another hash is a new revision.',
  ),
  revision: z
    .number()
    .int()
    .min(1)
    .default(1)
    .describe('Version of the payload: 1 when first stored, + 1 for every payload with another hash (earlier ones are in external_record_revisions).'),
  ingestion_run_id: IngestionRunIdSchema.describe('Run that last stored this record.'),
  normalization_status: NormalizationStatusSchema.default('pending'),
  normalization_error: z.string().nullable().describe('Typed failure of the last normalization attempt, when it failed.'),
  normalizer_id: z.string().min(1).nullable(),
  normalizer_version: z.string().min(1).nullable(),
  normalized_at: InstantSchema.nullable(),
  created_at: InstantSchema,
  updated_at: InstantSchema,
});

/**
 * A stored `external_activity_records` row, see {@link ExternalActivityRecordRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: ExternalActivityRecordRow) { return row.external_id; }
 * ```
 */
export type ExternalActivityRecordRow = z.output<typeof ExternalActivityRecordRowSchema>;

/**
 * Validates a new `external_activity_records` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected, and `end_time` >= `start_time`.
 *
 * @example
 * ```ts
 * const row = ExternalActivityRecordInsertSchema.parse({ id: 'raw_01', user_id: 'usr_01', provider: 'strava', external_id: '9876543210', raw_payload_json: { sport_type: 'Run' }, ingestion_run_id: 'run_01', created_at: '2024-06-12T07:05:00.000Z', updated_at: '2024-06-12T07:05:00.000Z' });
 * ```
 */
export const ExternalActivityRecordInsertSchema = withNullDefaults(ExternalActivityRecordRowSchema)
  .extend({
    provider: ProviderInputSchema,
    raw_payload_json: JsonValueOrTextSchema.describe('The provider payload, kept exactly; also accepted already serialized (`JsonText`).'),
  })
  .superRefine((row, ctx) => {
    if (row.end_time !== null && row.start_time !== null && Date.parse(row.end_time) < Date.parse(row.start_time)) {
      ctx.addIssue({ code: 'custom', path: ['end_time'], message: 'must be >= start_time' });
    }
  }, WHEN_FIELDS_VALID);

/**
 * What may be passed to {@link ExternalActivityRecordInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: ExternalActivityRecordInsert = { id: 'raw_01', user_id: 'usr_01', provider: 'strava', external_id: '9876543210', raw_payload_json: { sport_type: 'Run' }, ingestion_run_id: 'run_01', created_at: '2024-06-12T07:05:00.000Z', updated_at: '2024-06-12T07:05:00.000Z' };
 * ```
 */
export type ExternalActivityRecordInsert = z.input<typeof ExternalActivityRecordInsertSchema>;

/**
 * Validates and completes a new `external_activity_records` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseExternalActivityRecord({ id: 'raw_01', user_id: 'usr_01', provider: 'strava', external_id: '9876543210', raw_payload_json: { sport_type: 'Run' }, ingestion_run_id: 'run_01', created_at: '2024-06-12T07:05:00.000Z', updated_at: '2024-06-12T07:05:00.000Z' });
 * ```
 */
export function parseExternalActivityRecord(input: unknown): ExternalActivityRecordRow {
  return parseWithSchema(ExternalActivityRecordInsertSchema, input, 'external_activity_records');
}

/**
 * Like {@link parseExternalActivityRecord} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseExternalActivityRecord(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseExternalActivityRecord(input: unknown): Result<ExternalActivityRecordRow, ValidationError> {
  return safeParseWithSchema(ExternalActivityRecordInsertSchema, input, 'external_activity_records');
}

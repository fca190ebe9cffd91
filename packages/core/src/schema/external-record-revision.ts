import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { JsonValueSchema } from '../columns/json-value.js';
import {
  ExternalActivityRecordIdSchema,
  ExternalRecordRevisionIdSchema,
  IngestionRunIdSchema,
  UserIdSchema,
} from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { ContentHashSchema } from './content-hash.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `external_record_revisions`: an earlier version of a raw record. When a payload with another content hash arrives for a stored record, the version it replaces is copied here first, so no payload is ever lost.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link ExternalRecordRevisionInsertSchema}
 * (or {@link parseExternalRecordRevision}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: ExternalRecordRevisionRow = ExternalRecordRevisionRowSchema.parse(rowFromDatabase);
 * ```
 */
export const ExternalRecordRevisionRowSchema = z.object({
  id: ExternalRecordRevisionIdSchema,
  user_id: UserIdSchema,
  external_activity_record_id: ExternalActivityRecordIdSchema.describe('The raw record this is an earlier version of.'),
  revision: z.number().int().min(1).describe('The record\'s revision number while it held this payload.'),
  content_hash: ContentHashSchema.nullable().describe('Content hash of this payload (null when it was stored without one).'),
  raw_payload_json: JsonValueSchema.describe('The payload of that version, kept exactly.'),
  ingestion_run_id: IngestionRunIdSchema.describe('Run that stored this version.'),
  received_at: InstantSchema.describe('When this version was stored (the record\'s updated_at at the time).'),
});

/**
 * A stored `external_record_revisions` row, see {@link ExternalRecordRevisionRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: ExternalRecordRevisionRow) { return row.revision; }
 * ```
 */
export type ExternalRecordRevisionRow = z.output<typeof ExternalRecordRevisionRowSchema>;

/**
 * Validates a new `external_record_revisions` row at the boundary: nullable columns may be omitted (they default to `null`) and unknown keys are rejected.
 *
 * @example
 * ```ts
 * const row = ExternalRecordRevisionInsertSchema.parse({ id: 'raw_01@1', user_id: 'usr_01', external_activity_record_id: 'raw_01', revision: 1, raw_payload_json: { sport_type: 'Run' }, ingestion_run_id: 'run_01', received_at: '2024-06-12T07:05:00.000Z' });
 * ```
 */
export const ExternalRecordRevisionInsertSchema = withNullDefaults(ExternalRecordRevisionRowSchema);

/**
 * What may be passed to {@link ExternalRecordRevisionInsertSchema}: a row with optional nullable columns.
 *
 * @example
 * ```ts
 * const input: ExternalRecordRevisionInsert = { id: 'raw_01@1', user_id: 'usr_01', external_activity_record_id: 'raw_01', revision: 1, raw_payload_json: { sport_type: 'Run' }, ingestion_run_id: 'run_01', received_at: '2024-06-12T07:05:00.000Z' };
 * ```
 */
export type ExternalRecordRevisionInsert = z.input<typeof ExternalRecordRevisionInsertSchema>;

/**
 * Validates and completes a new `external_record_revisions` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseExternalRecordRevision({ id: 'raw_01@1', user_id: 'usr_01', external_activity_record_id: 'raw_01', revision: 1, raw_payload_json: { sport_type: 'Run' }, ingestion_run_id: 'run_01', received_at: '2024-06-12T07:05:00.000Z' });
 * ```
 */
export function parseExternalRecordRevision(input: unknown): ExternalRecordRevisionRow {
  return parseWithSchema(ExternalRecordRevisionInsertSchema, input, 'external_record_revisions');
}

/**
 * Like {@link parseExternalRecordRevision} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseExternalRecordRevision(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseExternalRecordRevision(input: unknown): Result<ExternalRecordRevisionRow, ValidationError> {
  return safeParseWithSchema(ExternalRecordRevisionInsertSchema, input, 'external_record_revisions');
}

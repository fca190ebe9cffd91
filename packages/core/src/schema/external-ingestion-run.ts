import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { JsonValueSchema } from '../columns/json-value.js';
import { IngestionRunKindSchema, IngestionRunStatusSchema } from '../enums/integration.js';
import { ProviderInputSchema, ProviderSchema } from '../enums/provider.js';
import { IngestionRunIdSchema, UserIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { WHEN_FIELDS_VALID } from './when-fields-valid.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `external_ingestion_runs`: one ingestion run (sync, webhook, file import, replay): when it ran, how it ended and where to resume.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link ExternalIngestionRunInsertSchema}
 * (or {@link parseExternalIngestionRun}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: ExternalIngestionRunRow = ExternalIngestionRunRowSchema.parse(rowFromDatabase);
 * ```
 */
export const ExternalIngestionRunRowSchema = z.object({
  id: IngestionRunIdSchema,
  user_id: UserIdSchema,
  provider: ProviderSchema,
  kind: IngestionRunKindSchema.default('sync'),
  started_at: InstantSchema,
  finished_at: InstantSchema.nullable(),
  status: IngestionRunStatusSchema.default('running'),
  error: z.string().nullable().describe('Why the run failed (or which records failed, for partial runs).'),
  cursor_json: JsonValueSchema.nullable().describe('Provider cursor to resume from (page token, last timestamp, ...).'),
  stats_json: JsonValueSchema.nullable().describe('Counts of records received, stored, updated and failed.'),
  progressed_at: InstantSchema.nullable().describe(
    'When the run last wrote records (with its counts so far in stats_json); null before that. A running run whose progress stopped long ago was interrupted.',
  ),
});

/**
 * A stored `external_ingestion_runs` row, see {@link ExternalIngestionRunRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: ExternalIngestionRunRow) { return row.status; }
 * ```
 */
export type ExternalIngestionRunRow = z.output<typeof ExternalIngestionRunRowSchema>;

/**
 * Validates a new `external_ingestion_runs` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected, and `finished_at` is set exactly when the status is final and is >= `started_at`.
 *
 * @example
 * ```ts
 * const row = ExternalIngestionRunInsertSchema.parse({ id: 'run_01', user_id: 'usr_01', provider: 'strava', started_at: '2024-06-12T07:00:00.000Z' });
 * ```
 */
export const ExternalIngestionRunInsertSchema = withNullDefaults(ExternalIngestionRunRowSchema)
  .extend({
    provider: ProviderInputSchema,
  })
  .superRefine((row, ctx) => {
    if (row.finished_at !== null && row.started_at !== null && Date.parse(row.finished_at) < Date.parse(row.started_at)) {
      ctx.addIssue({ code: 'custom', path: ['finished_at'], message: 'must be >= started_at' });
    }
    if (row.progressed_at !== null && row.started_at !== null && Date.parse(row.progressed_at) < Date.parse(row.started_at)) {
      ctx.addIssue({ code: 'custom', path: ['progressed_at'], message: 'must be >= started_at' });
    }
    if ((row.status === IngestionRunStatusSchema.enum.running) !== (row.finished_at === null)) {
      ctx.addIssue({ code: 'custom', path: ['finished_at'], message: 'must be null exactly while status is running' });
    }
  }, WHEN_FIELDS_VALID);

/**
 * What may be passed to {@link ExternalIngestionRunInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: ExternalIngestionRunInsert = { id: 'run_01', user_id: 'usr_01', provider: 'strava', started_at: '2024-06-12T07:00:00.000Z' };
 * ```
 */
export type ExternalIngestionRunInsert = z.input<typeof ExternalIngestionRunInsertSchema>;

/**
 * Validates and completes a new `external_ingestion_runs` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseExternalIngestionRun({ id: 'run_01', user_id: 'usr_01', provider: 'strava', started_at: '2024-06-12T07:00:00.000Z' });
 * ```
 */
export function parseExternalIngestionRun(input: unknown): ExternalIngestionRunRow {
  return parseWithSchema(ExternalIngestionRunInsertSchema, input, 'external_ingestion_runs');
}

/**
 * Like {@link parseExternalIngestionRun} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseExternalIngestionRun(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseExternalIngestionRun(input: unknown): Result<ExternalIngestionRunRow, ValidationError> {
  return safeParseWithSchema(ExternalIngestionRunInsertSchema, input, 'external_ingestion_runs');
}

import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { MergeDecisionSchema } from '../enums/integration.js';
import {
  ActivityInstanceIdSchema,
  ActivityMergeDecisionIdSchema,
  ExternalActivityRecordIdSchema,
  IngestionRunIdSchema,
  UserIdSchema,
} from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { WHEN_FIELDS_VALID } from './when-fields-valid.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `activity_merge_decisions`: one decision of the cross-provider dedup, appended and never edited: a `merge` (raw records of one real-world session joined into one activity instance) or an `unmerge` (a record split out again, which later matching and replays respect), with its confidence, reasons and the source chosen for each field.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link ActivityMergeDecisionInsertSchema}
 * (or {@link parseActivityMergeDecision}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: ActivityMergeDecisionRow = ActivityMergeDecisionRowSchema.parse(rowFromDatabase);
 * ```
 */
export const ActivityMergeDecisionRowSchema = z.object({
  id: ActivityMergeDecisionIdSchema,
  user_id: UserIdSchema,
  activity_instance_id: ActivityInstanceIdSchema.describe('The activity instance the decision is about.'),
  external_activity_record_id: ExternalActivityRecordIdSchema.nullable().describe('The raw record merged in or split out, when one is.'),
  counterpart_instance_id: ActivityInstanceIdSchema.nullable().describe(
    'For a merge, the instance the record was merged into; for an unmerge, the instance it was split from.',
  ),
  decision: MergeDecisionSchema,
  confidence: z.number().min(0).max(1).nullable().describe('How sure the matcher was, 0..1 (null for decisions made by hand).'),
  reasons_json: z
    .array(z.string().min(1))
    .default([])
    .describe('Why, in words (e.g. `same category`, `start 42 s apart`, `overlap 96 %`, `unmerged by the user`).'),
  field_sources_json: z
    .record(z.string().min(1), z.string().min(1))
    .nullable()
    .describe('For each canonical field, the raw record id it was taken from, or `manual`.'),
  ingestion_run_id: IngestionRunIdSchema.nullable().describe('Run during which the decision was made; null for a decision made by hand.'),
  created_at: InstantSchema,
});

/**
 * A stored `activity_merge_decisions` row, see {@link ActivityMergeDecisionRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: ActivityMergeDecisionRow) { return `${row.decision} (${row.reasons_json.join(', ')})`; }
 * ```
 */
export type ActivityMergeDecisionRow = z.output<typeof ActivityMergeDecisionRowSchema>;

/**
 * Validates a new `activity_merge_decisions` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected, and `counterpart_instance_id` differs from `activity_instance_id`.
 *
 * @example
 * ```ts
 * const row = ActivityMergeDecisionInsertSchema.parse({ id: 'merge_01', user_id: 'usr_01', activity_instance_id: 'act_01', external_activity_record_id: 'raw_02', decision: 'merge', confidence: 0.93, reasons_json: ['same category', 'start 42 s apart'], created_at: '2024-06-12T07:05:00.000Z' });
 * ```
 */
export const ActivityMergeDecisionInsertSchema = withNullDefaults(ActivityMergeDecisionRowSchema).superRefine((row, ctx) => {
  if (row.counterpart_instance_id !== null && row.counterpart_instance_id === row.activity_instance_id) {
    ctx.addIssue({ code: 'custom', path: ['counterpart_instance_id'], message: 'must differ from activity_instance_id' });
  }
}, WHEN_FIELDS_VALID);

/**
 * What may be passed to {@link ActivityMergeDecisionInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: ActivityMergeDecisionInsert = { id: 'merge_02', user_id: 'usr_01', activity_instance_id: 'act_02', external_activity_record_id: 'raw_02', counterpart_instance_id: 'act_01', decision: 'unmerge', reasons_json: ['unmerged by the user'], created_at: '2024-06-13T09:00:00.000Z' };
 * ```
 */
export type ActivityMergeDecisionInsert = z.input<typeof ActivityMergeDecisionInsertSchema>;

/**
 * Validates and completes a new `activity_merge_decisions` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseActivityMergeDecision({ id: 'merge_01', user_id: 'usr_01', activity_instance_id: 'act_01', decision: 'merge', created_at: '2024-06-12T07:05:00.000Z' });
 * ```
 */
export function parseActivityMergeDecision(input: unknown): ActivityMergeDecisionRow {
  return parseWithSchema(ActivityMergeDecisionInsertSchema, input, 'activity_merge_decisions');
}

/**
 * Like {@link parseActivityMergeDecision} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseActivityMergeDecision(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseActivityMergeDecision(input: unknown): Result<ActivityMergeDecisionRow, ValidationError> {
  return safeParseWithSchema(ActivityMergeDecisionInsertSchema, input, 'activity_merge_decisions');
}

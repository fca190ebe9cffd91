import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { MagnitudeSchema } from '../columns/magnitude.js';
import { ActivityLinkKindSchema } from '../enums/activity.js';
import { ActivityInstanceIdSchema, ActivityInstanceLinkIdSchema, ExternalActivityRecordIdSchema, UserIdSchema, WorkoutLogIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { WHEN_FIELDS_VALID } from './when-fields-valid.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `activity_instance_links`: links an activity instance to the raw records it was built from or merged with (dedup), or to a legacy workout log id.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link ActivityInstanceLinkInsertSchema}
 * (or {@link parseActivityInstanceLink}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: ActivityInstanceLinkRow = ActivityInstanceLinkRowSchema.parse(rowFromDatabase);
 * ```
 */
export const ActivityInstanceLinkRowSchema = z.object({
  id: ActivityInstanceLinkIdSchema,
  user_id: UserIdSchema,
  activity_instance_id: ActivityInstanceIdSchema,
  external_activity_record_id: ExternalActivityRecordIdSchema.nullable().describe('Raw record; each raw record links to at most one instance.'),
  workout_log_id: WorkoutLogIdSchema.nullable().describe('Legacy workout log id (workout_logs is a view over activity_instances; no foreign key).'),
  link_kind: ActivityLinkKindSchema.default('source'),
  match_confidence: MagnitudeSchema.nullable().describe('Dedup match confidence, 0..1, for duplicate links.'),
  created_at: InstantSchema,
});

/**
 * A stored `activity_instance_links` row, see {@link ActivityInstanceLinkRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: ActivityInstanceLinkRow) { return row.link_kind; }
 * ```
 */
export type ActivityInstanceLinkRow = z.output<typeof ActivityInstanceLinkRowSchema>;

/**
 * Validates a new `activity_instance_links` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected, and a link points at a raw record or a legacy workout log, and `legacy` links exactly carry `workout_log_id`.
 *
 * @example
 * ```ts
 * const row = ActivityInstanceLinkInsertSchema.parse({ id: 'link_01', user_id: 'usr_01', activity_instance_id: 'act_01', external_activity_record_id: 'raw_01', created_at: '2025-03-04T18:10:00.000Z' });
 * ```
 */
export const ActivityInstanceLinkInsertSchema = withNullDefaults(ActivityInstanceLinkRowSchema)
  .superRefine((row, ctx) => {
    if (row.external_activity_record_id === null && row.workout_log_id === null) {
      ctx.addIssue({ code: 'custom', path: ['external_activity_record_id'], message: 'a link needs external_activity_record_id or workout_log_id' });
    }
    if ((row.link_kind === ActivityLinkKindSchema.enum.legacy) !== (row.workout_log_id !== null)) {
      ctx.addIssue({ code: 'custom', path: ['workout_log_id'], message: 'must be set exactly when link_kind is legacy' });
    }
  }, WHEN_FIELDS_VALID);

/**
 * What may be passed to {@link ActivityInstanceLinkInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: ActivityInstanceLinkInsert = { id: 'link_01', user_id: 'usr_01', activity_instance_id: 'act_01', external_activity_record_id: 'raw_01', created_at: '2025-03-04T18:10:00.000Z' };
 * ```
 */
export type ActivityInstanceLinkInsert = z.input<typeof ActivityInstanceLinkInsertSchema>;

/**
 * Validates and completes a new `activity_instance_links` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseActivityInstanceLink({ id: 'link_01', user_id: 'usr_01', activity_instance_id: 'act_01', external_activity_record_id: 'raw_01', created_at: '2025-03-04T18:10:00.000Z' });
 * ```
 */
export function parseActivityInstanceLink(input: unknown): ActivityInstanceLinkRow {
  return parseWithSchema(ActivityInstanceLinkInsertSchema, input, 'activity_instance_links');
}

/**
 * Like {@link parseActivityInstanceLink} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseActivityInstanceLink(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseActivityInstanceLink(input: unknown): Result<ActivityInstanceLinkRow, ValidationError> {
  return safeParseWithSchema(ActivityInstanceLinkInsertSchema, input, 'activity_instance_links');
}

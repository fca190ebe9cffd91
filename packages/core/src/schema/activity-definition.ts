import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { withColumnKind } from '../columns/column-kind.js';
import { SlugSchema } from '../columns/slug.js';
import { ActivityCategorySchema, ActivityMetricTypeSchema } from '../enums/activity.js';
import { EquipmentSchema } from '../enums/anatomy.js';
import { ActivityDefinitionIdSchema, DisciplineIdSchema } from '../ids/entity-ids.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `activity_definitions`: what an activity is (taxonomy): running, tennis, hiking, strength training, ... Global reference data; instances point at it.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link ActivityDefinitionInsertSchema}
 * (or {@link parseActivityDefinition}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: ActivityDefinitionRow = ActivityDefinitionRowSchema.parse(rowFromDatabase);
 * ```
 */
export const ActivityDefinitionRowSchema = z.object({
  id: ActivityDefinitionIdSchema,
  slug: SlugSchema.describe('Stable key, e.g. `trail_running`; unique.'),
  name: z.string().min(1),
  category: ActivityCategorySchema,
  discipline_id: DisciplineIdSchema.nullable().describe('Discipline this activity belongs to, when any.'),
  default_metric_type: ActivityMetricTypeSchema,
  default_equipment_tags: withColumnKind(z.array(EquipmentSchema), 'json').default([]).describe('Equipment usually needed (JSON array of equipment values).'),
  met_value: z.number().min(0).max(30).nullable().describe('Metabolic equivalent (MET), 0..30, for energy and load estimates.'),
  description: z.string().nullable(),
});

/**
 * A stored `activity_definitions` row, see {@link ActivityDefinitionRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: ActivityDefinitionRow) { return row.slug; }
 * ```
 */
export type ActivityDefinitionRow = z.output<typeof ActivityDefinitionRowSchema>;

/**
 * Validates a new `activity_definitions` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected.
 *
 * @example
 * ```ts
 * const row = ActivityDefinitionInsertSchema.parse({ id: 'running', slug: 'running', name: 'Running', category: 'cardio', default_metric_type: 'distance' });
 * ```
 */
export const ActivityDefinitionInsertSchema = withNullDefaults(ActivityDefinitionRowSchema);

/**
 * What may be passed to {@link ActivityDefinitionInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: ActivityDefinitionInsert = { id: 'running', slug: 'running', name: 'Running', category: 'cardio', default_metric_type: 'distance' };
 * ```
 */
export type ActivityDefinitionInsert = z.input<typeof ActivityDefinitionInsertSchema>;

/**
 * Validates and completes a new `activity_definitions` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseActivityDefinition({ id: 'running', slug: 'running', name: 'Running', category: 'cardio', default_metric_type: 'distance' });
 * ```
 */
export function parseActivityDefinition(input: unknown): ActivityDefinitionRow {
  return parseWithSchema(ActivityDefinitionInsertSchema, input, 'activity_definitions');
}

/**
 * Like {@link parseActivityDefinition} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseActivityDefinition(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseActivityDefinition(input: unknown): Result<ActivityDefinitionRow, ValidationError> {
  return safeParseWithSchema(ActivityDefinitionInsertSchema, input, 'activity_definitions');
}

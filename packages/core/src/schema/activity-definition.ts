import { z } from 'zod';
import { TRAINKIT_BOUNDS } from '../bounds/trainkit-bounds.js';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { withColumnKind } from '../columns/column-kind.js';
import { MagnitudeSchema } from '../columns/magnitude.js';
import { SlugSchema } from '../columns/slug.js';
import { ActivityCategorySchema, ActivityMetricTypeSchema, MetCompendiumEditionSchema } from '../enums/activity.js';
import { ActivityDefinitionIdSchema, DisciplineIdSchema } from '../ids/entity-ids.js';
import { WHEN_FIELDS_VALID } from './when-fields-valid.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * One equipment tag of `default_equipment_tags`: free lowercase vocabulary (`barbell`, `bicycle`, `racket`, `skis`),
 * letters, digits and `_`, 1..40 characters. Core's `EQUIPMENT` values are valid tags; so is any other gear.
 */
const EquipmentTagSchema = z.string().min(1).max(40).regex(/^[a-z0-9_]+$/);

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
  default_equipment_tags: withColumnKind(z.array(EquipmentTagSchema), 'json')
    .default([])
    .describe('Equipment usually needed: JSON array of lowercase tags (`^[a-z0-9_]+$`, at most 40 characters each), e.g. `["bicycle", "helmet"]`; `EQUIPMENT` values and any other gear.'),
  met_value: z.number().min(TRAINKIT_BOUNDS.metValue.min).max(TRAINKIT_BOUNDS.metValue.max).nullable().describe('Metabolic equivalent (MET), 0..30, for energy and load estimates.'),
  met_compendium_code: z
    .string()
    .regex(/^\d{5}$/)
    .nullable()
    .describe('Five-digit Compendium of Physical Activities code `met_value` comes from (e.g. `12150`, running); set exactly when `met_compendium_edition` is.'),
  met_compendium_edition: MetCompendiumEditionSchema.nullable().describe('Compendium edition of `met_compendium_code`; set exactly when the code is.'),
  cns_impact: MagnitudeSchema.nullable().describe('Central nervous system demand of the activity, 0..1, also for activities without muscle rows (sauna, meditation).'),
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
 * documented defaults are applied, unknown keys are rejected. `met_compendium_code` and `met_compendium_edition` are
 * set together or not at all, and only beside a `met_value`.
 *
 * @example
 * ```ts
 * const row = ActivityDefinitionInsertSchema.parse({
 *   id: 'running', slug: 'running', name: 'Running', category: 'cardio', default_metric_type: 'distance',
 *   met_value: 8, met_compendium_code: '12150', met_compendium_edition: '2011', cns_impact: 0.9,
 * });
 * ```
 */
export const ActivityDefinitionInsertSchema = withNullDefaults(ActivityDefinitionRowSchema).superRefine((row, ctx) => {
  if ((row.met_compendium_code === null) !== (row.met_compendium_edition === null)) {
    ctx.addIssue({ code: 'custom', path: ['met_compendium_edition'], message: 'must be set exactly when met_compendium_code is' });
  }
  if (row.met_compendium_code !== null && row.met_value === null) {
    ctx.addIssue({ code: 'custom', path: ['met_value'], message: 'is required when met_compendium_code is set' });
  }
}, WHEN_FIELDS_VALID);

/**
 * What may be passed to {@link ActivityDefinitionInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: ActivityDefinitionInsert = { id: 'cycling', slug: 'cycling', name: 'Cycling', category: 'cardio', default_metric_type: 'distance', default_equipment_tags: ['bicycle', 'helmet'] };
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

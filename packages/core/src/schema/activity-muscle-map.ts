import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { MagnitudeSchema } from '../columns/magnitude.js';
import { MuscleRoleSchema } from '../enums/anatomy.js';
import { ActivityDefinitionIdSchema, MuscleIdSchema } from '../ids/entity-ids.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `activity_muscle_map`: how much, and in which role, each muscle works in an activity without set-level detail (running, tennis, ...). Global reference data; primary key (activity_definition_id, muscle_id).
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link ActivityMuscleMapInsertSchema}
 * (or {@link parseActivityMuscleMap}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: ActivityMuscleMapRow = ActivityMuscleMapRowSchema.parse(rowFromDatabase);
 * ```
 */
export const ActivityMuscleMapRowSchema = z.object({
  activity_definition_id: ActivityDefinitionIdSchema,
  muscle_id: MuscleIdSchema,
  role: MuscleRoleSchema.default('primary').describe('How the muscle takes part in the activity (primary, secondary, stabilizer); the fatigue model weights it by role.'),
  magnitude: MagnitudeSchema.describe('Share of the activity\'s load this muscle takes, 0..1.'),
  cns_impact: MagnitudeSchema.describe('Central nervous system demand of the activity, 0..1 (the same value as `activity_definitions.cns_impact`, kept per row for compatibility).'),
});

/**
 * A stored `activity_muscle_map` row, see {@link ActivityMuscleMapRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: ActivityMuscleMapRow) { return row.muscle_id; }
 * ```
 */
export type ActivityMuscleMapRow = z.output<typeof ActivityMuscleMapRowSchema>;

/**
 * Validates a new `activity_muscle_map` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied (`role` defaults to `primary`), unknown keys are rejected.
 *
 * @example
 * ```ts
 * const row = ActivityMuscleMapInsertSchema.parse({ activity_definition_id: 'running', muscle_id: 'calves', role: 'secondary', magnitude: 0.7, cns_impact: 0.2 });
 * row.role; // 'secondary' (omitted, it defaults to 'primary')
 * ```
 */
export const ActivityMuscleMapInsertSchema = withNullDefaults(ActivityMuscleMapRowSchema);

/**
 * What may be passed to {@link ActivityMuscleMapInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: ActivityMuscleMapInsert = { activity_definition_id: 'running', muscle_id: 'calves', role: 'secondary', magnitude: 0.7, cns_impact: 0.2 };
 * ```
 */
export type ActivityMuscleMapInsert = z.input<typeof ActivityMuscleMapInsertSchema>;

/**
 * Validates and completes a new `activity_muscle_map` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseActivityMuscleMap({ activity_definition_id: 'running', muscle_id: 'calves', magnitude: 0.7, cns_impact: 0.2 });
 * ```
 */
export function parseActivityMuscleMap(input: unknown): ActivityMuscleMapRow {
  return parseWithSchema(ActivityMuscleMapInsertSchema, input, 'activity_muscle_map');
}

/**
 * Like {@link parseActivityMuscleMap} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseActivityMuscleMap(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseActivityMuscleMap(input: unknown): Result<ActivityMuscleMapRow, ValidationError> {
  return safeParseWithSchema(ActivityMuscleMapInsertSchema, input, 'activity_muscle_map');
}

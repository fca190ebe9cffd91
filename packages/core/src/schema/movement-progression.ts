import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { MovementRelationshipTypeSchema } from '../enums/movement.js';
import { MovementIdSchema, MovementProgressionIdSchema } from '../ids/entity-ids.js';
import { WHEN_FIELDS_VALID } from './when-fields-valid.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `movement_progressions`: a directed edge of the movement graph (progression, regression or variation). Global reference data.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link MovementProgressionInsertSchema}
 * (or {@link parseMovementProgression}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: MovementProgressionRow = MovementProgressionRowSchema.parse(rowFromDatabase);
 * ```
 */
export const MovementProgressionRowSchema = z.object({
  id: MovementProgressionIdSchema,
  source_movement_id: MovementIdSchema,
  target_movement_id: MovementIdSchema,
  relationship_type: MovementRelationshipTypeSchema,
  difficulty_delta: z.number().min(-10).max(10).nullable().describe('How much harder the target is than the source, -10..10 (positive = harder).'),
  notes: z.string().nullable(),
});

/**
 * A stored `movement_progressions` row, see {@link MovementProgressionRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: MovementProgressionRow) { return row.relationship_type; }
 * ```
 */
export type MovementProgressionRow = z.output<typeof MovementProgressionRowSchema>;

/**
 * Validates a new `movement_progressions` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected, and an edge never points at its own source.
 *
 * @example
 * ```ts
 * const row = MovementProgressionInsertSchema.parse({ id: 'edge_01', source_movement_id: 'goblet_squat', target_movement_id: 'back_squat', relationship_type: 'progression' });
 * ```
 */
export const MovementProgressionInsertSchema = withNullDefaults(MovementProgressionRowSchema)
  .superRefine((row, ctx) => {
    if (row.source_movement_id === row.target_movement_id) {
      ctx.addIssue({ code: 'custom', path: ['target_movement_id'], message: 'must differ from source_movement_id' });
    }
  }, WHEN_FIELDS_VALID);

/**
 * What may be passed to {@link MovementProgressionInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: MovementProgressionInsert = { id: 'edge_01', source_movement_id: 'goblet_squat', target_movement_id: 'back_squat', relationship_type: 'progression' };
 * ```
 */
export type MovementProgressionInsert = z.input<typeof MovementProgressionInsertSchema>;

/**
 * Validates and completes a new `movement_progressions` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseMovementProgression({ id: 'edge_01', source_movement_id: 'goblet_squat', target_movement_id: 'back_squat', relationship_type: 'progression' });
 * ```
 */
export function parseMovementProgression(input: unknown): MovementProgressionRow {
  return parseWithSchema(MovementProgressionInsertSchema, input, 'movement_progressions');
}

/**
 * Like {@link parseMovementProgression} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseMovementProgression(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseMovementProgression(input: unknown): Result<MovementProgressionRow, ValidationError> {
  return safeParseWithSchema(MovementProgressionInsertSchema, input, 'movement_progressions');
}

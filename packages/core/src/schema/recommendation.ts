import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { withColumnKind } from '../columns/column-kind.js';
import { JsonValueSchema } from '../columns/json-value.js';
import { SemanticVersionSchema } from '../columns/semantic-version.js';
import { Sha256HexSchema } from '../columns/sha256-hex.js';
import { RecommendationKindSchema, RecommendationStatusSchema } from '../enums/recommendation.js';
import { GoalIdSchema, IngestionRunIdSchema, PlannedSessionIdSchema, RecommendationIdSchema, UserIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `recommendations`: an adaptive recommendation with its full provenance (goal revisions, heuristics config id + version + sha256, ingestion runs, engine version, explanation). Never rewritten: newer recommendations supersede older ones.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link RecommendationInsertSchema}
 * (or {@link parseRecommendation}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: RecommendationRow = RecommendationRowSchema.parse(rowFromDatabase);
 * ```
 */
export const RecommendationRowSchema = z.object({
  id: RecommendationIdSchema,
  user_id: UserIdSchema,
  kind: RecommendationKindSchema,
  status: RecommendationStatusSchema.default('proposed'),
  as_of: InstantSchema.describe('The instant the engine computed for (its clock), not the wall time of insertion.'),
  planned_session_id: PlannedSessionIdSchema.nullable().describe('Planned session the recommendation is about, when any.'),
  payload_json: JsonValueSchema.describe('Kind-specific details (new load, swapped movement, ...).'),
  explanation: z.string().min(1).describe('Human-readable reason.'),
  goal_revision_ids_json: withColumnKind(z.array(GoalIdSchema), 'json').describe('Goal revision ids (goals.id) in force at as_of.'),
  heuristics_config_id: z.string().min(1),
  heuristics_config_version: SemanticVersionSchema,
  heuristics_config_sha256: Sha256HexSchema.describe('SHA-256 of the canonical JSON of the heuristics config.'),
  ingestion_run_ids_json: withColumnKind(z.array(IngestionRunIdSchema), 'json').describe('Ingestion runs whose data was used.'),
  engine_version: z.string().min(1),
  created_at: InstantSchema,
});

/**
 * A stored `recommendations` row, see {@link RecommendationRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: RecommendationRow) { return row.kind; }
 * ```
 */
export type RecommendationRow = z.output<typeof RecommendationRowSchema>;

/**
 * Validates a new `recommendations` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected.
 *
 * @example
 * ```ts
 * const row = RecommendationInsertSchema.parse({ id: 'reco_01', user_id: 'usr_01', kind: 'deload', as_of: '2025-03-10T06:00:00.000Z', payload_json: { volume_factor: 0.6 }, explanation: 'Quadriceps fatigue is high after three heavy sessions.', goal_revision_ids_json: ['goal_01_r2'], heuristics_config_id: 'default', heuristics_config_version: '1.0.0', heuristics_config_sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', ingestion_run_ids_json: ['run_01'], engine_version: '0.1.0', created_at: '2025-03-10T06:00:01.000Z' });
 * ```
 */
export const RecommendationInsertSchema = withNullDefaults(RecommendationRowSchema);

/**
 * What may be passed to {@link RecommendationInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: RecommendationInsert = { id: 'reco_01', user_id: 'usr_01', kind: 'deload', as_of: '2025-03-10T06:00:00.000Z', payload_json: { volume_factor: 0.6 }, explanation: 'Quadriceps fatigue is high after three heavy sessions.', goal_revision_ids_json: ['goal_01_r2'], heuristics_config_id: 'default', heuristics_config_version: '1.0.0', heuristics_config_sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', ingestion_run_ids_json: ['run_01'], engine_version: '0.1.0', created_at: '2025-03-10T06:00:01.000Z' };
 * ```
 */
export type RecommendationInsert = z.input<typeof RecommendationInsertSchema>;

/**
 * Validates and completes a new `recommendations` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseRecommendation({ id: 'reco_01', user_id: 'usr_01', kind: 'deload', as_of: '2025-03-10T06:00:00.000Z', payload_json: { volume_factor: 0.6 }, explanation: 'Quadriceps fatigue is high after three heavy sessions.', goal_revision_ids_json: ['goal_01_r2'], heuristics_config_id: 'default', heuristics_config_version: '1.0.0', heuristics_config_sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', ingestion_run_ids_json: ['run_01'], engine_version: '0.1.0', created_at: '2025-03-10T06:00:01.000Z' });
 * ```
 */
export function parseRecommendation(input: unknown): RecommendationRow {
  return parseWithSchema(RecommendationInsertSchema, input, 'recommendations');
}

/**
 * Like {@link parseRecommendation} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseRecommendation(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseRecommendation(input: unknown): Result<RecommendationRow, ValidationError> {
  return safeParseWithSchema(RecommendationInsertSchema, input, 'recommendations');
}

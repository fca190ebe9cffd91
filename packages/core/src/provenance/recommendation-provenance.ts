import { z } from 'zod';
import { GoalIdSchema, IngestionRunIdSchema } from '../ids/entity-ids.js';
import { HeuristicsReferenceSchema } from './heuristics-reference.js';

/**
 * Provenance every recommendation carries: the goal revisions in force (`goals.id`, not lineage keys, so a new goal
 * version yields new recommendations while old ones keep citing the old revision), the heuristics config, the
 * ingestion runs whose data was used, the engine version and a human-readable explanation.
 *
 * @example
 * ```ts
 * RecommendationProvenanceSchema.parse({
 *   goalRevisionIds: ['goal_01_r2'], heuristics: { id: 'default', version: '1.0.0', sha256: digest },
 *   ingestionRunIds: ['run_01'], engineVersion: '0.1.0', explanation: 'Quadriceps fatigue is high.',
 * });
 * ```
 */
export const RecommendationProvenanceSchema = z.strictObject({
  goalRevisionIds: z.array(GoalIdSchema),
  heuristics: HeuristicsReferenceSchema,
  ingestionRunIds: z.array(IngestionRunIdSchema),
  engineVersion: z.string().min(1),
  explanation: z.string().min(1),
});

/**
 * Provenance of a recommendation, see {@link RecommendationProvenanceSchema}.
 *
 * @example
 * ```ts
 * const columns = recommendationProvenanceColumns(provenance);
 * ```
 */
export type RecommendationProvenance = z.output<typeof RecommendationProvenanceSchema>;

/**
 * The `recommendations` columns that store a {@link RecommendationProvenance} (pure mapping, no validation).
 *
 * @example
 * ```ts
 * const row = parseRecommendation({ ...recommendationProvenanceColumns(provenance), id, user_id, kind, as_of, payload_json, created_at });
 * ```
 */
export function recommendationProvenanceColumns(provenance: RecommendationProvenance): {
  goal_revision_ids_json: RecommendationProvenance['goalRevisionIds'];
  heuristics_config_id: string;
  heuristics_config_version: string;
  heuristics_config_sha256: string;
  ingestion_run_ids_json: RecommendationProvenance['ingestionRunIds'];
  engine_version: string;
  explanation: string;
} {
  return {
    goal_revision_ids_json: [...provenance.goalRevisionIds],
    heuristics_config_id: provenance.heuristics.id,
    heuristics_config_version: provenance.heuristics.version,
    heuristics_config_sha256: provenance.heuristics.sha256,
    ingestion_run_ids_json: [...provenance.ingestionRunIds],
    engine_version: provenance.engineVersion,
    explanation: provenance.explanation,
  };
}

import { InstantSchema, LocalDateSchema, RecommendationKindSchema } from '@trainkit/core';
import { z } from 'zod';
import { PlanningActionSchema } from './planning-actions.js';

/**
 * Where a recommendation came from: the goal revisions in force (`goals.id`, sorted), the planning heuristics
 * config (id, version, sha256 of its canonical JSON), the ingestion runs of the data used (sorted) and the planning
 * engine version. These are the provenance columns of `recommendations`.
 *
 * @example
 * ```ts
 * RecommendationProvenanceSchema.parse(draft.provenance).goal_revision_ids;
 * ```
 */
export const RecommendationProvenanceSchema = z.object({
  goal_revision_ids: z.array(z.string()),
  heuristics: z.object({ id: z.string(), version: z.string(), sha256: z.string() }),
  ingestion_run_ids: z.array(z.string()),
  engine_version: z.string(),
});

/**
 * See {@link RecommendationProvenanceSchema}.
 *
 * @example
 * ```ts
 * const provenance: RecommendationProvenance = draft.provenance;
 * ```
 */
export type RecommendationProvenance = z.output<typeof RecommendationProvenanceSchema>;

/**
 * Kind-specific details of a recommendation (stored as `payload_json`): always an `action` (see `PLANNING_ACTIONS`)
 * and `basis` (the numbers the decision read), plus the fields of that action, e.g. `exercises` with `sets_from` /
 * `sets_to` for `reduce_volume`, `from_movement_id` / `to_movement_id` / `path` / `steps` for `swap_movement`,
 * `from_date` / `to_date` for `move_session`.
 *
 * @example
 * ```ts
 * const payload = RecommendationPayloadSchema.parse({ action: 'keep', basis: { state_source: 'none' } });
 * ```
 */
export const RecommendationPayloadSchema = z.object({ action: PlanningActionSchema }).catchall(z.json());

/**
 * See {@link RecommendationPayloadSchema}.
 *
 * @example
 * ```ts
 * const payload: RecommendationPayload = { action: 'move_session', from_date: '2024-06-12', to_date: '2024-06-13' };
 * ```
 */
export type RecommendationPayload = z.output<typeof RecommendationPayloadSchema>;

/**
 * One recommendation as the pure engine returns it, before storage gives it an id and `created_at`: which planned
 * session, what kind (core `RECOMMENDATION_KINDS`), the payload, a human explanation, the instant computed for, and
 * the provenance.
 *
 * @example
 * ```ts
 * const drafts = recommendSessions(input).map((draft) => RecommendationDraftSchema.parse(draft));
 * ```
 */
export const RecommendationDraftSchema = z.object({
  planned_session_id: z.string(),
  scheduled_date: LocalDateSchema,
  kind: RecommendationKindSchema,
  payload: RecommendationPayloadSchema,
  explanation: z.string().min(1),
  as_of: InstantSchema,
  provenance: RecommendationProvenanceSchema,
});

/**
 * See {@link RecommendationDraftSchema}.
 *
 * @example
 * ```ts
 * const first: RecommendationDraft | undefined = recommendSessions(input)[0];
 * ```
 */
export type RecommendationDraft = z.output<typeof RecommendationDraftSchema>;

import { InstantSchema, RecommendationRowSchema } from '@trainkit/core';
import { z } from 'zod';

/**
 * The marker every recommendation written by `trainkit.plan.recommend` carries in `payload_json.set`: the set's
 * sequence number among the sets of its planned session (1, 2, ...), the row's index in the set and the set's size,
 * and the set's fingerprint (SHA-256 of the canonical JSON of the set's kinds, payloads, explanations and provenance;
 * the instants computed for are left out).
 *
 * @example
 * ```ts
 * RecommendationSetMarkerSchema.parse((row.payload_json as { set: unknown }).set).sequence;
 * ```
 */
export const RecommendationSetMarkerSchema = z.object({
  sequence: z.number().int().min(1),
  index: z.number().int().min(0),
  size: z.number().int().min(1),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
});

/**
 * See {@link RecommendationSetMarkerSchema}.
 *
 * @example
 * ```ts
 * const marker: RecommendationSetMarker = { sequence: 2, index: 0, size: 1, fingerprint: 'ab'.repeat(32) };
 * ```
 */
export type RecommendationSetMarker = z.output<typeof RecommendationSetMarkerSchema>;

/**
 * One set of recommendations for a planned session: what one `recommend` call wrote for it. Sets are never
 * rewritten; a newer set (higher `sequence`) supersedes the older ones in `list`, which stay stored as they were.
 * Rows without a set marker (written by other means) form sets of sequence 0, one per `created_at`.
 *
 * @example
 * ```ts
 * RecommendationSetSchema.parse(plan.sessions[0]?.latest_set);
 * ```
 */
export const RecommendationSetSchema = z.object({
  sequence: z.number().int().min(0),
  fingerprint: z.string().nullable(),
  as_of: InstantSchema,
  created_at: InstantSchema,
  recommendations: z.array(RecommendationRowSchema),
});

/**
 * See {@link RecommendationSetSchema}.
 *
 * @example
 * ```ts
 * const set: RecommendationSet | null = plan.sessions[0]?.latest_set ?? null;
 * ```
 */
export type RecommendationSet = z.output<typeof RecommendationSetSchema>;

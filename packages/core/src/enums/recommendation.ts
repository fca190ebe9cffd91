import { z } from 'zod';

/**
 * What a recommendation proposes; the details are in `payload_json`.
 *
 * @example
 * ```ts
 * RECOMMENDATION_KINDS.includes('adjust_load'); // true
 * ```
 */
export const RECOMMENDATION_KINDS = [
  'adjust_load', 'adjust_volume', 'deload', 'rest_day', 'swap_movement', 'progress_movement',
  'regress_movement', 'add_session', 'skip_session', 'reschedule_session', 'note',
] as const;
/**
 * One of {@link RECOMMENDATION_KINDS}.
 *
 * @example
 * ```ts
 * const value: RecommendationKind = 'note';
 * ```
 */
export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number];
/**
 * Schema of {@link RECOMMENDATION_KINDS}.
 *
 * @example
 * ```ts
 * RecommendationKindSchema.parse('adjust_load');
 * ```
 */
export const RecommendationKindSchema = z.enum(RECOMMENDATION_KINDS);

/**
 * Lifecycle of a recommendation. History is never rewritten: a newer recommendation marks an older one `superseded`.
 *
 * @example
 * ```ts
 * RECOMMENDATION_STATUSES.includes('proposed'); // true
 * ```
 */
export const RECOMMENDATION_STATUSES = ['proposed', 'accepted', 'rejected', 'applied', 'expired', 'superseded'] as const;
/**
 * One of {@link RECOMMENDATION_STATUSES}.
 *
 * @example
 * ```ts
 * const value: RecommendationStatus = 'superseded';
 * ```
 */
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
/**
 * Schema of {@link RECOMMENDATION_STATUSES}.
 *
 * @example
 * ```ts
 * RecommendationStatusSchema.parse('proposed');
 * ```
 */
export const RecommendationStatusSchema = z.enum(RECOMMENDATION_STATUSES);

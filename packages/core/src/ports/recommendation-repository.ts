import type { RecommendationId } from '../ids/entity-ids.js';
import type { RecommendationInsert, RecommendationRow } from '../schema/recommendation.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * Repository of \`recommendations\`: the plain {@link UserScopedRepository} contract, no extra methods.
 *
 * @example
 * ```ts
 * await storage.recommendations.list(userId, { where: { status: 'proposed' }, orderBy: [{ column: 'as_of', direction: 'desc' }] });
 * ```
 */
export type RecommendationRepository = UserScopedRepository<RecommendationRow, RecommendationId, RecommendationInsert>;

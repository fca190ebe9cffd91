import type { ActivityDefinitionId } from '../ids/entity-ids.js';
import type { ActivityDefinitionInsert, ActivityDefinitionRow } from '../schema/activity-definition.js';
import type { ReferenceRepository } from './reference-repository.js';

/**
 * Repository of the global reference table \`activity_definitions\`: the {@link ReferenceRepository} contract.
 *
 * @example
 * ```ts
 * await storage.activityDefinitions.list({ where: { category: 'hobby' } });
 * ```
 */
export type ActivityDefinitionRepository = ReferenceRepository<ActivityDefinitionRow, ActivityDefinitionId, ActivityDefinitionInsert>;

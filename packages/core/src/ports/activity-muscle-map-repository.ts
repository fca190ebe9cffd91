import type { ActivityMuscleMapInsert, ActivityMuscleMapRow } from '../schema/activity-muscle-map.js';
import type { ReferenceRepository } from './reference-repository.js';

/**
 * Primary key of \`activity_muscle_map\`: its two key columns.
 *
 * @example
 * ```ts
 * const key: ActivityMuscleMapKey = { activity_definition_id: ActivityDefinitionIdSchema.parse('running'), muscle_id: MuscleIdSchema.parse('quadriceps') };
 * ```
 */
export type ActivityMuscleMapKey = Pick<ActivityMuscleMapRow, 'activity_definition_id' | 'muscle_id'>;

/**
 * Repository of the global reference table \`activity_muscle_map\`: the {@link ReferenceRepository} contract.
 *
 * @example
 * ```ts
 * await storage.activityMuscleMap.list({ where: { activity_definition_id: definitionId } });
 * ```
 */
export type ActivityMuscleMapRepository = ReferenceRepository<ActivityMuscleMapRow, ActivityMuscleMapKey, ActivityMuscleMapInsert>;

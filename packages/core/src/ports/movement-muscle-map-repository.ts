import type { MovementMuscleMapInsert, MovementMuscleMapRow } from '../schema/movement-muscle-map.js';
import type { ReferenceRepository } from './reference-repository.js';

/**
 * Primary key of \`movement_muscle_map\`: its two key columns.
 *
 * @example
 * ```ts
 * const key: MovementMuscleMapKey = { movement_id: MovementIdSchema.parse('back_squat'), muscle_id: MuscleIdSchema.parse('quadriceps') };
 * ```
 */
export type MovementMuscleMapKey = Pick<MovementMuscleMapRow, 'movement_id' | 'muscle_id'>;

/**
 * Repository of the global reference table \`movement_muscle_map\`: the {@link ReferenceRepository} contract.
 *
 * @example
 * ```ts
 * await storage.movementMuscleMap.list({ where: { movement_id: movementIds } });
 * ```
 */
export type MovementMuscleMapRepository = ReferenceRepository<MovementMuscleMapRow, MovementMuscleMapKey, MovementMuscleMapInsert>;

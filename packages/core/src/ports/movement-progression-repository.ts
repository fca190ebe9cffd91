import type { MovementProgressionId } from '../ids/entity-ids.js';
import type { MovementProgressionInsert, MovementProgressionRow } from '../schema/movement-progression.js';
import type { ReferenceRepository } from './reference-repository.js';

/**
 * Repository of the global reference table \`movement_progressions\`: the {@link ReferenceRepository} contract.
 *
 * @example
 * ```ts
 * await storage.movementProgressions.list({ where: { source_movement_id: movementId } });
 * ```
 */
export type MovementProgressionRepository = ReferenceRepository<MovementProgressionRow, MovementProgressionId, MovementProgressionInsert>;

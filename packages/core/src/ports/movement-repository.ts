import type { MovementId } from '../ids/entity-ids.js';
import type { MovementInsert, MovementRow } from '../schema/movement.js';
import type { ReferenceRepository } from './reference-repository.js';

/**
 * Repository of the global reference table \`movements\`: the {@link ReferenceRepository} contract.
 *
 * @example
 * ```ts
 * await storage.movements.list({ where: { pattern: 'squat' } });
 * ```
 */
export type MovementRepository = ReferenceRepository<MovementRow, MovementId, MovementInsert>;

import type { MuscleId } from '../ids/entity-ids.js';
import type { MuscleInsert, MuscleRow } from '../schema/muscle.js';
import type { ReferenceRepository } from './reference-repository.js';

/**
 * Repository of the global reference table \`muscles\`: the {@link ReferenceRepository} contract.
 *
 * @example
 * ```ts
 * await storage.muscles.list({ where: { region: 'core' } });
 * ```
 */
export type MuscleRepository = ReferenceRepository<MuscleRow, MuscleId, MuscleInsert>;

import type { DisciplineId } from '../ids/entity-ids.js';
import type { DisciplineInsert, DisciplineRow } from '../schema/discipline.js';
import type { ReferenceRepository } from './reference-repository.js';

/**
 * Repository of the global reference table \`disciplines\`: the {@link ReferenceRepository} contract.
 *
 * @example
 * ```ts
 * await storage.disciplines.list({ orderBy: [{ column: 'slug' }] });
 * ```
 */
export type DisciplineRepository = ReferenceRepository<DisciplineRow, DisciplineId, DisciplineInsert>;

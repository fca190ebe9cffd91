import type { ProgramDisciplineId } from '../ids/entity-ids.js';
import type { ProgramDisciplineInsert, ProgramDisciplineRow } from '../schema/program-discipline.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * Repository of \`program_disciplines\`: the plain {@link UserScopedRepository} contract, no extra methods.
 *
 * @example
 * ```ts
 * await storage.programDisciplines.list(userId, { where: { program_id: programId } });
 * ```
 */
export type ProgramDisciplineRepository = UserScopedRepository<ProgramDisciplineRow, ProgramDisciplineId, ProgramDisciplineInsert>;

import type { ProgramId } from '../ids/entity-ids.js';
import type { ProgramInsert, ProgramRow } from '../schema/program.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * Repository of \`programs\`: the plain {@link UserScopedRepository} contract, no extra methods.
 *
 * @example
 * ```ts
 * await storage.programs.list(userId, { where: { status: 'active' } });
 * ```
 */
export type ProgramRepository = UserScopedRepository<ProgramRow, ProgramId, ProgramInsert>;

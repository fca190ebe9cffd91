import type { MacroCycleId } from '../ids/entity-ids.js';
import type { MacroCycleInsert, MacroCycleRow } from '../schema/macro-cycle.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * Repository of \`macro_cycles\`: the plain {@link UserScopedRepository} contract, no extra methods.
 *
 * @example
 * ```ts
 * await storage.macroCycles.list(userId, { orderBy: [{ column: 'start_date' }] });
 * ```
 */
export type MacroCycleRepository = UserScopedRepository<MacroCycleRow, MacroCycleId, MacroCycleInsert>;

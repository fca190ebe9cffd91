import type { UserDisciplinePreferenceId } from '../ids/entity-ids.js';
import type { UserDisciplinePreferenceInsert, UserDisciplinePreferenceRow } from '../schema/user-discipline-preference.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * Repository of \`user_discipline_preferences\`: the plain {@link UserScopedRepository} contract, no extra methods.
 *
 * @example
 * ```ts
 * await storage.disciplinePreferences.list(userId, { where: { enabled: true } });
 * ```
 */
export type UserDisciplinePreferenceRepository = UserScopedRepository<UserDisciplinePreferenceRow, UserDisciplinePreferenceId, UserDisciplinePreferenceInsert>;

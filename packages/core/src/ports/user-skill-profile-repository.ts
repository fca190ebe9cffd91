import type { UserSkillProfileId } from '../ids/entity-ids.js';
import type { UserSkillProfileInsert, UserSkillProfileRow } from '../schema/user-skill-profile.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * Repository of \`user_skill_profiles\`: the plain {@link UserScopedRepository} contract, no extra methods.
 *
 * @example
 * ```ts
 * await storage.skillProfiles.list(userId, { where: { scope_type: 'movement' } });
 * ```
 */
export type UserSkillProfileRepository = UserScopedRepository<UserSkillProfileRow, UserSkillProfileId, UserSkillProfileInsert>;

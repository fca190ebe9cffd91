import type { GoalCheckinId } from '../ids/entity-ids.js';
import type { GoalCheckinInsert, GoalCheckinRow } from '../schema/goal-checkin.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * Repository of \`goal_checkins\`: the plain {@link UserScopedRepository} contract, no extra methods.
 *
 * @example
 * ```ts
 * await storage.goalCheckins.list(userId, { where: { goal_key: goalKey }, orderBy: [{ column: 'date' }] });
 * ```
 */
export type GoalCheckinRepository = UserScopedRepository<GoalCheckinRow, GoalCheckinId, GoalCheckinInsert>;

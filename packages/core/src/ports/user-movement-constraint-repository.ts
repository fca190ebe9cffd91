import type { UserMovementConstraintId } from '../ids/entity-ids.js';
import type { UserMovementConstraintInsert, UserMovementConstraintRow } from '../schema/user-movement-constraint.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * Repository of \`user_movement_constraints\`: the plain {@link UserScopedRepository} contract, no extra methods.
 *
 * @example
 * ```ts
 * await storage.movementConstraints.list(userId, { where: { level: MOVEMENT_REFUSAL_LEVEL } });
 * ```
 */
export type UserMovementConstraintRepository = UserScopedRepository<UserMovementConstraintRow, UserMovementConstraintId, UserMovementConstraintInsert>;

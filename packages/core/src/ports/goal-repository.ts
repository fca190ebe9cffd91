import type { GoalId, GoalKey, UserId } from '../ids/entity-ids.js';
import type { Instant } from '../time/instant.js';
import type { GoalInsert, GoalRow } from '../schema/goal.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * `goals`, versioned: every revision is a row; revisions of one goal share `goal_key`. A revision is never edited to
 * change the goal: {@link GoalRepository.revise} closes the current one and inserts the next (`update` stays
 * available for status changes and corrections).
 *
 * @example
 * ```ts
 * await storage.goals.revise(userId, goalKey, { ...current, id: ids(), revision: current.revision + 1, target_json: newTarget, effective_from: now, effective_to: null, created_at: now });
 * ```
 */
export interface GoalRepository extends UserScopedRepository<GoalRow, GoalId, GoalInsert> {
  /** All revisions of a goal ordered by `revision` (empty when the user has no such goal). */
  listRevisions(userId: UserId, goalKey: GoalKey): Promise<GoalRow[]>;
  /**
   * The revision of `goalKey` in force at `asOf` (`effective_from <= asOf` and `effective_to` null or `> asOf`), or,
   * without `asOf`, the revision whose `effective_to` is null; `undefined` when none.
   */
  findCurrent(userId: UserId, goalKey: GoalKey, asOf?: Instant): Promise<GoalRow | undefined>;
  /** Every revision in force at `asOf`, ordered by `priority`, then `goal_key`. */
  listInForce(userId: UserId, asOf: Instant): Promise<GoalRow[]>;
  /**
   * Atomically closes the current revision of `goalKey` (sets its `effective_to` to `next.effective_from`) and inserts
   * `next`. Throws `NotFoundError` when the goal has no current revision, `ValidationError` when `next` is invalid or
   * names another `goal_key` / `user_id`, and `ConflictError` (`check`) when `next.revision` is not the current
   * revision + 1 or `next.effective_from` is not after the current `effective_from`.
   */
  revise(userId: UserId, goalKey: GoalKey, next: GoalInsert): Promise<GoalRow>;
}

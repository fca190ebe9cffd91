import type { UserId } from '../ids/entity-ids.js';
import type { UserProfileInsert, UserProfileRow } from '../schema/user-profile.js';

/**
 * The one-row-per-user `user_profile` table (primary key `user_id`).
 *
 * @example
 * ```ts
 * await storage.userProfiles.upsert({ user_id: userId, date_of_birth: '1990-04-12', created_at: now, updated_at: now });
 * ```
 */
export interface UserProfileRepository {
  /** The user's profile; throws `NotFoundError` when there is none. */
  get(userId: UserId): Promise<UserProfileRow>;
  /** The user's profile, or `undefined`. */
  find(userId: UserId): Promise<UserProfileRow | undefined>;
  /**
   * Validates and stores the profile, inserting or replacing every column except `created_at`, which keeps its first
   * value. `ValidationError` on bad input; `ConflictError` (`foreign_key`) when the user does not exist.
   */
  upsert(row: UserProfileInsert): Promise<UserProfileRow>;
  /** Deletes the profile; throws `NotFoundError` when there is none. */
  delete(userId: UserId): Promise<void>;
}

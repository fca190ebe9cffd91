import type { UserId } from '../ids/entity-ids.js';
import type { UserInsert, UserRow } from '../schema/user.js';
import type { ListQuery, RowPatch } from './list-query.js';

/**
 * The `users` table: the root every user-scoped row hangs from. Deleting a user deletes all of their rows
 * (`ON DELETE CASCADE` everywhere) in one statement. Errors as in `UserScopedRepository`.
 *
 * @example
 * ```ts
 * const user = await storage.users.insert({ id: ids(), created_at: now });
 * await storage.users.delete(user.id); // removes every row of that user
 * ```
 */
export interface UserRepository {
  /** Validates and inserts a user; `ConflictError` (`unique`) when the id exists. */
  insert(row: UserInsert): Promise<UserRow>;
  /** The user; throws `NotFoundError` when missing. */
  get(id: UserId): Promise<UserRow>;
  /** The user, or `undefined`. */
  find(id: UserId): Promise<UserRow | undefined>;
  /** Users matching `query` (id order by default). Administrative; application code works per user. */
  list(query?: ListQuery<UserRow>): Promise<UserRow[]>;
  /** Updates `display_name` (the only mutable column); throws `NotFoundError` when missing. */
  update(id: UserId, patch: RowPatch<UserRow>): Promise<UserRow>;
  /** Deletes the user and, by cascade, all of their data; throws `NotFoundError` when missing. */
  delete(id: UserId): Promise<void>;
}

import type { CreateUserInput } from './create-user-input-schema.js';
import type { TrainkitUser, UserProfile } from './trainkit-user.js';
import type { UpdateUserInput } from './update-user-input-schema.js';

/**
 * The users of a facade: create one with its profile in one call, read it back, update it. Ids are plain strings
 * (1..128 letters, digits or `_ . : @ -`), validated here.
 *
 * @example
 * ```ts
 * await trainkit.users.create({ id: 'athlete_1', displayName: 'Ada', timeZone: 'Europe/Berlin', birthDate: '1990-04-12' });
 * const ada = await trainkit.users.get('athlete_1');
 * await trainkit.users.update('athlete_1', { maxHeartRateBpm: 188 });
 * ```
 */
export interface TrainkitUsers {
  /**
   * Creates a user and its profile (`users`, and `user_profile` / `user_settings` when a field of theirs is given)
   * in one transaction. Throws `ValidationError` naming the input field (`id`, `maxHeartRateBpm`, ...) and
   * `ConflictError` when the id is taken.
   */
  create(input: CreateUserInput): Promise<TrainkitUser>;
  /** The user with this id; throws `NotFoundError` when there is none, `ValidationError` for a malformed id. */
  get(id: string): Promise<TrainkitUser>;
  /** The user with this id, or undefined; throws `ValidationError` for a malformed id. */
  find(id: string): Promise<TrainkitUser | undefined>;
  /** The user's profile (see `UserProfile`); throws `NotFoundError` when there is no such user. */
  profile(id: string): Promise<UserProfile>;
  /**
   * Updates the display name and profile fields given (omitted ones stay, `null` clears) in one transaction and
   * returns the user. Throws `NotFoundError` for an unknown user, `ValidationError` naming the input field.
   */
  update(id: string, patch: UpdateUserInput): Promise<TrainkitUser>;
}

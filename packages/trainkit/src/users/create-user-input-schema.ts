import { InstantSchema, UserIdSchema } from '@trainkit/core';
import { z } from 'zod';
import { USER_PROFILE_FIELDS } from './user-profile-fields.js';

/**
 * Input of `trainkit.users.create`: the id (a plain string: 1..128 letters, digits or `_ . : @ -`), an optional
 * display name and creation instant (default: the facade's clock), and any profile field of
 * {@link USER_PROFILE_FIELDS}. Unknown keys are rejected.
 *
 * @example
 * ```ts
 * CreateUserInputSchema.parse({ id: 'athlete_1', displayName: 'Ada', timeZone: 'Europe/Berlin', birthDate: '1990-04-12' });
 * CreateUserInputSchema.safeParse({ id: 'a b' }).success; // false
 * ```
 */
export const CreateUserInputSchema = z.strictObject({
  /** The user id your application uses. */
  id: UserIdSchema,
  /** The name shown in apps. */
  displayName: z.string().trim().min(1).max(200).nullish(),
  /** When the user was created (ISO-8601); default: now. */
  createdAt: InstantSchema.optional(),
  ...USER_PROFILE_FIELDS,
});

/**
 * What `trainkit.users.create` takes, see {@link CreateUserInputSchema}.
 *
 * @example
 * ```ts
 * const input: CreateUserInput = { id: 'athlete_1', timeZone: 'Europe/Berlin', sex: 'female', maxHeartRateBpm: 188 };
 * ```
 */
export type CreateUserInput = z.input<typeof CreateUserInputSchema>;

import { z } from 'zod';
import { CreateUserInputSchema } from './create-user-input-schema.js';
import { USER_PROFILE_FIELDS } from './user-profile-fields.js';

/**
 * Input of `trainkit.users.update`: the display name and any profile field of {@link USER_PROFILE_FIELDS}. An
 * omitted field stays as it is; `null` clears it. Unknown keys (and the id) are rejected.
 *
 * @example
 * ```ts
 * UpdateUserInputSchema.parse({ maxHeartRateBpm: 186, heightCm: null });
 * ```
 */
export const UpdateUserInputSchema = z.strictObject({
  /** The name shown in apps (`null` clears it). */
  displayName: CreateUserInputSchema.shape.displayName,
  ...USER_PROFILE_FIELDS,
});

/**
 * What `trainkit.users.update` takes, see {@link UpdateUserInputSchema}.
 *
 * @example
 * ```ts
 * const patch: UpdateUserInput = { timeZone: 'America/New_York' };
 * ```
 */
export type UpdateUserInput = z.input<typeof UpdateUserInputSchema>;

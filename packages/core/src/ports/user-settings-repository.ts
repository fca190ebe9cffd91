import type { UserId } from '../ids/entity-ids.js';
import type { Instant } from '../time/instant.js';
import type { UserSettings, UserSettingsInput, UserSettingsPatch } from '../schema/user-settings.js';

/**
 * The one-row-per-user `user_settings` table. Input and rows are both `UserSettingsSchema`: whatever a settings API
 * accepts is exactly what is stored.
 *
 * @example
 * ```ts
 * const settings = await storage.userSettings.patch(userId, { hr_max_bpm: 190 }, now);
 * ```
 */
export interface UserSettingsRepository {
  /** The user's settings; throws `NotFoundError` when never saved. */
  get(userId: UserId): Promise<UserSettings>;
  /** The user's settings, or `undefined` when never saved. */
  find(userId: UserId): Promise<UserSettings | undefined>;
  /**
   * Validates with `UserSettingsSchema` and stores the whole settings row (insert or replace).
   * `ValidationError` on bad input; `ConflictError` (`foreign_key`) when the user does not exist.
   */
  upsert(settings: UserSettingsInput): Promise<UserSettings>;
  /**
   * Applies a partial update (validated with `UserSettingsPatchSchema`) and sets `updated_at`; creates the row from the
   * schema defaults when the user has none yet. Returns the stored settings.
   */
  patch(userId: UserId, patch: UserSettingsPatch, updatedAt: Instant): Promise<UserSettings>;
}

import {
  ConflictError,
  ENTITY_ID_MESSAGE,
  NotFoundError,
  parseWithSchema,
  safeParseUserProfile,
  safeParseUserSettings,
  UserIdSchema,
  ValidationError,
  type Instant,
  type TrainkitRepositories,
  type TrainkitStorage,
  type UserId,
  type UserProfileRow,
  type UserSettings,
  type ValidationIssue,
} from '@trainkit/core';
import { CreateUserInputSchema } from './create-user-input-schema.js';
import { toTrainkitUser, type TrainkitUser } from './trainkit-user.js';
import type { TrainkitUsers } from './trainkit-users.js';
import { UpdateUserInputSchema } from './update-user-input-schema.js';
import { PROFILE_ROW_COLUMNS, SETTINGS_COLUMNS } from './user-profile-fields.js';

type ProfileField = keyof typeof PROFILE_ROW_COLUMNS;
type SettingsField = keyof typeof SETTINGS_COLUMNS;

/** Internal: a user id argument, or `ValidationError` on path `id`. */
export function parseUserIdArgument(id: unknown, subject: string, path = 'id'): UserId {
  const parsed = UserIdSchema.safeParse(id);
  if (!parsed.success) {
    throw new ValidationError(subject, [{ path, rule: 'invalid_value', message: `user id ${ENTITY_ID_MESSAGE}, got ${JSON.stringify(id)}` }]);
  }
  return parsed.data;
}

/** The column values of the given profile fields (undefined fields left out). */
function columnsOf<Field extends string>(input: Readonly<Record<string, unknown>>, columns: Readonly<Record<Field, string>>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(columns) as [Field, string][]) {
    if (input[field] !== undefined) values[column] = input[field];
  }
  return values;
}

/** Renames the column paths of a row validation error to the facade's field names. */
function relabel(error: ValidationError, columns: Readonly<Record<string, string>>): ValidationIssue[] {
  const fieldOf = new Map(Object.entries(columns).map(([field, column]) => [column, field]));
  return error.issues.map((issue) => ({ ...issue, path: fieldOf.get(issue.path) ?? issue.path }));
}

/** Validates the `user_profile` and `user_settings` rows about to be written; one `ValidationError` for both. */
function checkRows(
  profile: Record<string, unknown> | undefined,
  settings: Record<string, unknown> | undefined,
): { profile: UserProfileRow | undefined; settings: UserSettings | undefined } {
  const issues: ValidationIssue[] = [];
  const profileRow = profile === undefined ? undefined : safeParseUserProfile(profile);
  const settingsRow = settings === undefined ? undefined : safeParseUserSettings(settings);
  if (profileRow && !profileRow.ok) issues.push(...relabel(profileRow.error, PROFILE_ROW_COLUMNS));
  if (settingsRow && !settingsRow.ok) issues.push(...relabel(settingsRow.error, SETTINGS_COLUMNS));
  if (issues.length > 0) throw new ValidationError('user', issues);
  return { profile: profileRow?.ok ? profileRow.value : undefined, settings: settingsRow?.ok ? settingsRow.value : undefined };
}

async function readUser(repositories: TrainkitRepositories, id: UserId): Promise<TrainkitUser | undefined> {
  const user = await repositories.users.find(id);
  if (!user) return undefined;
  const [profile, settings] = await Promise.all([repositories.userProfiles.find(id), repositories.userSettings.find(id)]);
  return toTrainkitUser(user, profile, settings);
}

/**
 * Internal: the `users` part of the facade over a storage; `now` stamps `created_at` / `updated_at`.
 */
export function createUsersApi(storage: TrainkitStorage, now: () => Instant): TrainkitUsers {
  const find = async (id: string) => readUser(storage, parseUserIdArgument(id, 'user'));
  const get = async (id: string) => {
    const user = await find(id);
    if (!user) throw new NotFoundError('user', id);
    return user;
  };
  return {
    async create(input) {
      const parsed = parseWithSchema(CreateUserInputSchema, input, 'user');
      const createdAt = parsed.createdAt ?? now();
      const profileValues = columnsOf<ProfileField>(parsed, PROFILE_ROW_COLUMNS);
      const settingsValues = columnsOf<SettingsField>(parsed, SETTINGS_COLUMNS);
      const rows = checkRows(
        Object.keys(profileValues).length === 0 ? undefined : { ...profileValues, user_id: parsed.id, created_at: createdAt, updated_at: createdAt },
        Object.keys(settingsValues).length === 0 ? undefined : { ...settingsValues, user_id: parsed.id, updated_at: createdAt },
      );
      return storage.transaction(async (tx) => {
        if (await tx.users.find(parsed.id)) throw new ConflictError('users', 'unique', `a user with id '${parsed.id}' already exists`);
        const user = await tx.users.insert({ id: parsed.id, display_name: parsed.displayName ?? null, created_at: createdAt });
        const profile = rows.profile === undefined ? undefined : await tx.userProfiles.upsert(rows.profile);
        const settings = rows.settings === undefined ? undefined : await tx.userSettings.upsert(rows.settings);
        return toTrainkitUser(user, profile, settings);
      });
    },
    get,
    find,
    async profile(id) {
      return (await get(id)).profile;
    },
    async update(id, patch) {
      const userId = parseUserIdArgument(id, 'user');
      const parsed = parseWithSchema(UpdateUserInputSchema, patch, 'user');
      const updatedAt = now();
      const profileValues = columnsOf<ProfileField>(parsed, PROFILE_ROW_COLUMNS);
      const settingsValues = columnsOf<SettingsField>(parsed, SETTINGS_COLUMNS);
      return storage.transaction(async (tx) => {
        const user = await tx.users.find(userId);
        if (!user) throw new NotFoundError('user', userId);
        const [currentProfile, currentSettings] = await Promise.all([tx.userProfiles.find(userId), tx.userSettings.find(userId)]);
        const rows = checkRows(
          Object.keys(profileValues).length === 0
            ? undefined
            : { ...(currentProfile ?? { user_id: userId, created_at: updatedAt }), ...profileValues, updated_at: updatedAt },
          Object.keys(settingsValues).length === 0
            ? undefined
            : { ...(currentSettings ?? { user_id: userId }), ...settingsValues, updated_at: updatedAt },
        );
        const updatedUser =
          parsed.displayName === undefined ? user : await tx.users.update(userId, { display_name: parsed.displayName ?? null });
        const profile = rows.profile === undefined ? currentProfile : await tx.userProfiles.upsert(rows.profile);
        const settings = rows.settings === undefined ? currentSettings : await tx.userSettings.upsert(rows.settings);
        return toTrainkitUser(updatedUser, profile, settings);
      });
    },
  };
}


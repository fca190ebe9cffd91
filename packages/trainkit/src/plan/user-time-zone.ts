import type { TrainkitRepositories, UserId, UserSettings } from '@trainkit/core';
import { DEFAULT_PROFILE_TIME_ZONE } from '../fatigue/fatigue-profile-from-storage.js';

/**
 * Internal: the user's time zone as the fatigue report finds it: `user_settings.timezone`, else the zone of the most
 * recent activity that has one, else UTC.
 */
export async function userTimeZone(repositories: TrainkitRepositories, userId: UserId, settings: UserSettings | undefined): Promise<string> {
  if (settings?.timezone) return settings.timezone;
  const recent = await repositories.activityInstances.list(userId, { orderBy: [{ column: 'performed_start', direction: 'desc' }], limit: 50 });
  return recent.find((activity) => activity.timezone !== null)?.timezone ?? DEFAULT_PROFILE_TIME_ZONE;
}

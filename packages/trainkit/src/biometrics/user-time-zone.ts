import { TimeZoneSchema, type TrainkitRepositories, type UserId } from '@trainkit/core';
import { DEFAULT_PROFILE_TIME_ZONE } from '../fatigue/fatigue-profile-from-storage.js';

/** Most recent activities searched for a zone when the settings name none (as the fatigue report does). */
const RECENT_FOR_TIME_ZONE = 50;

/**
 * Internal: the zone a user's local days are taken in, by the fatigue report's rule: `user_settings.timezone`, else
 * the zone of the most recent activity that has one, else UTC.
 */
export async function userTimeZone(repositories: TrainkitRepositories, userId: UserId): Promise<string> {
  const settings = await repositories.userSettings.find(userId);
  if (settings?.timezone != null && TimeZoneSchema.safeParse(settings.timezone).success) return settings.timezone;
  const recent = await repositories.activityInstances.list(userId, { orderBy: [{ column: 'performed_start', direction: 'desc' }], limit: RECENT_FOR_TIME_ZONE });
  const zone = recent.find((activity) => activity.timezone !== null && TimeZoneSchema.safeParse(activity.timezone).success)?.timezone;
  return zone ?? DEFAULT_PROFILE_TIME_ZONE;
}

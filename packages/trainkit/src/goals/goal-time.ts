import { InstantSchema, LocalDateSchema, ValidationError, type Instant, type TrainkitRepositories, type UserId } from '@trainkit/core';
import { DEFAULT_PROFILE_TIME_ZONE } from '../fatigue/fatigue-profile-from-storage.js';
import { endOfLocalDay, localDateTimeToInstant } from '../time/local-date-time-to-instant.js';

/**
 * Internal: a time argument of a goal call as an instant: an ISO instant as given, or a local date read in the
 * athlete's zone, at the start of that day (`start`, for valid-from) or its end (`end`, for "as of" questions).
 * `ValidationError` on `path` otherwise.
 */
export function goalTimeInstant(text: string, options: { path: string; subject: string; timeZone: string; edge: 'start' | 'end' }): Instant {
  const date = LocalDateSchema.safeParse(text);
  if (date.success) return options.edge === 'start' ? localDateTimeToInstant(date.data, 0, options.timeZone) : endOfLocalDay(date.data, options.timeZone);
  const instant = InstantSchema.safeParse(text);
  if (instant.success) return instant.data;
  throw new ValidationError(options.subject, [
    {
      path: options.path,
      rule: 'invalid_value',
      message: `expected an ISO-8601 date-time (2025-03-01T08:00:00Z) or a local date (2025-03-01) in the years 1900..2200, got '${text}'`,
    },
  ]);
}

/** How many recent activities are searched for a zone when the settings name none (as the fatigue report does). */
const RECENT_FOR_TIME_ZONE = 50;

/**
 * Internal: the athlete's zone, chosen as the fatigue report chooses it: `user_settings.timezone`, else the zone of the
 * most recent activity that has one, else UTC.
 */
export async function userTimeZone(repositories: TrainkitRepositories, userId: UserId): Promise<string> {
  const settings = await repositories.userSettings.find(userId);
  if (settings?.timezone) return settings.timezone;
  const recent = await repositories.activityInstances.list(userId, {
    orderBy: [{ column: 'performed_start', direction: 'desc' }],
    limit: RECENT_FOR_TIME_ZONE,
  });
  return recent.find((activity) => activity.timezone !== null)?.timezone ?? DEFAULT_PROFILE_TIME_ZONE;
}

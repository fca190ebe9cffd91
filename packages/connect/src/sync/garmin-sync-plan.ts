import { ValidationError } from '@trainkit/core';
import { GARMIN_PING_RESOURCES } from '@trainkit/providers/garmin';
import { fetchPayload, requestJson } from './fetch-payload.js';
import type { ResourcePlan, SyncPlan } from './sync-plan.js';

/**
 * The Garmin Health API summaries a sync pulls, in order: ingest resource and pull endpoint.
 *
 * @example
 * ```ts
 * GARMIN_SYNC_SUMMARIES.map(([resource]) => resource); // ['activities', 'activity_details', 'dailies', 'body_compositions']
 * ```
 */
export const GARMIN_SYNC_SUMMARIES = [
  ['activities', '/wellness-api/rest/activities'],
  ['activity_details', '/wellness-api/rest/activityDetails'],
  ['dailies', '/wellness-api/rest/dailies'],
  ['body_compositions', '/wellness-api/rest/bodyComps'],
] as const;

/**
 * Longest upload window Garmin answers in one pull, in seconds (24 h).
 *
 * @example
 * ```ts
 * GARMIN_MAX_WINDOW_SECONDS; // 86400
 * ```
 */
export const GARMIN_MAX_WINDOW_SECONDS = 86_400;

const INGEST_RESOURCES: readonly string[] = GARMIN_SYNC_SUMMARIES.map(([resource]) => resource);

/**
 * How Garmin is synced (pull): each summary type of {@link GARMIN_SYNC_SUMMARIES} over the pass's range in upload
 * windows of at most 24 h (`uploadStartTimeInSeconds` / `uploadEndTimeInSeconds`); the cursor is the start of the
 * next window. Garmin selects by upload time, so an incremental pass starts exactly where the last one ended.
 *
 * Webhook objects (the ping model): `callbackUrl` is fetched as is; `objectType` is the ping's summary type
 * (`activities`, `manuallyUpdatedActivities`, `activityDetails`, `dailies`, `bodyComps`) or an ingest resource.
 * Summary types trainkit does not ingest (epochs, sleeps, activity files, ...) have nothing to fetch.
 *
 * @example
 * ```ts
 * garminSyncPlan().overlapMs; // 0
 * ```
 */
export function garminSyncPlan(): SyncPlan {
  const resources: ResourcePlan[] = GARMIN_SYNC_SUMMARIES.map(([resource, path]) => ({
    resource,
    async fetchPage(context, range, next) {
      const endSeconds = Math.ceil(range.end.getTime() / 1000);
      const windowStart = typeof next === 'number' ? next : Math.floor(range.start.getTime() / 1000);
      if (windowStart >= endSeconds) return null;
      const windowEnd = Math.min(windowStart + GARMIN_MAX_WINDOW_SECONDS, endSeconds);
      const json = await requestJson(context, { path, query: { uploadStartTimeInSeconds: windowStart, uploadEndTimeInSeconds: windowEnd } });
      const records = Array.isArray(json) ? json.length : null;
      return { payload: { resource, payload: json }, records, next: records === null || windowEnd >= endSeconds ? null : windowEnd };
    },
  }));
  return {
    provider: 'garmin',
    overlapMs: 0,
    resources,
    async fetchObject(context, ref) {
      if (ref.callbackUrl === undefined) {
        throw new ValidationError('object ref', [{ path: 'callbackUrl', rule: 'required', message: 'a Garmin object is fetched from its ping callback URL' }]);
      }
      const resource = INGEST_RESOURCES.includes(ref.objectType) ? ref.objectType : GARMIN_PING_RESOURCES[ref.objectType];
      if (resource === undefined || !INGEST_RESOURCES.includes(resource)) return [];
      return [await fetchPayload(context, { path: ref.callbackUrl }, resource)];
    },
  };
}

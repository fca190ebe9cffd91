import { fetchPayload, requestJson } from './fetch-payload.js';
import type { ResourcePlan, SyncPlan, SyncRange } from './sync-plan.js';

/**
 * The Oura v2 collections a sync pages through by day (`start_date` / `end_date`, both inclusive), in order.
 *
 * @example
 * ```ts
 * OURA_DAY_COLLECTIONS.includes('daily_readiness'); // true
 * ```
 */
export const OURA_DAY_COLLECTIONS = ['workout', 'daily_readiness', 'sleep', 'daily_activity'] as const;

/**
 * How Oura is synced: each collection of {@link OURA_DAY_COLLECTIONS} over the pass's days, then `heartrate` over
 * its instants (`start_datetime` / `end_datetime`), each with the `next_token` of the previous page passed back with
 * the same range (the cursor), then `personal_info` once per pass. An incremental pass reaches back three days
 * before the end of the last one (readiness and sleep scores are revised after the night), heart rate not at all.
 *
 * Webhook objects: a `data_type` of the day collections → `GET /v2/usercollection/{data_type}/{id}` (one document,
 * handed to the pipeline as a one-item list). Other data types (tags, sessions, ...) have nothing trainkit ingests.
 *
 * @example
 * ```ts
 * ouraSyncPlan().resources.map((resource) => resource.resource);
 * // ['workout', 'daily_readiness', 'sleep', 'daily_activity', 'heartrate', 'personal_info']
 * ```
 */
export function ouraSyncPlan(): SyncPlan {
  const pageOf = (resource: string, json: unknown) => {
    const records = isObject(json) && Array.isArray(json.data) ? json.data.length : null;
    const token = isObject(json) && typeof json.next_token === 'string' && json.next_token.length > 0 ? json.next_token : null;
    return { payload: { resource, payload: json }, records, next: records === null ? null : token };
  };
  const days: ResourcePlan[] = OURA_DAY_COLLECTIONS.map((resource) => ({
    resource,
    async fetchPage(context, range, next) {
      const json = await requestJson(context, {
        path: `/v2/usercollection/${resource}`,
        query: { start_date: dayOf(range.start), end_date: lastDayOf(range), next_token: typeof next === 'string' ? next : undefined },
      });
      return pageOf(resource, json);
    },
  }));
  const heartrate: ResourcePlan = {
    resource: 'heartrate',
    // Rows are never revised, and each stored page is one record keyed by its time span: re-reading an overlap
    // would store the same rows again under another span.
    overlapMs: 0,
    async fetchPage(context, range, next) {
      const json = await requestJson(context, {
        path: '/v2/usercollection/heartrate',
        query: {
          start_datetime: range.start.toISOString(),
          // The API's end is inclusive; the pass's is not (the next pass starts there).
          end_datetime: new Date(Math.max(range.start.getTime(), range.end.getTime() - 1)).toISOString(),
          next_token: typeof next === 'string' ? next : undefined,
        },
      });
      return pageOf('heartrate', json);
    },
  };
  const personalInfo: ResourcePlan = {
    resource: 'personal_info',
    async fetchPage(context) {
      const json = await requestJson(context, { path: '/v2/usercollection/personal_info' });
      return { payload: { resource: 'personal_info', payload: json }, records: isObject(json) ? 1 : null, next: null };
    },
  };
  return {
    provider: 'oura',
    overlapMs: 3 * 24 * 60 * 60 * 1000,
    resources: [...days, heartrate, personalInfo],
    async fetchObject(context, ref) {
      if (!(OURA_DAY_COLLECTIONS as readonly string[]).includes(ref.objectType)) return [];
      const fetched = await fetchPayload(context, { path: `/v2/usercollection/${ref.objectType}/${encodeURIComponent(ref.objectId)}` }, ref.objectType);
      // The collection resources read pages or lists; one document becomes a one-item list (its record is the document).
      return [isObject(fetched.payload) ? { ...fetched, payload: [fetched.payload] } : fetched];
    },
  };
}

/** `YYYY-MM-DD` (UTC) of an instant. */
function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** The last day a range touches (its end is exclusive). */
function lastDayOf(range: SyncRange): string {
  const last = Math.max(range.start.getTime(), range.end.getTime() - 1);
  return dayOf(new Date(last));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

import type { UserId } from '@trainkit/core';
import { ProviderHttpError } from '../errors/provider-http-error.js';
import { fetchPayload, requestJson } from './fetch-payload.js';
import type { ChildFetch, SyncPlan, SyncPlanContext } from './sync-plan.js';
import type { FetchedPayload } from './sync-types.js';

/**
 * The stream types a Strava sync asks for (every type Strava has); missing ones are simply absent from the answer.
 *
 * @example
 * ```ts
 * STRAVA_STREAM_KEYS.includes('heartrate'); // true
 * ```
 */
export const STRAVA_STREAM_KEYS = [
  'time',
  'distance',
  'latlng',
  'altitude',
  'velocity_smooth',
  'heartrate',
  'cadence',
  'watts',
  'temp',
  'moving',
  'grade_smooth',
] as const;

/** Strava's largest `per_page`. */
const MAX_PER_PAGE = 200;

/**
 * Options of {@link stravaSyncPlan}: `perPage` (1..200, default 100) activities per page of `GET /athlete/activities`.
 *
 * @example
 * ```ts
 * const options: StravaSyncPlanOptions = { perPage: 200 };
 * ```
 */
export interface StravaSyncPlanOptions {
  readonly perPage?: number;
}

/**
 * How Strava is synced. One resource, `activities`: `GET /athlete/activities?after=&before=&page=&per_page=` page by
 * page (the page number is the cursor; a page shorter than `per_page` is the last), and once a page is stored, each
 * of its activities' `GET /activities/{id}` (detail, stored as `activity`) and `GET /activities/{id}/streams`
 * (keyed by type, stored as `streams`), skipping what the raw lake already holds (a detail already fetched, streams
 * already stored), manual activities' streams (they have none; a 404 counts as none too) and activities whose
 * summary failed to normalize (nothing is half-written: the failure is on the run, the raw record kept in the lake). An
 * incremental pass reaches back one day before the end of the last one (activities uploaded late).
 *
 * Webhook objects: `activity` → detail + streams. Other object types (`athlete`) have nothing to fetch.
 *
 * @example
 * ```ts
 * const plan = stravaSyncPlan({ perPage: 200 });
 * plan.resources[0]?.resource; // 'activities'
 * ```
 */
export function stravaSyncPlan(options: StravaSyncPlanOptions = {}): SyncPlan {
  const perPage = Math.max(1, Math.min(MAX_PER_PAGE, Math.trunc(options.perPage ?? 100)));
  return {
    provider: 'strava',
    overlapMs: 24 * 60 * 60 * 1000,
    resources: [
      {
        resource: 'activities',
        async fetchPage(context, range, next) {
          const page = typeof next === 'number' && next >= 1 ? next : 1;
          const json = await requestJson(context, {
            path: '/athlete/activities',
            query: {
              after: Math.floor(range.start.getTime() / 1000) - 1,
              before: Math.ceil(range.end.getTime() / 1000),
              page,
              per_page: perPage,
            },
          });
          if (!Array.isArray(json)) return { payload: { resource: 'activities', payload: json }, records: null, next: null };
          return {
            payload: { resource: 'activities', payload: json },
            records: json.length,
            next: json.length >= perPage ? page + 1 : null,
            children: (childContext) => activityChildren(childContext, json),
          };
        },
      },
    ],
    async fetchObject(context, ref) {
      if (ref.objectType !== 'activity') return [];
      const detail = await fetchPayload(context, { path: `/activities/${encodeURIComponent(ref.objectId)}` }, 'activity');
      const payloads: FetchedPayload[] = [detail];
      let streams: unknown;
      try {
        streams = await fetchStreams(context, ref.objectId);
      } catch (error) {
        if (!(error instanceof ProviderHttpError && error.reason === 'invalid_response' && error.details.bodyText !== undefined)) throw error;
        streams = error.details.bodyText;
      }
      if (streams !== null) payloads.push({ resource: 'streams', payload: streams, options: { activityId: ref.objectId } });
      return payloads;
    },
  };
}

/** The detail and streams still missing for the activities of a stored page. */
async function activityChildren(context: SyncPlanContext, items: readonly unknown[]): Promise<ChildFetch[]> {
  const userId = context.userId as UserId;
  const fetches: ChildFetch[] = [];
  for (const item of items) {
    const id = activityIdOf(item);
    if (id === null) continue;
    const stored = await context.storage.externalActivityRecords.findByExternalId(userId, 'strava', id);
    // A summary that failed to normalize (its failure is on the run, its raw record kept) gets nothing more.
    if (stored === undefined || stored.normalization_status === 'failed') continue;
    if (stored.resource !== 'activity') {
      fetches.push({ resource: 'activity', fetch: (ctx) => requestJson(ctx, { path: `/activities/${id}` }) });
    }
    if (isManual(item)) continue;
    const streams = await context.storage.externalActivityRecords.findByExternalId(userId, 'strava', `${id}:streams`);
    if (streams === undefined) {
      fetches.push({ resource: 'streams', options: { activityId: id }, fetch: (ctx) => fetchStreams(ctx, id) });
    }
  }
  return fetches;
}

/** An activity's streams keyed by type, or `null` when Strava has none for it (404). */
async function fetchStreams(context: SyncPlanContext, activityId: string): Promise<unknown> {
  try {
    return await requestJson(context, {
      path: `/activities/${encodeURIComponent(activityId)}/streams`,
      query: { keys: STRAVA_STREAM_KEYS.join(','), key_by_type: 'true' },
    });
  } catch (error) {
    if (error instanceof ProviderHttpError && error.reason === 'not_found') return null;
    throw error;
  }
}

function activityIdOf(item: unknown): string | null {
  if (item === null || typeof item !== 'object') return null;
  const id = (item as { id?: unknown }).id;
  if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) return String(id);
  if (typeof id === 'string' && /^\d+$/.test(id)) return id;
  return null;
}

function isManual(item: unknown): boolean {
  return item !== null && typeof item === 'object' && (item as { manual?: unknown }).manual === true;
}

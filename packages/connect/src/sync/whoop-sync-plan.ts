import { fetchPayload, requestJson } from './fetch-payload.js';
import type { ResourcePlan, SyncPlan, SyncPlanContext } from './sync-plan.js';
import type { FetchedPayload } from './sync-types.js';

/**
 * The WHOOP v2 collections a sync pages through, in order: ingest resource and endpoint.
 *
 * @example
 * ```ts
 * WHOOP_SYNC_COLLECTIONS.map(([resource]) => resource); // ['workouts', 'recovery', 'sleep', 'cycles']
 * ```
 */
export const WHOOP_SYNC_COLLECTIONS = [
  ['workouts', '/v2/activity/workout'],
  ['recovery', '/v2/recovery'],
  ['sleep', '/v2/activity/sleep'],
  ['cycles', '/v2/cycle'],
] as const;

/** WHOOP's largest `limit`. */
const MAX_LIMIT = 25;

/**
 * Options of {@link whoopSyncPlan}: `limit` (1..25, default 25) records per page.
 *
 * @example
 * ```ts
 * const options: WhoopSyncPlanOptions = { limit: 10 };
 * ```
 */
export interface WhoopSyncPlanOptions {
  readonly limit?: number;
}

/**
 * How WHOOP is synced: each v2 collection ({@link WHOOP_SYNC_COLLECTIONS}) over the pass's range with
 * `start` / `end` / `limit` and the `nextToken` the previous page returned as `next_token` (the cursor). An
 * incremental pass reaches back three days before the end of the last one: scores arrive after the records.
 *
 * Webhook objects: `workout` → `GET /v2/activity/workout/{id}`; `sleep` → `GET /v2/activity/sleep/{id}`; `recovery`
 * with an integer id (v1 events carry the cycle id) → `GET /v2/cycle/{id}/recovery`, with a UUID (v2: the sleep's id)
 * → the sleep, then `GET /v2/cycle/{sleep.cycle_id}/recovery`; `cycle` → `GET /v2/cycle/{id}`.
 *
 * @example
 * ```ts
 * const plan = whoopSyncPlan({ limit: 25 });
 * plan.overlapMs; // 259200000
 * ```
 */
export function whoopSyncPlan(options: WhoopSyncPlanOptions = {}): SyncPlan {
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.trunc(options.limit ?? MAX_LIMIT)));
  const resources: ResourcePlan[] = WHOOP_SYNC_COLLECTIONS.map(([resource, path]) => ({
    resource,
    async fetchPage(context, range, next) {
      const json = await requestJson(context, {
        path,
        query: {
          start: range.start.toISOString(),
          end: range.end.toISOString(),
          limit,
          nextToken: typeof next === 'string' ? next : undefined,
        },
      });
      const records = isObject(json) && Array.isArray(json.records) ? json.records.length : null;
      const token = isObject(json) && typeof json.next_token === 'string' && json.next_token.length > 0 ? json.next_token : null;
      return { payload: { resource, payload: json }, records, next: records === null ? null : token };
    },
  }));
  return {
    provider: 'whoop',
    overlapMs: 3 * 24 * 60 * 60 * 1000,
    resources,
    async fetchObject(context, ref) {
      const id = encodeURIComponent(ref.objectId);
      switch (ref.objectType) {
        case 'workout':
          return [await fetchPayload(context, { path: `/v2/activity/workout/${id}` }, 'workouts')];
        case 'sleep':
          return [await fetchPayload(context, { path: `/v2/activity/sleep/${id}` }, 'sleep')];
        case 'cycle':
          return [await fetchPayload(context, { path: `/v2/cycle/${id}` }, 'cycles')];
        case 'recovery':
          return fetchRecovery(context, ref.objectId);
        default:
          return [];
      }
    },
  };
}

/** A recovery by its cycle id (integer), or by its sleep's id (UUID): the sleep, then its cycle's recovery. */
async function fetchRecovery(context: SyncPlanContext, objectId: string): Promise<FetchedPayload[]> {
  if (/^\d+$/.test(objectId)) return [await fetchPayload(context, { path: `/v2/cycle/${objectId}/recovery` }, 'recovery')];
  const sleep = await fetchPayload(context, { path: `/v2/activity/sleep/${encodeURIComponent(objectId)}` }, 'sleep');
  const cycleId = isObject(sleep.payload) ? sleep.payload.cycle_id : undefined;
  if (typeof cycleId !== 'number' && !(typeof cycleId === 'string' && /^\d+$/.test(cycleId))) return [sleep];
  return [sleep, await fetchPayload(context, { path: `/v2/cycle/${cycleId}/recovery` }, 'recovery')];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

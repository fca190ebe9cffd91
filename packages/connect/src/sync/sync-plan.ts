import type { TrainkitStorage } from '@trainkit/core';
import type { ConnectProvider } from '../connect-provider.js';
import type { ProviderHttpClient } from '../http/provider-http-types.js';
import type { FetchedPayload, ObjectRef } from './sync-types.js';

/**
 * What a sync plan works with while fetching: the account's HTTP client, the storage (to skip what is already
 * stored), the user, and the caller's abort signal.
 *
 * @example
 * ```ts
 * const context: SyncPlanContext = { http, storage, userId: 'usr_1' };
 * ```
 */
export interface SyncPlanContext {
  readonly http: ProviderHttpClient;
  readonly storage: TrainkitStorage;
  readonly userId: string;
  readonly signal?: AbortSignal;
}

/**
 * The time range of a pass: `start` inclusive, `end` exclusive.
 *
 * @example
 * ```ts
 * const range: SyncRange = { start: new Date('2026-11-01T00:00:00Z'), end: new Date('2026-12-01T00:00:00Z') };
 * ```
 */
export interface SyncRange {
  readonly start: Date;
  readonly end: Date;
}

/**
 * A follow-up fetch a stored page asks for (a Strava activity's detail and streams): the ingest resource it is, its
 * options, and how to fetch it (`null` when there is nothing to store, e.g. a manual Strava activity has no streams).
 *
 * @example
 * ```ts
 * const child: ChildFetch = { resource: 'activity', fetch: async (context) => (await context.http.request({ path: '/activities/1' })).json };
 * ```
 */
export interface ChildFetch {
  readonly resource: string;
  readonly options?: FetchedPayload['options'];
  fetch(context: SyncPlanContext): Promise<unknown>;
}

/**
 * One page a resource plan fetched: the payload to store, how many records it held (`null` when the page does not
 * have the shape the endpoint promises: it is stored, the failure recorded, and the sync stops there without
 * advancing), where the resource continues (`null` after its last page), and follow-up fetches to make once the
 * page is stored.
 *
 * @example
 * ```ts
 * const page: PlannedPage = { payload: { resource: 'workouts', payload: json }, records: 25, next: 'OTM4NDU' };
 * ```
 */
export interface PlannedPage {
  readonly payload: FetchedPayload;
  readonly records: number | null;
  readonly next: string | number | null;
  children?(context: SyncPlanContext): Promise<readonly ChildFetch[]>;
}

/**
 * How to page through one resource of a provider over a range: `resource` is both the cursor key and the ingest
 * resource of its pages. `fetchPage` returns `null` when there is nothing to fetch from `next` on (an empty range).
 * `overlapMs`, when shorter than the plan's, is how far this resource reaches back before the end of the last
 * incremental pass (Oura heart-rate rows are never revised: 0).
 *
 * @example
 * ```ts
 * const plan: ResourcePlan = { resource: 'sleep', fetchPage: async (context, range, next) => null };
 * ```
 */
export interface ResourcePlan {
  readonly resource: string;
  readonly overlapMs?: number;
  fetchPage(context: SyncPlanContext, range: SyncRange, next: string | number | null): Promise<PlannedPage | null>;
}

/**
 * How one provider is synced: its resources in order, how far an incremental pass reaches back before the end of
 * the last one (late scores, late uploads), and how a single object named by a webhook is fetched.
 *
 * @example
 * ```ts
 * const plan: SyncPlan = whoopSyncPlan();
 * plan.resources.map((resource) => resource.resource); // ['workouts', 'recovery', 'sleep', 'cycles']
 * ```
 */
export interface SyncPlan {
  readonly provider: ConnectProvider;
  readonly resources: readonly ResourcePlan[];
  readonly overlapMs: number;
  fetchObject(context: SyncPlanContext, ref: ObjectRef): Promise<readonly FetchedPayload[]>;
}
